/** The `youtube` source on recorded payloads: mapping, paging, cursors, replies and the channel's answers. */
import { create } from '../../src/sources/youtube.js';
import type { BrandConfig, SourceOptions } from '../../src/sources/registry-types.js';
import type { SourceCursor } from '../../src/sources/source.js';
import type { YouTubeList, YouTubeThread } from '../../src/sources/youtube-threads.js';
import {
  startFakeYouTube,
  youtubeFixture,
  youtubeJson,
  type FakeRoute,
  type FakeYouTube,
} from '../helpers/fake-youtube-api.js';
import { testContext } from './test-context.js';

const KEY = 'AIzaSy-unit-test-key-000000000000000000';
const VIDEO = 'F1UP7wRCPH8';
const PAGE_2_TOKEN = youtubeJson<{ nextPageToken: string }>('commentThreads_by_video_paged_1').nextPageToken;
const VIDEO_PAGES: Record<string, FakeRoute> = {
  [`/commentThreads?videoId=${VIDEO}`]: { body: youtubeFixture('commentThreads_by_video_paged_1') },
  // The recorded page 2 repeats page 1's five threads (that is how the library authors recorded it).
  [`/commentThreads?videoId=${VIDEO}&pageToken=${PAGE_2_TOKEN}`]: {
    body: youtubeFixture('commentThreads_by_video_paged_2'),
  },
};

// commentThread_item_with_replies: top-level comment by UCe9i1nJCcevTa6KJa55KYog (Loren Robilio), one reply
// by UCsl2A_QzcSnFD2hpCyVwXxA (Dian Anggraeni). The recording has no snippet.channelId, so it does not say
// who owns video D-lhorsDlUQ; configuring channelId as the replier's id makes that reply the channel's.
type ThreadList = YouTubeList<YouTubeThread>;
const THREAD_VIDEO = 'D-lhorsDlUQ';
const TOP_AUTHOR = 'UCe9i1nJCcevTa6KJa55KYog';
const REPLIER = 'UCsl2A_QzcSnFD2hpCyVwXxA';
function threadRoutes(edit: (thread: YouTubeThread) => void = () => {}): Record<string, FakeRoute> {
  const thread = youtubeJson<YouTubeThread>('commentThread_item_with_replies');
  edit(thread);
  // The item was recorded on its own; the list envelope around it is synthetic.
  return { [`/commentThreads?videoId=${THREAD_VIDEO}`]: { body: { items: [thread] } } };
}

let api: FakeYouTube | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** The commentThreads requests the fake received (comments.list calls for replies left out). */
function threadRequests() {
  return api!.requests.filter((r) => r.resource === '/commentThreads');
}

async function fetchWith(
  routes: Record<string, FakeRoute>,
  options: Partial<SourceOptions>,
  cursor: SourceCursor | null = null,
  brands: BrandConfig[] = [],
) {
  api = await startFakeYouTube(routes);
  const source = create({ type: 'youtube', name: 'yt', apiKey: KEY, baseUrl: api.url, ...options }, brands);
  return source.fetch(testContext(), cursor);
}

describe('comments as mentions', () => {
  test('maps a recorded thread to a mention with thread, author, link, time and likes', async () => {
    const result = await fetchWith(VIDEO_PAGES, { videoIds: [VIDEO] });
    expect(result.mentions.find((m) => m.externalId === 'UgysQP-vp089eFP0Stl4AaABAg')).toEqual({
      externalId: 'UgysQP-vp089eFP0Stl4AaABAg',
      threadId: 'UgysQP-vp089eFP0Stl4AaABAg',
      text: 'Funny that they use heroku to show a demo instead of google cloud',
      url: 'https://www.youtube.com/watch?v=F1UP7wRCPH8&lc=UgysQP-vp089eFP0Stl4AaABAg',
      author: 'Andres Jorquera',
      createdAt: new Date('2019-11-17T11:34:48.000Z'),
      reach: 4,
    });
  });

  test('uses textOriginal, and textDisplay without its HTML when textOriginal is missing', async () => {
    const page = youtubeJson<ThreadList>('commentThreads_by_video_paged_1');
    delete page.nextPageToken;
    const top = page.items![4].snippet!.topLevelComment!.snippet!;
    delete top.textOriginal; // synthetic: the API omits it for some callers
    const result = await fetchWith(
      { [`/commentThreads?videoId=${VIDEO}`]: { body: page } },
      { videoIds: [VIDEO] },
    );
    const texts = new Map(result.mentions.map((m) => [m.externalId, m.text]));
    expect(texts.get('UgyKv8ziPYFJDGytM_J4AaABAg')).toBe(
      'All account on Android store for data show the Google and YouTube video Android computer system fordata show settings displayed',
    );
    expect(texts.get('UgwI_ylXVnzPS8Q-oAV4AaABAg')).toMatch(
      /^Lot's of good light coming in from here #ChromeDevSummit the web/,
    );
  });

  test('links channel comments without a video to the channel, and a handle in brands tags the brand', async () => {
    const channel = 'UCa-vrCLQHviTOVnEKDOdetQ';
    const brands = [{ name: 'Acme', keywords: ['acme'], exclude: [], handles: { youtube: channel } }];
    const routes = {
      [`/commentThreads?allThreadsRelatedToChannelId=${channel}`]: {
        body: youtubeFixture('commentThreads_allThreadsRelatedToChannelId'),
      },
    };
    const result = await fetchWith(routes, { channelId: channel }, null, brands);
    const chat = result.mentions.find((m) => m.externalId === 'Ugy0FhSzKMNMT9qs6zt4AaABAg');
    expect(chat?.url).toBe(
      `https://www.youtube.com/channel/${channel}/discussion?lc=Ugy0FhSzKMNMT9qs6zt4AaABAg`,
    );
    expect(result.mentions.map((m) => m.brand)).toEqual(['Acme', 'Acme', 'Acme', 'Acme']);
  });
});

