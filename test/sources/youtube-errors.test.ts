/** The `youtube` source when the API refuses: quota stops with partial results, key problems, warnings, verify. */
import { create } from '../../src/sources/youtube.js';
import { SourceError, type SourceResult } from '../../src/sources/source.js';
import type { SourceOptions } from '../../src/sources/registry-types.js';
import {
  googleError,
  startFakeYouTube,
  youtubeFixture,
  youtubeJson,
  type FakeRoute,
  type FakeYouTube,
} from '../helpers/fake-youtube-api.js';
import { testContext } from './test-context.js';

const KEY = 'AIzaSy-error-test-key-00000000000000000';
const VIDEO = 'F1UP7wRCPH8';
const THREAD_VIDEO = 'D-lhorsDlUQ';
const PAGE_2_TOKEN = youtubeJson<{ nextPageToken: string }>('commentThreads_by_video_paged_1').nextPageToken;
const PAGE_1: FakeRoute = { body: youtubeFixture('commentThreads_by_video_paged_1') };
const THREAD: FakeRoute = { body: { items: [youtubeJson('commentThread_item_with_replies')] } }; // synthetic envelope
// Google's wording for a spent quota, with the HTML it really contains.
const QUOTA_MESSAGE =
  'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.';
const QUOTA = { status: 403, body: googleError(403, 'quotaExceeded', QUOTA_MESSAGE, 'youtube.quota') };
// testContext's clock reads 2026-12-01T12:00:00Z: the quota resets at midnight Pacific (PST) time.
const QUOTA_LINE =
  'yt: daily quota exceeded (403 quotaExceeded); scans wait until it resets at 2026-12-02 08:00 UTC (midnight Pacific time) and then resume';
const RESET = new Date('2026-12-02T08:00:00Z');

let api: FakeYouTube | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(routes: Record<string, FakeRoute>, options: Partial<SourceOptions>) {
  api = await startFakeYouTube(routes);
  return create({ type: 'youtube', name: 'yt', apiKey: KEY, baseUrl: api.url, ...options }, []);
}

async function fetchWith(
  routes: Record<string, FakeRoute>,
  options: Partial<SourceOptions>,
): Promise<SourceResult> {
  return (await start(routes, options)).fetch(testContext(), null);
}

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  expect((err as Error).message).not.toContain(KEY);
  return err as SourceError;
}

describe('quota', () => {
  test('a quota stop after some pages keeps them, reports partialError and holds that video cursor', async () => {
    const result = await fetchWith(
      {
        [`/commentThreads?videoId=${THREAD_VIDEO}`]: THREAD,
        [`/commentThreads?videoId=${VIDEO}`]: PAGE_1,
        [`/commentThreads?videoId=${VIDEO}&pageToken=${PAGE_2_TOKEN}`]: QUOTA,
        '/comments': QUOTA,
      },
      { videoIds: [THREAD_VIDEO, VIDEO], channelId: 'UCsl2A_QzcSnFD2hpCyVwXxA' },
    );
    expect(result.partialError).toBe(QUOTA_LINE);
    expect(result.retryAt).toEqual(RESET);
    // The first video was read to the end; of the second, the threads of page 1 up to the one whose
    // replies hit the quota (the last) are kept.
    expect(result.mentions.map((m) => m.externalId)).toEqual([
      'UgydxWWoeA7F1OdqypJ4AaABAg',
      'UgyZ1jqkHKYvi1-ruOZ4AaABAg',
      'Ugy4OzAuz5uJuFt3FH54AaABAg',
      'UgysQP-vp089eFP0Stl4AaABAg',
      'UgyKv8ziPYFJDGytM_J4AaABAg',
    ]);
    expect(result.answers?.map((a) => a.externalId)).toEqual(['UgydxWWoeA7F1OdqypJ4AaABAg']);
    // Only the finished video moves on: the next scan reads the other one again from its newest comments.
    expect(JSON.parse(result.cursor!.value!)).toEqual({
      [`video:${THREAD_VIDEO}`]: '2019-06-23T08:24:24.000Z',
    });
  });

  test('a quota stop before anything was read is a plain failure', async () => {
    const err = await failure(fetchWith({ '/commentThreads': QUOTA }, { videoIds: [VIDEO] }));
    expect(err.message).toBe(QUOTA_LINE);
    expect(err.retryAt).toEqual(RESET);
  });

  test.each([
    [
      'dailyLimitExceeded',
      'yt: daily quota exceeded (403 dailyLimitExceeded); scans wait until it resets at 2026-12-02 08:00 UTC',
    ],
    [
      'rateLimitExceeded',
      'yt: rate limited (403 rateLimitExceeded); the next scan resumes from the saved cursor',
    ],
  ])('%s stops the fetch with its own reason', async (reason, message) => {
    const err = await failure(
      fetchWith(
        { '/commentThreads': { status: 403, body: googleError(403, reason) } },
        { videoIds: [VIDEO] },
      ),
    );
    expect(err.message.startsWith(message)).toBe(true);
  });
});

