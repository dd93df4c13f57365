/** `mentions scan` on a terminal while a source waits out its server's Retry-After. */
import fs from 'node:fs';
import path from 'node:path';
import { runInProcess } from '../helpers/cli.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { tempDir } from '../helpers/temp-dir.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    '/busy.xml': { status: 429, headers: { 'Retry-After': '600' }, body: 'slow down' },
  });
});
afterAll(() => server.close());

// No columns: the spinner (ora) needs a real terminal.
test('on a terminal a waiting source is said once, in the summary, and not again on stderr', async () => {
  const dir = tempDir('waiting');
  const config = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(
    config,
    [
      'database: ./m.db',
      'brands: [{ name: Acme, keywords: [acme] }]',
      `sources: [{ type: rss, name: busy, url: "${server.url}/busy.xml" }]`,
    ].join('\n'),
  );
  const now = new Date('2026-11-24T12:00:00Z');
  const first = await runInProcess(['--config', config, 'scan'], { now, tty: true, columns: 0 });
  expect(first.code).toBe(3);
  expect(first.stderr).toContain('rate limited until 12:10 UTC (Retry-After); scans wait until then');

  const later = new Date('2026-11-24T12:05:00Z');
  const waiting = await runInProcess(['--config', config, 'scan'], {
    now: later,
    tty: true,
    columns: 0,
    env: { NO_COLOR: '1' },
  });
  expect(waiting.code).toBe(0);
  expect(waiting.stdout).toContain(
    '– busy    not fetched: waiting until 12:10 UTC, when its rate limit or quota ends',
  );
  expect(waiting.stderr).not.toContain('waiting until');
  // Piped, there is no summary: the line goes to stderr on a terminal only, so cron stays quiet.
  const piped = await runInProcess(['--config', config, 'scan'], { now: later });
  expect(piped).toMatchObject({ code: 0, stdout: '', stderr: '' });
});
