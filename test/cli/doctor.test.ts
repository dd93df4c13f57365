import fs from 'node:fs';
import path from 'node:path';
import { runInProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import {
  startFakeYouTube,
  youtubeFixture,
  googleError,
  type FakeYouTube,
} from '../helpers/fake-youtube-api.js';

const KEY = 'AIzaSy-doctor-test-key-123';
const channel = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';
let api: FakeYouTube;
let accept = true;

beforeAll(async () => {
  api = await startFakeYouTube({
    [`/channels?id=${channel}&part=snippet`]: () =>
      accept
        ? { body: youtubeFixture('channel_info_single') }
        : { status: 400, body: googleError(400, 'keyInvalid', 'Bad Request', 'usageLimits') },
  });
});
afterAll(() => api.close());

function config(): string {
  const dir = tempDir('doctor');
  const file = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(
    file,
    [
      'database: ./m.db',
      'brands: [{ name: Acme, keywords: [acme] }]',
      'sources:',
      '  - { type: rss, name: feed, url: feed.xml }',
      `  - { type: youtube, name: yt, apiKey: "\${YT_KEY}", channelId: ${channel}, baseUrl: "${api.url}" }`,
    ].join('\n'),
  );
  return file;
}

test('doctor checks each source online and never prints the key', async () => {
  accept = true;
  const r = await runInProcess(['--config', config(), 'doctor', '--json'], { env: { YT_KEY: KEY } });
  expect(r.code).toBe(0);
  const checks = JSON.parse(r.stdout) as { what: string; ok: boolean; detail: string }[];
  expect(checks.map((c) => [c.what, c.ok])).toEqual([
    ['config', true],
    ['database', true],
    ['disk', true],
    ['feed', true],
    ['yt', true],
  ]);
  // The space on the file system of the database's own directory, not of the working directory.
  expect(checks[2].detail).toMatch(/^\d+(?:\.\d)? (?:MiB|GiB|TiB) free in \/.*doctor/);
  expect(checks[4].detail).toBe('key accepted; channel "Google Developers"');
  expect(r.stdout + r.stderr).not.toContain(KEY);
});

test('a refused key fails the check (exit 1) without printing it; --offline only checks presence', async () => {
  accept = false;
  const r = await runInProcess(['--config', config(), 'doctor', '--json'], { env: { YT_KEY: KEY } });
  expect(r.code).toBe(1);
  const yt = (JSON.parse(r.stdout) as { what: string; ok: boolean; detail: string }[]).find(
    (c) => c.what === 'yt',
  );
  expect(yt).toMatchObject({ ok: false, detail: expect.stringMatching(/api key rejected/) });
  expect(r.stdout + r.stderr).not.toContain(KEY);
  const offline = await runInProcess(['--config', config(), 'doctor', '--offline', '--json'], {
    env: { YT_KEY: KEY },
  });
  expect(offline.code).toBe(0);
  expect(offline.stdout).toContain('credentials present (not checked online)');
});

test('a missing credential variable is a config error naming it (exit 2)', async () => {
  const r = await runInProcess(['--config', config(), 'doctor'], { env: {} });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /sources\[1\]\.apiKey: uses \$\{YT_KEY\} but the environment variable YT_KEY is not set/,
  );
});
