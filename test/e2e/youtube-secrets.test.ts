/**
 * e2e: the built binary reads two videos from the fake YouTube API with the key from the environment
 * (`${YOUTUBE_API_KEY}`), which the API takes only as a `key` query parameter. The fake refuses the key,
 * then serves the recorded threads (the channel's reply answering a comment), then runs out of quota on a
 * second page, then answers an error that quotes the key. The key must be in no output and no byte of the
 * database, while every request did carry it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runBin, type RunResult } from '../helpers/cli.js';
import { confinedEnv, removeDir, tempDir } from '../helpers/e2e-setup.js';
import {
  googleError,
  startFakeYouTube,
  youtubeFixture,
  youtubeJson,
  type FakeAnswer,
  type FakeRequest,
  type FakeYouTube,
} from '../helpers/fake-youtube-api.js';

const KEY = 'AIzaSyE2eSecretYoutubeKey-7f3a9c1d5b2e';
// The reply in commentThread_item_with_replies is by this channel; configured as ours, it is our answer.
const CHANNEL = 'UCsl2A_QzcSnFD2hpCyVwXxA';
const DEV_CHANNEL = 'UC_x5XG1OV2P6uZZ5FSM9Ttw'; // the channel of channel_info_single
const PAGE_2 = youtubeJson<{ nextPageToken: string }>('commentThreads_by_video_paged_1').nextPageToken;
let mode: 'refuse' | 'serve' | 'quota' | 'echo' = 'refuse';
let api: FakeYouTube;
let dir: string;

function answer(request: FakeRequest): FakeAnswer {
  if (mode === 'refuse')
    return { status: 400, body: googleError(400, 'keyInvalid', 'Bad Request', 'usageLimits') };
  if (mode === 'echo') {
    const message = `Invalid request https://www.googleapis.com/youtube/v3/commentThreads?key=${KEY} (key ${KEY})`;
    return { status: 400, body: googleError(400, 'invalidParameter', message) };
  }
  const video = request.query.get('videoId');
  if (request.resource === '/channels') return { body: youtubeFixture('channel_info_single') };
  if (video === 'D-lhorsDlUQ') return { body: { items: [youtubeJson('commentThread_item_with_replies')] } };
  if (video === 'F1UP7wRCPH8' && !request.query.has('pageToken')) {
    return { body: youtubeFixture('commentThreads_by_video_paged_1') };
  }
  if (request.query.get('pageToken') === PAGE_2) {
    if (mode === 'quota')
      return { status: 403, body: googleError(403, 'quotaExceeded', 'quota', 'youtube.quota') };
    return { body: youtubeFixture('commentThreads_by_video_paged_2') };
  }
  return { status: 404, body: googleError(404, 'notFound', 'Requested entity was not found.', 'global') };
}

function config(channelId: string): string {
  return [
    'database: ./mentions.db',
    'timeout: 10s',
    'brands:',
    '  - name: Acme',
    '    keywords: [acme]',
    `    handles: { youtube: ${CHANNEL} }`,
    'sources:',
    '  - type: youtube',
    '    name: yt',
    '    apiKey: ${YOUTUBE_API_KEY}',
    `    channelId: ${channelId}`,
    '    videoIds: [D-lhorsDlUQ, F1UP7wRCPH8]',
    `    baseUrl: ${api.url}`,
    '',
  ].join('\n');
}

beforeAll(async () => {
  api = await startFakeYouTube({ '/commentThreads': answer, '/comments': answer, '/channels': answer });
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'mentions.yaml'), config(CHANNEL));
  fs.writeFileSync(path.join(dir, 'doctor.yaml'), config(DEV_CHANNEL));
});
afterAll(async () => {
  await api.close();
  removeDir(dir);
});

const run = (args: string[], file = 'mentions.yaml'): Promise<RunResult> =>
  runBin(['--config', path.join(dir, file), ...args], {
    cwd: dir,
    env: confinedEnv(dir, { YOUTUBE_API_KEY: KEY }),
  });

function expectNoKey(...runs: RunResult[]): void {
  for (const r of runs) expect(`${r.stdout}\n${r.stderr}`).not.toContain(KEY);
  const files = fs.readdirSync(dir).filter((f) => f.startsWith('mentions.db'));
  expect(files).toContain('mentions.db');
  for (const file of files) expect(fs.readFileSync(path.join(dir, file)).includes(KEY)).toBe(false);
}

test('a refused key, a good scan, a quota stop and an error quoting the key leak the key nowhere', async () => {
  const refused = await run(['scan']);
  expect(refused.code).toBe(1); // the only source failed
  expect(refused.stderr).toContain('yt: api key rejected (400 keyInvalid); check `apiKey`');

  mode = 'serve';
  const served = await run(['scan', '--json']);
  expect(served.code).toBe(0);
  const summary = JSON.parse(served.stdout) as { sources: Array<Record<string, unknown>> };
  expect(summary.sources[0]).toMatchObject({ source: 'yt', ok: true, inserted: 6, autoAnswered: 1 });
  const listed = await run(['list', '--all', '--json']);
  const mentions = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
  expect(mentions).toHaveLength(6);
  expect(mentions.find((m) => m.externalId === 'UgydxWWoeA7F1OdqypJ4AaABAg')).toMatchObject({
    status: 'answered',
    answeredBy: 'auto',
    answeredAt: '2019-07-20T20:22:27.000Z',
    brand: 'Acme',
    author: 'Loren Robilio',
  });

  mode = 'echo';
  const echoed = await run(['scan']);
  expect(echoed.code).toBe(1);
  expect(echoed.stderr).toContain('yt: youtube api error (400 invalidParameter)');

  mode = 'quota';
  const limited = await run(['scan']);
  expect(limited.code).toBe(3); // what was read is stored: a partial failure
  expect(limited.stderr).toMatch(
    /yt: daily quota exceeded \(403 quotaExceeded\); scans wait until it resets at (?:\d{4}-\d\d-\d\d )?\d\d:00 UTC \(midnight Pacific time\) and then resume/,
  );
  // Until the reset, scans leave the source alone: no request, no failure.
  const asked = api.requests.length;
  const waiting = await run(['scan']);
  expect(waiting.code).toBe(0);
  expect(api.requests.length).toBe(asked);

  expectNoKey(refused, served, listed, limited, echoed, waiting);
  expect(api.requests.length).toBeGreaterThan(0);
  expect(api.requests.every((r) => r.query.get('key') === KEY)).toBe(true);
});

test('doctor names the channel without printing the key', async () => {
  mode = 'serve';
  const ok = await run(['doctor', '--json'], 'doctor.yaml');
  const checks = JSON.parse(ok.stdout) as Array<{ what: string; ok: boolean; detail: string }>;
  expect(checks.find((c) => c.what === 'yt')).toEqual({
    what: 'yt',
    ok: true,
    detail: 'key accepted; channel "Google Developers"',
  });
  mode = 'refuse';
  const refused = await run(['doctor', '--json'], 'doctor.yaml');
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('yt: api key rejected (400 keyInvalid)');
  expectNoKey(ok, refused);
});
