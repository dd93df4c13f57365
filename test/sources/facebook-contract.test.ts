/**
 * The shared source contract for `facebook`, on the recorded Graph captures served by the fake Graph API
 * (the contract table in contract.test.ts reads files, this source needs a server).
 *
 * Recorded: the feed page of page 4 and the two comment pages of post 19292868552_10158407654328553, served
 * byte for byte. Composed here: the routes (the feed capture was a `/4/posts` request; it is served as
 * `/4/feed`), an empty comment list (`{"data": []}`) for page 4's posts, and a one-post feed naming the
 * commented post (by the Page) so that its comments are read.
 */
import { SOURCE_TYPES } from '../../src/sources/index.js';
import type { FoundMention } from '../../src/mention.js';
import type { SourceResult } from '../../src/sources/source.js';
import { FB, RECORDED_PAGE, RECORDED_POST, fbFixture, startFakeGraphApi } from '../helpers/fake-graph-api.js';
import { testContext } from './test-context.js';

const TOKEN = 'contract-token';
const entry = SOURCE_TYPES.find((t) => t.type === 'facebook')!;

async function fetchFrom(
  pageId: string,
  edges: Record<string, Array<object | string>>,
  maxPages: number,
): Promise<SourceResult> {
  const graph = await startFakeGraphApi({ token: TOKEN, edges });
  try {
    const { create } = await entry.load();
    const source = create(
      {
        type: 'facebook',
        name: 'facebook:contract',
        accessToken: TOKEN,
        pageId,
        baseUrl: graph.url,
        maxPages,
      },
      [{ name: 'Facebook', keywords: ['facebook'], exclude: [], handles: {} }],
    );
    expect(source).toMatchObject({ name: 'facebook:contract', type: 'facebook' });
    const result = await source.fetch(testContext(), null);
    expect(graph.problems).toEqual([]);
    return result;
  } finally {
    await graph.close();
  }
}

function expectContract(result: SourceResult): void {
  expect(result.notModified).toBe(false);
  expect(result.mentions.length).toBeGreaterThan(0);
  expect(Array.isArray(result.warnings)).toBe(true);
  const ids = result.mentions.map((m: FoundMention) => m.externalId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of result.mentions) {
    expect(m.externalId.trim()).not.toBe('');
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.createdAt).toBeInstanceOf(Date);
    expect(Number.isNaN(m.createdAt!.getTime())).toBe(false);
    for (const field of [m.text, m.author ?? '']) {
      expect(field).not.toMatch(/<\/?(?:b|p|div|a|br|span)\b/i);
      expect(field).toBe(field.trim());
    }
    if (m.url !== undefined) expect(() => new URL(m.url!)).not.toThrow();
  }
}

test('the recorded feed page: every post is a well-formed mention with its Graph id', async () => {
  const posts = JSON.parse(fbFixture(FB.posts)) as { data: { id: string }[] };
  const empty = Object.fromEntries(posts.data.map((p) => [`${p.id}/comments`, [{ data: [] }]]));
  const result = await fetchFrom('4', { '4/feed': [fbFixture(FB.posts)], ...empty }, 1);
  expectContract(result);
  // The capture did not ask for `from`, so nothing marks these as the page's own posts.
  expect(result.mentions.map((m) => m.externalId)).toEqual(posts.data.map((p) => p.id));
  expect(result.mentions[0]).toMatchObject({
    threadId: '4_10113477241177441',
    text: 'Happy July 4th! 🇺🇸',
    createdAt: new Date('2021-07-04T19:50:58Z'),
  });
  expect(result.cursor).toEqual({ value: '2021-07-04T19:50:58.000Z' });
});

test('the recorded comment pages p1 and p2: 15 mentions with ids taken from their permalinks', async () => {
  const feed = { data: [{ id: RECORDED_POST, message: 'A post by the page', from: { id: RECORDED_PAGE } }] };
  const result = await fetchFrom(
    RECORDED_PAGE,
    {
      [`${RECORDED_PAGE}/feed`]: [feed],
      [`${RECORDED_POST}/comments`]: [fbFixture(FB.commentsP1), fbFixture(FB.commentsP2)],
    },
    5,
  );
  expectContract(result);
  expect(result.mentions).toHaveLength(15);
  expect(result.mentions.every((m) => m.threadId === RECORDED_POST)).toBe(true);
  expect(result.mentions.map((m) => m.externalId)).toContain('10158407654328553_10158409984053553');
});