describe('paging and cursor', () => {
  test('pages with nextPageToken, asks for time order and 100 per page, and drops repeated threads', async () => {
    const result = await fetchWith(VIDEO_PAGES, { videoIds: [VIDEO] });
    expect(threadRequests().map((r) => r.query.get('pageToken'))).toEqual([null, PAGE_2_TOKEN]);
    const first = api!.requests[0].query;
    expect(Object.fromEntries([...first].filter(([k]) => k !== 'key'))).toEqual({
      part: 'snippet,replies',
      videoId: VIDEO,
      order: 'time',
      maxResults: '100',
    });
    expect(result.mentions.map((m) => m.externalId)).toHaveLength(5);
    // UgwI_ylXVnzPS8Q-oAV4AaABAg counts 2 replies on both pages; they are asked for once (nobody recorded
    // them, so the fake answers 404 and the thread keeps the replies it carries: none).
    expect(api!.requests.filter((r) => r.resource === '/comments')).toHaveLength(1);
    expect(result.warnings).toEqual([
      "video F1UP7wRCPH8: the response does not say whose channel it is; set `channelId` to detect the channel's replies",
      'thread UgwI_ylXVnzPS8Q-oAV4AaABAg: replies could not be read (404 notFound); used the 0 sent with the thread',
    ]);
    expect(JSON.parse(result.cursor!.value!)).toEqual({ [`video:${VIDEO}`]: '2019-11-26T15:51:44.000Z' });
  });

  test('stops at maxPages', async () => {
    await fetchWith(VIDEO_PAGES, { videoIds: [VIDEO], maxPages: 1 });
    expect(threadRequests()).toHaveLength(1);
  });

  test('stops after a page entirely older than the cursor, and never moves the cursor back', async () => {
    const saved = { value: JSON.stringify({ [`video:${VIDEO}`]: '2019-12-01T00:00:00.000Z' }) };
    const result = await fetchWith(VIDEO_PAGES, { videoIds: [VIDEO] }, saved);
    expect(threadRequests()).toHaveLength(1);
    expect(result.cursor).toEqual(saved);
  });

  test('threads of the lookback window are read again for replies, however old the cursor says they are', async () => {
    // The cursor is past every thread; the scan is a few days after the newest one.
    const saved = { value: JSON.stringify({ [`video:${VIDEO}`]: '2019-12-01T00:00:00.000Z' }) };
    const ctx = testContext({ now: () => new Date('2019-12-02T00:00:00Z') });
    api = await startFakeYouTube(VIDEO_PAGES);
    const options = { type: 'youtube', name: 'yt', apiKey: KEY, baseUrl: api.url, videoIds: [VIDEO] };
    const week = await create(options, []).fetch(ctx, saved);
    // Page 1 holds threads of the last 7 days, so page 2 is read too; nothing new was skipped.
    expect(threadRequests()).toHaveLength(2);
    expect(week.warnings.filter((w) => w.includes('were skipped'))).toEqual([]);
    expect(week.cursor).toEqual(saved);
    api.requests.length = 0;
    await create({ ...options, lookbackDays: 1 }, []).fetch(ctx, saved);
    expect(threadRequests()).toHaveLength(1);
  });

  test('reads on while a page has threads within the overlap before the cursor', async () => {
    // 2019-11-26T15:51:44Z is the newest thread; a cursor 5 minutes later is inside the 10-minute overlap.
    const saved = { value: JSON.stringify({ [`video:${VIDEO}`]: '2019-11-26T15:56:44.000Z' }) };
    const result = await fetchWith(VIDEO_PAGES, { videoIds: [VIDEO] }, saved);
    expect(threadRequests()).toHaveLength(2);
    expect(result.cursor).toEqual(saved);
  });
});

