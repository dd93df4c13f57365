/** The twitter source on recorded X API payloads served over HTTPS by the fake X API (in-process). */
import { json, recorded, startFakeXApi, type FakeXApi, type XRoutes } from '../helpers/fake-x-api.js';
import { create } from '../../src/sources/twitter.js';
import type { BrandConfig, SourceOptions } from '../../src/sources/registry-types.js';
import type { SourceCursor } from '../../src/sources/source.js';
import { testContext } from './test-context.js';

const BRAND: BrandConfig = {
  name: 'Twitter',
  keywords: ['twitter'],
  exclude: [],
  handles: { twitter: 'Twitter' },
};
// The recorded 429's Date header: its x-rate-limit-reset (1593185073) is 15:24:33 UTC that day.
const ctx = testContext({ now: () => new Date('2020-06-26T15:19:39Z') });

const NYC = 'search_recent_nyc_tweet_fields.postman'; // page 1: 10 tweets, 7 retweets, a next_token
const CONVERSATION = 'search_recent_conversation_expansions.postman'; // last page: 4 tweets, users
const searchPages: XRoutes['search'] = (q) => recorded(q.next_token ? CONVERSATION : NYC);
const routes = (over: XRoutes = {}): XRoutes => ({
  search: searchPages,
  user: () => recorded('users_by_username_Twitter.tweepy'),
  mentions: (_id, q) =>
    q.pagination_token
      ? json({ meta: { result_count: 0 } })
      : recorded('users_mentions_2244994945_expansions.wso2docs'),
  ...over,
});

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi(routes());
});
afterEach(() => api.close());

function source(options: Partial<SourceOptions> = {}, brands = [BRAND]) {
  const all = { type: 'twitter', name: 'twitter', bearerToken: 'test-token-1', baseUrl: api.url, ...options };
  return create(all as SourceOptions, brands, { agent: api.agent });
}
const searches = () => api.requests.filter((r) => r.pathname === '/2/tweets/search/recent');

test.each([
  ['search: nyc then conversation', routes()],
  [
    'search: tweepy default fields',
    routes({ search: () => recorded('search_recent_default_fields.tweepy'), mentions: () => json({}, 403) }),
  ],
  [
    'mentions: tweepy @Twitter timeline',
    routes({
      search: () => json({ meta: { result_count: 0 } }),
      mentions: (_i, q) =>
        q.pagination_token ? json({ meta: {} }) : recorded('users_mentions_783214_default_fields.tweepy'),
    }),
  ],
])('contract on recorded payloads (%s): well-formed plain-text mentions', async (_name, r) => {
  api.routes = r;
  const result = await source().fetch(ctx, null);
  expect(result.partialError).toBeUndefined();
  expect(result.mentions.length).toBeGreaterThan(0);
  const ids = result.mentions.map((m) => m.externalId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of result.mentions) {
    expect(m.externalId).toMatch(/^\d+$/);
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.text).toBe(m.text.trim());
    expect(m.text).not.toMatch(/&(?:amp|lt|gt);/);
    expect(m.text).not.toMatch(/^RT @/);
    expect(new URL(m.url!).href).toMatch(/^https:\/\/x\.com\/[^/]+(?:\/web)?\/status\/\d+$/);
    expect(m.brand).toBe('Twitter');
    if (m.createdAt) expect(Number.isNaN(m.createdAt.getTime())).toBe(false);
  }
});

