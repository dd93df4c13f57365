/**
 * The facebook source against the fake Graph API: paging, the Page's answers, incremental windows.
 *
 * Recorded: the two comment pages of post 19292868552_10158407654328553 ("Facebook for Developers"). Those
 * captures did not request `from`, so the answered-detection test composes one change, where PROVENANCE
 * shows it: the p2 reply "Hi, please follow this link…" gets `from: {name, id}` (the shape of the recorded
 * single-comment file) naming the Page. Feeds and the small threads marked "synthetic" are written here.
 */
import type { BrandConfig } from '../../src/sources/registry-types.js';
import type { Source } from '../../src/sources/source.js';
import { create } from '../../src/sources/facebook.js';
import {
  FB,
  RECORDED_PAGE as PAGE,
  RECORDED_POST as POST,
  fbFixture,
  startFakeGraphApi,
  type FakeGraphApi,
  type FakeGraphOptions,
} from '../helpers/fake-graph-api.js';
import { testContext } from './test-context.js';

const TOKEN = 'EAAB-page-token-under-test';
const NOW = new Date('2021-08-15T12:00:00Z');
const BRANDS: BrandConfig[] = [
  { name: 'Meta', keywords: ['instagram'], exclude: [], handles: { facebook: PAGE } },
];
const PAGE_FROM = { name: 'Facebook for Developers', id: PAGE };
const PAGE_POST = {
  id: POST,
  message: 'Page post',
  created_time: '2021-08-10T17:00:00+0000',
  from: PAGE_FROM,
};

let graph: FakeGraphApi | undefined;
afterEach(async () => {
  expect(graph?.problems ?? []).toEqual([]);
  await graph?.close();
  graph = undefined;
});

async function sourceFor(
  edges: FakeGraphOptions['edges'],
  options: Record<string, unknown> = {},
): Promise<Source> {
  graph = await startFakeGraphApi({ token: TOKEN, edges });
  const base = { type: 'facebook', name: 'fb', accessToken: TOKEN, pageId: PAGE, baseUrl: graph.url };
  return create({ ...base, ...options }, BRANDS);
}

const ctx = () => testContext({ now: () => NOW });

function recordedWithPageReply(): string {
  const p2 = JSON.parse(fbFixture(FB.commentsP2)) as { data: Array<Record<string, unknown>> };
  expect(p2.data[1].message).toMatch(/^Hi, please follow this link/);
  p2.data[1].from = PAGE_FROM;
  return JSON.stringify(p2);
}