describe("the channel's replies", () => {
  test('the reply by the configured channel answers the top-level comment and is no mention', async () => {
    const result = await fetchWith(threadRoutes(), { videoIds: [THREAD_VIDEO], channelId: REPLIER });
    expect(result.mentions.map((m) => [m.externalId, m.author])).toEqual([
      ['UgydxWWoeA7F1OdqypJ4AaABAg', 'Loren Robilio'],
    ]);
    expect(result.answers).toEqual([
      {
        externalId: 'UgydxWWoeA7F1OdqypJ4AaABAg',
        answeredAt: new Date('2019-07-20T20:22:27.000Z'),
        reply: { id: 'UgydxWWoeA7F1OdqypJ4AaABAg.8wWQ3tdHcFx8xcDheui-qb', text: '#' },
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("the thread's snippet.channelId names the channel when channelId is not configured", async () => {
    const routes = threadRoutes((t) => (t.snippet!.channelId = REPLIER)); // synthetic: newer responses carry it
    const result = await fetchWith(routes, { videoIds: [THREAD_VIDEO] });
    expect(result.answers?.map((a) => a.externalId)).toEqual(['UgydxWWoeA7F1OdqypJ4AaABAg']);
  });

  test("the channel's own top-level comment is no mention; replies by others are, in its thread", async () => {
    const result = await fetchWith(threadRoutes(), { videoIds: [THREAD_VIDEO], channelId: TOP_AUTHOR });
    expect(result.mentions).toEqual([
      expect.objectContaining({
        externalId: 'UgydxWWoeA7F1OdqypJ4AaABAg.8wWQ3tdHcFx8xcDheui-qb',
        threadId: 'UgydxWWoeA7F1OdqypJ4AaABAg',
        author: 'Dian Anggraeni',
        url: 'https://www.youtube.com/watch?v=D-lhorsDlUQ&lc=UgydxWWoeA7F1OdqypJ4AaABAg.8wWQ3tdHcFx8xcDheui-qb',
        reach: 1,
      }),
    ]);
    expect(result.answers).toEqual([]);
  });

  test('without any channel id every comment is a mention and a warning says how to detect answers', async () => {
    const result = await fetchWith(threadRoutes(), { videoIds: [THREAD_VIDEO] });
    expect(result.mentions).toHaveLength(2);
    expect(result.answers).toEqual([]);
    expect(result.warnings).toEqual([
      "video D-lhorsDlUQ: the response does not say whose channel it is; set `channelId` to detect the channel's replies",
    ]);
  });

  test('reads every page of comments.list when a thread carries fewer replies than it counts', async () => {
    const channel = 'UCa-vrCLQHviTOVnEKDOdetQ';
    const list = youtubeJson<ThreadList>('commentThreads_allThreadsRelatedToChannelId');
    // Synthetic: the replies were recorded an hour after the listing, which still counted 0 of them.
    list.items![1].snippet!.totalReplyCount = 3;
    const parent = 'Ugw5zYU6n9pmIgAZWvN4AaABAg';
    const token = youtubeJson<{ nextPageToken: string }>('comments_by_parentId_paged_1').nextPageToken;
    const routes = {
      [`/commentThreads?allThreadsRelatedToChannelId=${channel}`]: { body: list },
      [`/comments?parentId=${parent}`]: { body: youtubeFixture('comments_by_parentId_paged_1') },
      [`/comments?parentId=${parent}&pageToken=${token}`]: {
        body: youtubeFixture('comments_by_parentId_paged_2'),
      },
    };
    const result = await fetchWith(routes, { channelId: channel });
    const replies = result.mentions.filter((m) => m.externalId.startsWith(`${parent}.`));
    expect(replies.map((m) => [m.text, m.threadId])).toEqual([
      ['this is the third reply!', parent],
      ['this is the second reply!', parent],
      ['hey, this is the replay', parent],
    ]);
    const asked = api!.requests.filter(
      (r) => r.resource === '/comments' && r.query.get('parentId') === parent,
    );
    expect(
      asked.map((r) => [r.query.get('part'), r.query.get('maxResults'), r.query.get('pageToken')]),
    ).toEqual([
      ['snippet', '100', null],
      ['snippet', '100', token],
    ]);
    // The fourth thread counts one reply nobody recorded: the fake answers 404, which costs only a warning.
    expect(result.warnings).toEqual([
      'thread UgwSRpgkjCe6OHHe3IJ4AaABAg: replies could not be read (404 notFound); used the 0 sent with the thread',
    ]);
  });
});

describe('options', () => {
  test.each([
    [{ channelId: 'UCx' }, 'yt: missing `apiKey`'],
    [{ apiKey: KEY }, 'yt: set `channelId` (a channel to watch) or `videoIds`'],
    [
      { apiKey: KEY, channelId: '@acme' },
      'yt: `channelId` must be a channel id starting with "UC", got "@acme"',
    ],
    [{ apiKey: KEY, videoIds: [VIDEO], maxPages: 0 }, 'yt: `maxPages` must be a whole number of at least 1'],
  ])('%j is refused with a message naming the option', (options, message) => {
    expect(() => create({ type: 'youtube', name: 'yt', ...options }, [])).toThrow(message);
  });
});
