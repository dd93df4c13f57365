/**
 * The built binary against the fake X API over HTTPS (trusted through NODE_EXTRA_CA_CERTS): scan and list,
 * a 429 mid-paging (exit 3, rows kept, cursor kept), the resumed scan, and a token that never leaks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, runBin } from '../helpers/cli.js';
import {
  CA_FILE,
  json,
  recorded,
  startFakeXApi,
  type FakeXApi,
  type XRoutes,
} from '../helpers/fake-x-api.js';

const TOKEN = 'AAAAxtok-e2e-Secret-7f3a9c';
const NYC = 'search_recent_nyc_tweet_fields.postman';
const CONVERSATION = 'search_recent_conversation_expansions.postman';
const base: XRoutes = {
  search: (q) =>
    q.query.startsWith('from:')
      ? json({ meta: { result_count: 0 } })
      : recorded(q.next_token ? CONVERSATION : NYC),
  user: () => recorded('users_by_username_Twitter.tweepy'),
  mentions: (_id, q) =>
    q.pagination_token
      ? json({ meta: { result_count: 0 } })
      : recorded('users_mentions_2244994945_expansions.wso2docs'),
};

let api: FakeXApi;
let dir: string;
beforeEach(async () => {
  api = await startFakeXApi({ ...base });
  dir = mkdtempSync(path.join(tmpdir(), 'mentions-twitter-'));
  // A second, healthy source: a failing twitter source then makes the scan exit 3 ("some sources failed").
  const feed = path.join(ROOT, 'test/fixtures/rss/search_rss_atom_site_kevincox.feed-rs.xml');
  writeFileSync(
    path.join(dir, 'mentions.yaml'),
    [
      'database: ./m.db',
      'brands:',
      '  - { name: Twitter, keywords: [twitter], handles: { twitter: Twitter } }',
      'sources:',
      `  - { type: twitter, name: x, bearerToken: "\${X_BEARER_TOKEN}", baseUrl: "${api.url}" }`,
      `  - { type: rss, name: feed, url: "${feed}" }`,
    ].join('\n'),
  );
});
afterEach(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = { X_BEARER_TOKEN: TOKEN, NODE_EXTRA_CA_CERTS: CA_FILE };
const mentions = (...args: string[]) =>
  runBin(['--config', path.join(dir, 'mentions.yaml'), ...args], { env });
const listed = async () =>
  JSON.parse((await mentions('list', '--all', '--json')).stdout) as Array<{
    externalId: string;
    url: string;
    source: string;
  }>;
function savedCursor(): string {
  const db = new Database(path.join(dir, 'm.db'), { readonly: true });
  try {
    return (db.prepare("SELECT cursor FROM source_state WHERE source = 'x'").pluck().get() as string) ?? '';
  } finally {
    db.close();
  }
}
const searchStarts = () =>
  api.requests
    .filter(
      (r) =>
        r.pathname === '/2/tweets/search/recent' && !r.query.next_token && !r.query.query.startsWith('from:'),
    )
    .map((r) => r.query.start_time);

test('scan stores the tweets, list shows them; a 429 mid-paging exits 3 keeping rows and cursor; the next scan resumes', async () => {
  const first = await mentions('scan');
  expect(first).toMatchObject({ code: 0, stderr: '' });
  const tweets = (await listed()).filter((m) => m.source === 'x');
  expect(tweets).toHaveLength(12);
  expect(tweets.map((m) => m.url)).toContain('https://x.com/happycamper/status/1276035977375477760');
  const cursor = savedCursor();
  expect(JSON.parse(cursor).queries['search:Twitter'].newestId).toBe('1275840892285399041');

  // Page 1 brings ten new tweets, page 2 is rate limited (the recorded text/plain 429, reset 2020-06-26 15:24:33 UTC:
  // long past, so the message gives no time and the next scan goes on).
  api.routes = {
    ...base,
    search: (q) =>
      q.next_token
        ? recorded('error_429_rate_limit_2020_text_plain.postman', 'txt')
        : recorded('search_recent_default_fields.tweepy'),
  };
  const limited = await mentions('scan');
  expect(limited.code).toBe(3);
  expect(limited.stderr.trim()).toBe(
    'mentions: x: rate limited (429); the next scan resumes from the saved cursor',
  );
  expect((await listed()).filter((m) => m.source === 'x')).toHaveLength(22);
  expect(savedCursor()).toBe(cursor);

  api.routes = { ...base };
  const resumed = await mentions('scan');
  expect(resumed).toMatchObject({ code: 0, stderr: '' });
  // No start_time before the first cursor; after it, every scan starts from the saved one (here held at the
  // edge of the 7-day search window, since the recorded tweets are from 2020).
  const [none, fromLimited, fromResumed] = searchStarts();
  expect(none).toBeUndefined();
  expect(fromResumed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(Math.abs(Date.parse(fromResumed!) - (Date.now() - 7 * 86400e3 + 60e3))).toBeLessThan(120e3);
  expect(Math.abs(Date.parse(fromLimited!) - Date.parse(fromResumed!))).toBeLessThan(120e3);
});

test('the bearer token appears in no output and not in the database, on failure or success', async () => {
  api.routes = { ...base, search: () => recorded('error_401_unauthorized.postman') };
  const refused = await mentions('scan');
  expect(refused.code).toBe(3);
  expect(refused.stderr.trim()).toBe(
    'mentions: x: the bearer token was refused (401); check bearerToken / X_BEARER_TOKEN',
  );
  api.routes = { ...base };
  const ok = await mentions('scan', '--json');
  expect(ok.code).toBe(0);
  const list = await mentions('list', '--all', '--json');
  expect(api.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  for (const out of [refused.stdout, refused.stderr, ok.stdout, ok.stderr, list.stdout, list.stderr]) {
    expect(out).not.toContain(TOKEN);
  }
  for (const file of readdirSync(dir).filter((f) => f.startsWith('m.db'))) {
    expect(readFileSync(path.join(dir, file)).includes(Buffer.from(TOKEN))).toBe(false);
  }
});
