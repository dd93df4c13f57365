/** Unit tables for the twitter source: query building, cursor, start_time, reset times, reach and answers. */
import {
  answersQuery,
  brandQuery,
  parseCursor,
  planQueries,
  startTime,
} from '../../src/sources/twitter-query.js';
import { formatUtcTime } from '../../src/output/utc-time.js';
import { reachOf, replyToAnswers, tweetToMention } from '../../src/sources/twitter-tweets.js';
import type { XUser } from '../../src/sources/twitter-client.js';

const acme = {
  name: 'Acme',
  keywords: ['acme', 'acme cloud', '#acmefail'],
  exclude: ['acme corp careers'],
  handles: { twitter: 'acmehelp' },
};

test.each([
  [
    acme,
    '("acme" OR "acme cloud" OR #acmefail OR @acmehelp) -"acme corp careers" -is:retweet -from:acmehelp',
  ],
  [{ name: 'B', keywords: ['say "hi"'], exclude: [], handles: {} }, '"say hi" -is:retweet'],
  [{ name: 'C', keywords: [], exclude: [], handles: { twitter: 'chelp' } }, '@chelp -is:retweet -from:chelp'],
  [
    { name: 'D', keywords: ['$DCO', '@dco'], exclude: ['#ad'], handles: {} },
    '($DCO OR @dco) -#ad -is:retweet',
  ],
])('brandQuery %#', (brand, expected) => {
  expect(brandQuery(brand)).toBe(expected);
});

test('a brand with neither keywords nor a twitter handle has no query; answers read from:handle is:reply', () => {
  expect(brandQuery({ name: 'E', keywords: [], exclude: [], handles: { facebook: 'e' } })).toBeUndefined();
  expect(answersQuery('acmehelp')).toBe('from:acmehelp is:reply');
});

test('plans: searches first, then mentions timelines, then replies; `brand` and `query` narrow them', () => {
  const other = { name: 'Other', keywords: ['other'], exclude: [], handles: {} };
  expect(planQueries([acme, other], undefined).map((p) => p.key)).toEqual([
    'search:Acme',
    'search:Other',
    'mentions:acmehelp',
    'answers:acmehelp',
  ]);
  expect(planQueries([acme, other], undefined, 'Other').map((p) => p.key)).toEqual(['search:Other']);
  const custom = planQueries([acme, other], 'acme lang:de', 'Acme');
  expect(custom[0]).toEqual({ key: 'search:query', kind: 'search', brand: 'Acme', query: 'acme lang:de' });
});

test('the cursor is JSON of per-query states; anything unreadable starts afresh', () => {
  const value = JSON.stringify({
    queries: { 'search:Acme': { newestId: '5', newestAt: '2026-11-24T09:00:00.000Z' }, bad: { newestId: 1 } },
    userIds: { acmehelp: '123' },
  });
  expect(parseCursor(value)).toEqual({
    queries: { 'search:Acme': { newestId: '5', newestAt: '2026-11-24T09:00:00.000Z' } },
    userIds: { acmehelp: '123' },
  });
  expect(parseCursor('since_id=5')).toEqual({ queries: {}, userIds: {} });
  expect(parseCursor(undefined)).toEqual({ queries: {}, userIds: {} });
});

test('start_time is the newest tweet seen minus the overlap, in whole seconds, kept inside the 7-day window', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const state = { newestId: '9', newestAt: '2026-11-24T11:30:45.678Z' };
  expect(startTime(state, 10, now)).toBe('2026-11-24T11:20:45Z');
  expect(startTime(state, 0, now)).toBe('2026-11-24T11:30:45Z');
  expect(startTime(undefined, 10, now)).toBeUndefined();
  const old = { newestId: '1', newestAt: '2026-11-01T00:00:00Z' };
  expect(startTime(old, 10, now)).toBe('2026-11-17T12:01:00Z');
});

test('reset times are shown in UTC, with the date when not within the next day', () => {
  const now = new Date('2020-06-26T15:19:39Z');
  expect(formatUtcTime(new Date(1593185073 * 1000), now)).toBe('15:24 UTC');
  expect(formatUtcTime(new Date('2020-06-28T01:05:00Z'), now)).toBe('2020-06-28 01:05 UTC');
});

test('reach = likes + retweets + replies + quotes + author followers (synthetic numbers)', () => {
  const tweet = {
    id: '1',
    text: 'x',
    public_metrics: { like_count: 3, retweet_count: 2, reply_count: 1, quote_count: 4 },
  };
  expect(reachOf(tweet, { id: 'u', public_metrics: { followers_count: 100 } })).toBe(110);
  expect(reachOf(tweet, undefined)).toBe(10);
  expect(reachOf({ id: '1', text: 'x' }, { id: 'u' })).toBeUndefined();
});

test('a tweet as a mention: entities decoded, x.com url, author, thread, brand (synthetic tweet)', () => {
  const users = new Map<string, XUser>([['7', { id: '7', username: 'jdoe', name: ' J Doe ' }]]);
  const m = tweetToMention(
    {
      id: '42',
      text: ' a &amp; b &lt;3 ',
      author_id: '7',
      conversation_id: '40',
      lang: 'en',
      created_at: '2026-11-24T09:00:00.000Z',
    },
    users,
    'Acme',
  );
  expect(m).toEqual({
    externalId: '42',
    url: 'https://x.com/jdoe/status/42',
    text: 'a & b <3',
    author: 'jdoe',
    authorName: 'J Doe',
    lang: 'en',
    threadId: '40',
    createdAt: new Date('2026-11-24T09:00:00.000Z'),
    brand: 'Acme',
  });
  expect(tweetToMention({ id: '43', text: 'hi' }, users).url).toBe('https://x.com/i/web/status/43');
  const known = new Map<string, XUser>([
    ['8', { id: '8', username: 'ann', public_metrics: { followers_count: 1234 } }],
  ]);
  expect(tweetToMention({ id: '44', text: 'hi', author_id: '8' }, known)).toMatchObject({
    author: 'ann',
    authorFollowers: 1234,
    reach: 1234,
  });
});

test('a brand reply answers the tweet it replied to and, in its conversation, the person it replied to', () => {
  const users = new Map<string, XUser>([['7', { id: '7', username: 'jdoe' }]]);
  const reply = {
    id: '50',
    text: '@jdoe sorry!',
    created_at: '2026-11-24T09:12:00.000Z',
    conversation_id: '40',
    in_reply_to_user_id: '7',
    referenced_tweets: [{ type: 'replied_to', id: '42' }],
  };
  const at = new Date('2026-11-24T09:12:00.000Z');
  expect(replyToAnswers(reply, users)).toEqual([
    { externalId: '42', answeredAt: at, reply: { id: '50', text: '@jdoe sorry!' } },
    { threadId: '40', toAuthor: 'jdoe', answeredAt: at },
  ]);
  expect(replyToAnswers({ ...reply, in_reply_to_user_id: '8' }, users)[1]).toEqual({
    threadId: '40',
    answeredAt: at,
  });
  expect(replyToAnswers({ ...reply, created_at: undefined }, users)).toEqual([]);
});