test('reads the feed, then pages through the comments p1 → p2 by the rebased `next` url', async () => {
  const source = await sourceFor({
    [`${PAGE}/feed`]: [{ data: [PAGE_POST] }],
    [`${POST}/comments`]: [fbFixture(FB.commentsP1), fbFixture(FB.commentsP2)],
  });
  const result = await source.fetch(ctx(), null);
  const sent = graph!.requests;
  expect(sent.map((r) => `${r.id}/${r.edge}`)).toEqual([
    `${PAGE}/feed`,
    `${POST}/comments`,
    `${POST}/comments`,
  ]);
  expect(sent[0].version).toBe('v25.0');
  expect(sent[0].query.get('fields')).toBe('id,message,created_time,from,permalink_url');
  expect(sent[1].query.get('filter')).toBe('stream');
  expect(sent[1].query.get('fields')).toBe('id,message,created_time,from,parent,permalink_url');
  // The recorded `next` points at graph.facebook.com with `access_token=access_token`: followed here, stripped.
  expect(sent[2].version).toBe('v11.0');
  expect(sent[2].query.get('after')).toBe('after');
  expect(sent.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  expect(result.mentions).toHaveLength(15);
  expect(result.mentions.every((m) => m.brand === 'Meta' && m.threadId === POST)).toBe(true);
  expect(result.partialError).toBeUndefined();
});

test('the page reply in the recorded p2 answers the comment it replies under, and is no mention', async () => {
  const source = await sourceFor({
    [`${PAGE}/feed`]: [{ data: [PAGE_POST] }],
    [`${POST}/comments`]: [fbFixture(FB.commentsP1), recordedWithPageReply()],
  });
  const result = await source.fetch(ctx(), null);
  const reply = '10158407654328553_10158413660043553';
  const question = '10158407654328553_10158412899928553';
  expect(result.mentions.map((m) => m.externalId)).not.toContain(reply);
  expect(result.mentions.find((m) => m.externalId === question)?.text).toBe(
    'how can i get invited to the Commerce Manager api ?',
  );
  expect(result.mentions).toHaveLength(14);
  expect(result.answers).toEqual([
    {
      externalId: question,
      answeredAt: new Date('2021-08-13T18:47:29Z'),
      reply: { id: reply, text: 'Hi, please follow this link for more information: https://bit.ly/2VTdKDu' },
    },
  ]);
});

test("the page's own posts are never mentions; visitors' posts are, and a page comment answers them", async () => {
  // Synthetic feed and threads in the documented shapes.
  const visitor = {
    id: `${PAGE}_2`,
    message: 'My order never came',
    created_time: '2021-08-14T09:00:00+0000',
    from: { name: 'Ann', id: '77' },
  };
  const source = await sourceFor({
    [`${PAGE}/feed`]: [{ data: [visitor, PAGE_POST] }],
    [`${PAGE}_2/comments`]: [
      {
        data: [
          {
            id: '2_9',
            message: 'Sorry Ann, we sent a DM',
            created_time: '2021-08-14T10:00:00+0000',
            from: PAGE_FROM,
          },
        ],
      },
    ],
    [`${POST}/comments`]: [
      {
        data: [
          {
            id: '3_1',
            message: 'Still broken',
            created_time: '2021-08-14T08:00:00+0000',
            from: { name: 'Bo', id: '8' },
          },
          {
            id: '3_2',
            message: 'Same here',
            created_time: '2021-08-14T08:30:00+0000',
            from: { name: 'Cy', id: '9' },
            parent: { id: '3_1' },
          },
          {
            id: '3_3',
            message: 'We are on it',
            created_time: '2021-08-14T09:00:00+0000',
            from: PAGE_FROM,
            parent: { id: '3_1' },
          },
          {
            id: '3_4',
            message: 'Thanks!',
            created_time: '2021-08-14T09:30:00+0000',
            from: { name: 'Bo', id: '8' },
            parent: { id: '3_1' },
          },
          {
            id: '3_5',
            message: 'New video tomorrow',
            created_time: '2021-08-14T11:00:00+0000',
            from: PAGE_FROM,
          },
          {
            id: '3_6',
            message: 'And mine?',
            created_time: '2021-08-14T08:45:00+0000',
            from: { name: 'Di', id: '10' },
          },
        ],
      },
    ],
  });
  const result = await source.fetch(ctx(), null);
  expect(result.mentions.map((m) => [m.externalId, m.author, m.threadId])).toEqual([
    [`${PAGE}_2`, 'Ann', `${PAGE}_2`],
    ['3_1', 'Bo', POST],
    ['3_2', 'Cy', POST],
    ['3_4', 'Bo', POST],
    ['3_6', 'Di', POST],
  ]);
  const answered = (result.answers ?? []).map((a) => [a.externalId, a.answeredAt.toISOString()]);
  // 3_3 answers the thread it replies in up to its time (3_1, 3_2), not the later 3_4 nor 3_6 elsewhere;
  // 3_5, a top-level comment on the page's own post, answers nobody.
  expect(answered).toEqual([
    [`${PAGE}_2`, '2021-08-14T10:00:00.000Z'],
    ['3_1', '2021-08-14T09:00:00.000Z'],
    ['3_2', '2021-08-14T09:00:00.000Z'],
  ]);
  expect(result.answers!.every((a) => a.threadId === undefined)).toBe(true);
  expect(result.cursor).toEqual({ value: '2021-08-14T09:00:00.000Z' });
});

test('the feed window: lookbackDays on the first scan, reaching back to an older cursor after that', async () => {
  const source = await sourceFor({ [`${PAGE}/feed`]: [{ data: [] }] }, { lookbackDays: 2 });
  const first = await source.fetch(ctx(), null);
  expect(graph!.requests[0].query.get('since')).toBe(String(Date.parse('2021-08-13T12:00:00Z') / 1000));
  expect(first.cursor).toBeNull();
  await source.fetch(ctx(), { value: '2021-08-01T00:00:00.000Z' });
  expect(graph!.requests[1].query.get('since')).toBe(String(Date.parse('2021-07-31T23:45:00Z') / 1000));
  await source.fetch(ctx(), { value: '2021-08-15T11:00:00.000Z' });
  expect(graph!.requests[2].query.get('since')).toBe(String(Date.parse('2021-08-13T12:00:00Z') / 1000));
});

test('the cursor never moves back, and maxPages stops paging with a warning', async () => {
  const source = await sourceFor(
    {
      [`${PAGE}/feed`]: [{ data: [PAGE_POST] }],
      [`${POST}/comments`]: [fbFixture(FB.commentsP1), fbFixture(FB.commentsP2)],
    },
    { maxPages: 1 },
  );
  const result = await source.fetch(ctx(), { value: '2021-08-12T00:00:00.000Z' });
  expect(result.cursor).toBeNull();
  expect(result.mentions).toHaveLength(10);
  expect(result.warnings).toEqual([
    'read only the newest 1 pages of comments on 1 post; raise maxPages to read more',
  ]);
});

test('a page username is resolved to its id once, and handles.facebook may name the page', async () => {
  graph = await startFakeGraphApi({
    token: TOKEN,
    objects: { fbdevelopers: { id: PAGE, name: 'Facebook for Developers', username: 'fbdevelopers' } },
    edges: {
      [`${PAGE}/feed`]: [{ data: [{ ...PAGE_POST, from: { name: 'Eve', id: '5' } }] }],
      [`${POST}/comments`]: [{ data: [] }],
    },
  });
  const brands = [{ name: 'Devs', keywords: ['x'], exclude: [], handles: { facebook: 'FBDevelopers' } }];
  const source = create(
    { type: 'facebook', name: 'fb', accessToken: TOKEN, pageId: 'fbdevelopers', baseUrl: graph.url },
    brands,
  );
  const first = await source.fetch(ctx(), null);
  await source.fetch(ctx(), null);
  expect(graph.requests.map((r) => `${r.id}/${r.edge}`)).toEqual([
    'fbdevelopers/',
    `${PAGE}/feed`,
    `${POST}/comments`,
    `${PAGE}/feed`,
    `${POST}/comments`,
  ]);
  expect(first.mentions[0]).toMatchObject({ author: 'Eve', brand: 'Devs' });
});
