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
export const SOURCE_TYPES: readonly SourceType[] = Object.freeze([
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
  // registry:twitter
  // registry:facebook
  // registry:youtube
]);

/** The registry entry for a type name as written in the config (exact match), or undefined. */
export function findSourceType(type: string): SourceType | undefined {
  return SOURCE_TYPES.find((entry) => entry.type === type);
}