test('asks for the documented fields, sends the bearer token in a header, maps authors, skips retweets', async () => {
  const result = await source().fetch(ctx, null);
  const first = searches()[0];
  expect(first.query).toMatchObject({
    query: '("twitter" OR @Twitter) -is:retweet -from:Twitter',
    'tweet.fields':
      'author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,public_metrics,lang',
    expansions: 'author_id',
    'user.fields': 'username,name,public_metrics',
    max_results: '100',
  });
  expect(first.headers.authorization).toBe('Bearer test-token-1');
  expect(searches()[1].query.next_token).toBe('b26v89c19zqg8o3fo7gesq314zlbjb2xlwutmy72r47lp');
  // nyc: 10 tweets of which 7 retweets; conversation: 4; wso2 mentions timeline: 5.
  expect(result.mentions).toHaveLength(3 + 4 + 5);
  expect(result.warnings).toContain('skipped 7 retweets');
  const happy = result.mentions.find((m) => m.externalId === '1276035977375477760')!;
  expect(happy).toMatchObject({ author: 'happycamper', authorName: 'Emily Waligoske 🏕', lang: 'en' });
  expect(happy.url).toBe('https://x.com/happycamper/status/1276035977375477760');
  const wso2 = result.mentions.find((m) => m.externalId === '1375152598945312768')!;
  expect(wso2).toMatchObject({
    author: 'LeStaache',
    authorName: 'LeStache',
    threadId: '1375152449594523649',
  });
  expect(api.requests.find((r) => r.pathname.startsWith('/2/users/by/'))?.pathname).toBe(
    '/2/users/by/username/Twitter',
  );
  expect(api.requests.some((r) => r.pathname === '/2/users/783214/mentions')).toBe(true);
});

test('cursor: per-query newest_id and time; the next scan re-reads an overlap through start_time', async () => {
  const first = await source().fetch(ctx, null);
  const saved = JSON.parse(first.cursor!.value!);
  expect(saved.queries['search:Twitter']).toEqual({
    newestId: '1275840892285399041',
    newestAt: '2020-06-25T06:14:19.000Z',
  });
  expect(saved.userIds).toEqual({ twitter: '783214' });
  api.requests.length = 0;
  await source({ overlapMinutes: 30 }).fetch(ctx, first.cursor);
  expect(searches()[0].query.start_time).toBe('2020-06-25T05:44:19Z');
  expect(searches()[0].query.since_id).toBeUndefined();
  // The handle's id came from the cursor: no second lookup.
  expect(api.requests.some((r) => r.pathname.startsWith('/2/users/by/'))).toBe(false);
});

test('paging cut at maxPages keeps the cursor and the place; the next scan goes on from there', async () => {
  const old: SourceCursor = {
    value: JSON.stringify({
      queries: { 'search:Twitter': { newestId: '1', newestAt: '2020-06-24T00:00:00Z' } },
      userIds: {},
    }),
  };
  const result = await source({ maxPages: 1 }).fetch(ctx, old);
  expect(searches()[0].query.start_time).toBe('2020-06-23T23:50:00Z');
  expect(result.mentions.map((m) => m.externalId)).toContain('1275840892281249793');
  const cut = JSON.parse(result.cursor!.value!).queries['search:Twitter'];
  // The cursor has not moved; the pass's next page token and its newest tweet are kept.
  expect(cut).toMatchObject({ newestId: '1', newestAt: '2020-06-24T00:00:00Z' });
  expect(cut.resume).toMatchObject({ from: '2020-06-23T23:50:00Z', newestId: '1275840892285399041' });
  expect(typeof cut.resume.token).toBe('string');
  expect(result.warnings).toContain(
    'search:Twitter: stopped after 1 pages (maxPages); the next scan goes on from there',
  );

  // X pages newest first: the next scan asks for the next page of the same pass, not the first again.
  api.requests.length = 0;
  const next = await source({ maxPages: 1 }).fetch(ctx, result.cursor);
  expect(searches()[0].query).toMatchObject({
    next_token: cut.resume.token,
    start_time: '2020-06-23T23:50:00Z',
  });
  expect(next.mentions.length).toBeGreaterThan(0);
  // The pass is complete: the cursor moves to its newest tweet, with nothing left to resume.
  expect(JSON.parse(next.cursor!.value!).queries['search:Twitter']).toEqual({
    newestId: '1275840892285399041',
    newestAt: '2020-06-25T06:14:19.000Z',
  });
});

