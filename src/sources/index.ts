/**
 * The source registry: one entry per source type, metadata inline and the implementation loaded on demand,
 * so `mentions --help` or `list` never pays for parsing libraries. See README.md in this folder to add one.
 */
import type { FieldSpec, SourceType } from './registry-types.js';

const FEED_URL: FieldSpec = {
  kind: 'url',
  required: true,
  allowFile: true,
  description: 'feed address (http or https), or a local file path relative to the config file',
};

/** Every source type the tool knows, in the order `mentions sources` lists them. */
export const SOURCE_TYPES: readonly SourceType[] = Object.freeze<SourceType[]>([
  {
    type: 'google-alerts',
    description:
      'a Google Alerts feed; with `brand` set every entry counts as a mention of that brand (the alert is the query)',
    credentials:
      'none: create an alert at https://www.google.com/alerts, choose "Deliver to: RSS feed", copy the feed url',
    detects: { answers: false, ratings: false },
    fields: {
      url: {
        ...FEED_URL,
        description: 'the alert feed url (https://www.google.com/alerts/feeds/…) or a file path',
      },
    },
    load: () => import('./google-alerts.js'),
  },
  {
    type: 'rss',
    description: 'any RSS 2.0, Atom or RDF feed (Reddit search feeds, App Store reviews, blogs, forums)',
    credentials: 'none: use a public feed url',
    detects: { answers: false, ratings: true },
    fields: { url: FEED_URL },
    load: () => import('./rss.js'),
  },
  {
    type: 'twitter',
    description:
      "X / Twitter through the X API v2: recent search for each brand's keywords and @handle, the handle's mentions timeline, and the brand's own replies (marking mentions answered)",
    credentials:
      'an X API app-only bearer token (OAuth 2.0): create a project and app in the X developer console (developer.x.com), copy its Bearer Token into an env var such as X_BEARER_TOKEN. Reading is paid: the free tier cannot search (a legacy Basic or Pro subscription can), and pay-per-use credits cost about $0.005 per post and $0.01 per user read (docs.x.com pricing)',
    detects: { answers: true, ratings: false },
    fields: {
      bearerToken: {
        kind: 'string',
        required: true,
        secret: true,
        description:
          'the app bearer token, e.g. "${X_BEARER_TOKEN}" (never written to output or the database)',
      },
      baseUrl: {
        kind: 'url',
        description: 'API root (https), for a proxy or a local test server; default https://api.x.com',
      },
      query: {
        kind: 'string',
        description: 'a recent-search query used instead of the one built from the brand keywords and handle',
      },
      maxPages: {
        kind: 'number',
        min: 1,
        integer: true,
        description: 'pages (100 posts each) read per query and scan; default 5',
      },
      overlapMinutes: {
        kind: 'number',
        description: 'minutes before the newest post seen that the next scan re-reads; default 10',
      },
    },
    load: () => import('./twitter.js'),
  },
  {
    type: 'facebook',
    description:
      "a Facebook Page: visitors' posts on its feed and comments on recent posts; the Page's own replies mark them answered",
    credentials:
      'a Page access token with pages_read_engagement and pages_read_user_content, from a Meta app ' +
      '(developers.facebook.com) authorised by someone who can moderate the Page: a page token from ' +
      '/me/accounts with a long-lived user token (Graph API Explorer or Facebook Login), or a system user ' +
      'token from Business Settings. Apps in live mode need App Review (Advanced Access) for those ' +
      'permissions unless the Page admins have a role on the app. Meta charges no fee for the Graph API; ' +
      'calls are rate limited per Page and app',
    detects: { answers: true, ratings: false },
    fields: {
      accessToken: {
        kind: 'string',
        required: true,
        secret: true,
        description: 'Page access token, e.g. ${FB_PAGE_TOKEN}; sent only as an Authorization: Bearer header',
      },
      pageId: {
        kind: 'string',
        required: true,
        description: 'the numeric Page id (a Page username also works)',
      },
      baseUrl: {
        kind: 'url',
        description: 'Graph API root (default https://graph.facebook.com); a proxy or local test server',
      },
      apiVersion: { kind: 'string', description: 'Graph API version (default v25.0)' },
      maxPages: {
        kind: 'number',
        min: 1,
        integer: true,
        description: 'pages read per list per scan: of the feed, and of each post’s comments (default 5)',
      },
      lookbackDays: {
        kind: 'number',
        description: 'posts of the last N days have their comments re-read each scan (default 7)',
      },
    },
    load: () => import('./facebook.js'),
  },
  {
    type: 'youtube',
    description:
      "comments and replies on a youtube channel's videos (or on listed videos) through the youtube data api v3; the channel's own replies mark comments answered",
    credentials:
      'an api key (apiKey): in the google cloud console create a project, enable "youtube data api v3" under apis & services → library, then create an api key under credentials; free within the default quota of 10,000 units a day (reset at midnight pacific time), each page of 100 threads or replies costs 1 unit',
    detects: { answers: true, ratings: false },
    fields: {
      apiKey: {
        kind: 'string',
        required: true,
        secret: true,
        description: 'youtube data api v3 key, e.g. ${YOUTUBE_API_KEY}',
      },
      channelId: {
        kind: 'string',
        pattern: {
          regex: /^UC[\w-]+$/,
          expected: 'a channel id starting with "UC"',
          hint: 'find it in youtube studio under settings → channel → advanced settings',
        },
        description:
          'the channel to watch (UC…): all comments on its videos; its own comments are never mentions and its replies are answers; with videoIds, only names the owner',
      },
      videoIds: {
        kind: 'string[]',
        description: 'read these videos instead of the whole channel (one request each)',
      },
      maxPages: {
        kind: 'number',
        min: 1,
        integer: true,
        description: 'pages of 100 threads read per channel or video and scan (default 5)',
      },
      lookbackDays: {
        kind: 'number',
        description:
          'threads of the last N days are read again each scan (within maxPages) for the channel’s replies (default 7)',
      },
      baseUrl: {
        kind: 'url',
        allowFile: false,
        description: 'api root (default https://www.googleapis.com/youtube/v3), for a proxy or a test server',
      },
    },
    oneOf: {
      fields: ['channelId', 'videoIds'],
      message: 'set `channelId` (a channel to watch) or `videoIds`',
    },
    load: () => import('./youtube.js'),
  },
]);

/** The registry entry for a type name as written in the config (exact match), or undefined. */
export function findSourceType(type: string): SourceType | undefined {
  return SOURCE_TYPES.find((entry) => entry.type === type);
}