describe('key and project problems', () => {
  test.each([
    ['the reason keyInvalid', googleError(400, 'keyInvalid', 'Bad Request', 'usageLimits')],
    [
      "newer answers' badRequest with API_KEY_INVALID in details",
      {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          errors: [
            {
              message: 'API key not valid. Please pass a valid API key.',
              domain: 'global',
              reason: 'badRequest',
            },
          ],
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
        },
      },
    ],
  ])('a rejected key (%s) names apiKey', async (_shape, body) => {
    const err = await failure(fetchWith({ '/commentThreads': { status: 400, body } }, { videoIds: [VIDEO] }));
    expect(err.message).toMatch(/^yt: api key rejected \(400 (keyInvalid|API_KEY_INVALID)\); check `apiKey`/);
  });

  test('an api not enabled for the project says to enable youtube data api v3', async () => {
    const message =
      'YouTube Data API v3 has not been used in project 123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/youtube.googleapis.com/overview?project=123 then retry.';
    const body = googleError(403, 'accessNotConfigured', message, 'usageLimits');
    const err = await failure(fetchWith({ '/commentThreads': { status: 403, body } }, { videoIds: [VIDEO] }));
    expect(err.message).toBe(
      'yt: youtube data api v3 is not enabled for the project of `apiKey` (403 accessNotConfigured); enable it in the google cloud console under apis & services → library, then retry',
    );
  });
});

describe('problems that are only warnings', () => {
  test('a video with comments disabled is skipped with a warning; the others are read', async () => {
    const disabled = googleError(
      403,
      'commentsDisabled',
      'The video identified by the <code><a href="/youtube/v3/docs/commentThreads/list#videoId">videoId</a></code> parameter has disabled comments.',
      'youtube.commentThread',
    );
    const result = await fetchWith(
      {
        '/commentThreads?videoId=novideocomm': { status: 403, body: disabled },
        [`/commentThreads?videoId=${THREAD_VIDEO}`]: THREAD,
      },
      { videoIds: ['novideocomm', THREAD_VIDEO], channelId: 'UCsl2A_QzcSnFD2hpCyVwXxA' },
    );
    expect(result.partialError).toBeUndefined();
    expect(result.warnings).toEqual(['video novideocomm: comments are disabled; skipped']);
    expect(result.mentions.map((m) => m.externalId)).toEqual(['UgydxWWoeA7F1OdqypJ4AaABAg']);
  });

  test.each([
    [404, 'videoNotFound', 'video gone0000000: not found (404 videoNotFound); remove it from `videoIds`'],
    [
      403,
      'forbidden',
      'video gone0000000: comments cannot be read (403 forbidden; a private or restricted video); skipped',
    ],
  ])('a video answering %i %s is a warning', async (status, reason, warning) => {
    const result = await fetchWith(
      { '/commentThreads': { status, body: googleError(status, reason) } },
      { videoIds: ['gone0000000'] },
    );
    expect(result.warnings).toEqual([warning]);
    expect(result.mentions).toEqual([]);
  });
});

describe('no key or query in any message', () => {
  test("an unknown error quotes Google's message without the key, the query or HTML", async () => {
    const echoed = `Invalid value at <a href="${'http'}://proxy.test/youtube/v3/commentThreads?key=${KEY}&videoId=x">videoId</a> for ${KEY}`;
    const err = await failure(
      fetchWith(
        { '/commentThreads': { status: 400, body: googleError(400, 'invalidParameter', echoed) } },
        { videoIds: [VIDEO] },
      ),
    );
    expect(err.message).toBe(
      'yt: youtube api error (400 invalidParameter): invalid value at videoid for ***',
    );
  });

  test('a refused connection and a non-json answer name the url without its query', async () => {
    const source = await start(
      { '/commentThreads': { body: '<html>proxy login</html>' } },
      { videoIds: [VIDEO] },
    );
    const notJson = await failure(source.fetch(testContext(), null));
    expect(notJson.message).toBe(`yt: invalid json from ${api!.url}/commentThreads; check \`baseUrl\``);
    const url = api!.url;
    await api!.close();
    api = undefined;
    const refused = await failure(source.fetch(testContext(), null));
    expect(refused.message).toBe(`yt: network error (econnrefused) fetching ${url}/commentThreads`);
  });
});

describe('verify', () => {
  test('names the channel of a key the api accepts', async () => {
    const channel = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';
    const source = await start(
      { [`/channels?id=${channel}&part=snippet`]: { body: youtubeFixture('channel_info_single') } },
      { channelId: channel },
    );
    await expect(source.verify!(testContext())).resolves.toBe('key accepted; channel "Google Developers"');
    expect(api!.requests[0].query.get('key')).toBe(KEY);
  });

  test('a rejected key fails with the same message as a scan', async () => {
    const source = await start(
      { '/videos': { status: 400, body: googleError(400, 'keyInvalid', 'Bad Request', 'usageLimits') } },
      { videoIds: [VIDEO] },
    );
    const err = await failure(source.verify!(testContext()));
    expect(err.message).toMatch(/^yt: api key rejected \(400 keyInvalid\)/);
  });

  test('an unknown channel names channelId', async () => {
    const source = await start(
      { '/channels': { body: { kind: 'youtube#channelListResponse', items: [] } } }, // synthetic: no match
      { channelId: 'UCnobody' },
    );
    const err = await failure(source.verify!(testContext()));
    expect(err.message).toBe('yt: key accepted, but channel UCnobody was not found; check `channelId`');
  });
});