test('a first scan cut at maxPages, with no cursor yet, also goes on from there', async () => {
  const first = await source({ maxPages: 1 }).fetch(ctx, null);
  const saved = JSON.parse(first.cursor!.value!).queries['search:Twitter'];
  expect(saved.resume).toMatchObject({ newestId: '1275840892285399041' });
  expect(saved.resume.from).toBeUndefined();
  api.requests.length = 0;
  const next = await source({ maxPages: 1 }).fetch(ctx, first.cursor);
  expect(searches()[0].query).toMatchObject({ next_token: saved.resume.token });
  expect(searches()[0].query.start_time).toBeUndefined();
  expect(JSON.parse(next.cursor!.value!).queries['search:Twitter']).toEqual({
    newestId: '1275840892285399041',
    newestAt: '2020-06-25T06:14:19.000Z',
  });
});

test('a resume token X no longer takes starts the pass over instead of failing every scan', async () => {
  const stale: SourceCursor = {
    value: JSON.stringify({
      queries: {
        'search:Twitter': {
          newestId: '1',
          newestAt: '2020-06-24T00:00:00Z',
          resume: {
            token: 'expired',
            from: '2020-06-23T23:50:00Z',
            newestId: '5',
            newestAt: '2020-06-24T01:00:00Z',
          },
        },
      },
      userIds: {},
    }),
  };
  api.routes = routes({
    search: (q, request) =>
      q.next_token === 'expired'
        ? json({ title: 'Invalid Request', detail: 'Invalid next_token' }, 400)
        : searchPages(q, request),
  });
  const result = await source().fetch(ctx, stale);
  expect(result.partialError).toBeUndefined();
  expect(searches().map((r) => r.query.next_token ?? null)[1]).toBeNull();
  expect(JSON.parse(result.cursor!.value!).queries['search:Twitter']).toEqual({
    newestId: '1275840892285399041',
    newestAt: '2020-06-25T06:14:19.000Z',
  });
});

test.each([
  [
    'text/plain 429 with reset headers',
    recorded('error_429_rate_limit_2020_text_plain.postman', 'txt'),
    'rate limited until 15:24 UTC (429); scans wait until then and resume from the saved cursor',
    '2020-06-26T15:24:33.000Z',
  ],
  [
    'json problem 429 without headers',
    // Recorded body only (quoted in an issue); its status is the one the body states.
    { ...recorded('error_429_too_many_requests_v2.geduldig-issue180'), status: 429 },
    'rate limited (429); the next scan resumes from the saved cursor',
    undefined,
  ],
])('a 429 mid-paging (%s) keeps what was read and the old cursor', async (_name, limited, words, retry) => {
  api.routes = routes({ search: (q) => (q.next_token ? limited : recorded(NYC)) });
  const result = await source().fetch(ctx, null);
  expect(result.partialError).toBe(`twitter: ${words}`);
  // The reset the headers give is when scans may ask again.
  expect(result.retryAt?.toISOString()).toBe(retry);
  expect(result.mentions.map((m) => m.externalId)).toEqual([
    '1275840892281249793',
    '1275840891014561796',
    '1275840878238552064',
  ]);
  expect(result.cursor).toBeNull();
  expect(api.requests.some((r) => r.pathname.includes('/mentions'))).toBe(false);
});

test('401 and 403 on search fail the source with one actionable line', async () => {
  api.routes = routes({ search: () => recorded('error_401_unauthorized.postman') });
  await expect(source().fetch(ctx, null)).rejects.toThrow(
    'twitter: the bearer token was refused (401); check bearerToken / X_BEARER_TOKEN',
  );
  // Synthetic 403 body: no recorded one exists; the message does not depend on it.
  api.routes = routes({ search: () => json({ title: 'Forbidden', status: 403, detail: 'Forbidden' }, 403) });
  await expect(source().fetch(ctx, null)).rejects.toThrow(
    /^twitter: recent search was refused \(403\).*free tier has no search, use basic or pro/,
  );
});

test('a 403 on the mentions timeline is a warning; search results are still returned', async () => {
  api.routes = routes({
    mentions: () => json({ title: 'Forbidden', status: 403, detail: 'Forbidden' }, 403),
  });
  const result = await source().fetch(ctx, null);
  expect(result.partialError).toBeUndefined();
  expect(result.mentions).toHaveLength(7);
  expect(result.warnings).toContain(
    'the mentions timeline of @Twitter is not available to this token (403); only recent search is used',
  );
  // A timeline the token cannot read does not hold the replies' cursor back.
  expect(Object.keys(JSON.parse(result.cursor!.value!).queries)).toEqual([
    'search:Twitter',
    'answers:twitter',
  ]);
});

test("the brand's own tweets are not mentions; its replies are answers", async () => {
  const snowman = { ...BRAND, name: 'Snow', keywords: ['labs'], handles: { twitter: 'snowman' } };
  // The handle's id is known from an earlier scan (no recorded lookup of @snowman exists).
  const cursor = { value: JSON.stringify({ queries: {}, userIds: { snowman: '17200003' } }) };
  api.routes = routes({
    search: () => recorded(CONVERSATION),
    mentions: () => json({ meta: { result_count: 0 } }),
  });
  const result = await source({}, [snowman]).fetch(ctx, cursor);
  expect(result.mentions.map((m) => m.author)).toEqual(['happycamper', 'jellybeanjones']);
  expect(searches()[1].query).toMatchObject({
    query: 'from:snowman is:reply',
    expansions: 'author_id,in_reply_to_user_id',
  });
  expect(result.answers?.map(({ reply: _reply, ...a }) => a)).toEqual([
    { externalId: '1273733248749690880', answeredAt: new Date('2020-06-24T20:04:54.000Z') },
    { externalId: '1274086728471461889', answeredAt: new Date('2020-06-24T04:52:46.000Z') },
  ]);
  // The brand's reply texts come along for reply lint.
  expect(result.answers?.map((a) => a.reply?.id)).toEqual(['1275882613572583424', '1275653067283759104']);
});

test('verify looks up the brand handle; a refused token is one line', async () => {
  await expect(source().verify!(ctx)).resolves.toBe('token accepted; @Twitter is user 783214');
  api.routes = routes({ user: () => recorded('error_401_unauthorized.postman') });
  await expect(source().verify!(ctx)).rejects.toThrow(
    'twitter: the bearer token was refused (401); check bearerToken / X_BEARER_TOKEN',
  );
});

test('config problems are caught when the source is built', () => {
  expect(() => source({ bearerToken: '' })).toThrow(/missing `bearerToken`/);
  expect(() => source({ baseUrl: 'http://127.0.0.1:1' })).toThrow(
    'twitter: `baseUrl` must be an https url, got "http://127.0.0.1:1"',
  );
  expect(() => source({}, [{ name: 'F', keywords: [], exclude: [], handles: { facebook: 'f' } }])).toThrow(
    /nothing to search for/,
  );
});

test('a timeout aborts the request in flight', async () => {
  const controller = new AbortController();
  api.routes = routes({
    search: () => {
      controller.abort();
      return recorded(NYC);
    },
  });
  await expect(source().fetch({ ...ctx, signal: controller.signal }, null)).rejects.toThrow(
    /twitter: aborted reaching 127\.0\.0\.1:\d+/,
  );
});

test('nothing listening: one network-error line, not a JavaScript TypeError', async () => {
  const url = api.url;
  await api.close();
  const err = await source({ baseUrl: url })
    .fetch(ctx, null)
    .catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(/^twitter: network error \(econnrefused\)/);
  expect((err as Error).message).not.toMatch(/TypeError|undefined/);
  api = await startFakeXApi(routes());
});

test('a built query longer than X takes is sent, with a warning saying what to change', async () => {
  const many = { ...BRAND, keywords: Array.from({ length: 60 }, (_, i) => `keyword number ${i}`) };
  const result = await source({}, [many]).fetch(ctx, null);
  const warning = result.warnings.find((w) => w.startsWith('search:Twitter: the query is '));
  expect(warning).toMatch(
    /characters; X takes 512 \(4,096 with Enterprise access\): give the brand fewer keywords/,
  );
});
