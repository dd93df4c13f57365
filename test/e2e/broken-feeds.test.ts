/**
 * e2e: broken sources fail alone (exit 3, one stderr line each); when every source fails, exit 1; a
 * rate-limited one is left alone until its Retry-After.
 */
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { listAll, removeDir, workspace, type SourceSpec } from '../helpers/e2e-setup.js';
import { acmeFeed } from '../helpers/e2e-data.js';

const TRUNCATED = acmeFeed('cut', 3).slice(0, 420);

let server: FeedServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startFeedServer({
    '/good-one.xml': { body: acmeFeed('one', 3) },
    '/good-two.xml': { body: acmeFeed('two', 2) },
    '/error.xml': { status: 500, body: 'internal error' },
    '/page.html': {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!DOCTYPE html><html><head><title>Acme</title></head><body>Acme home</body></html>',
    },
    '/truncated.xml': { body: TRUNCATED },
    // Far longer than the configured timeout; the server drops it when the test ends.
    '/hangs.xml': { body: acmeFeed('late', 1), delayMs: 60_000 },
    '/busy.xml': { status: 429, headers: { 'Retry-After': '600' }, body: 'slow down' },
  });
});
afterAll(async () => {
  await server.close();
  dirs.forEach(removeDir);
});

const FAILING: SourceSpec[] = [
  { name: 'broken-500', url: '/error.xml' },
  { name: 'html-page', url: '/page.html' },
  { name: 'cut-short', url: '/truncated.xml' },
  { name: 'never-answers', url: '/hangs.xml' },
];
const GOOD: SourceSpec[] = [
  { name: 'good-one', url: '/good-one.xml' },
  { name: 'good-two', url: '/good-two.xml' },
];

function at(specs: SourceSpec[]): SourceSpec[] {
  return specs.map((s) => ({ ...s, url: `${server.url}${s.url}` }));
}

test('failing sources exit 3 with one stderr line each; the good ones are stored', async () => {
  const ws = workspace(at([GOOD[0], ...FAILING, GOOD[1]]), { timeout: '1s' });
  dirs.push(ws.dir);
  const r = await ws.run(['scan']);
  expect(r.code).toBe(3);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(FAILING.length);
  for (const source of FAILING) {
    expect(lines.filter((l) => l.includes(source.name!))).toHaveLength(1);
  }
  expect(lines.find((l) => l.includes('broken-500'))).toMatch(/500/);
  expect(lines.find((l) => l.includes('html-page'))).toMatch(/html/i);
  expect(lines.find((l) => l.includes('never-answers'))).toMatch(/timed out/);
  expect(r.stderr).not.toMatch(/good-(one|two)/);

  const stored = await listAll(ws);
  expect(stored.map((m) => m.source).sort()).toEqual([
    'good-one',
    'good-one',
    'good-one',
    'good-two',
    'good-two',
  ]);
});

test('scan --json marks the failed sources and still exits 3', async () => {
  const ws = workspace(at([GOOD[0], FAILING[0], FAILING[2]]), { timeout: '1s' });
  dirs.push(ws.dir);
  const r = await ws.run(['scan', '--json']);
  expect(r.code).toBe(3);
  const summary = JSON.parse(r.stdout) as {
    sources: { source: string; ok: boolean; error?: string }[];
    totals: { failed: number; inserted: number };
  };
  expect(summary.totals).toMatchObject({ failed: 2, inserted: 3 });
  const failed = summary.sources.filter((s) => !s.ok).map((s) => s.source);
  expect(failed.sort()).toEqual(['broken-500', 'cut-short']);
  expect(summary.sources.every((s) => s.ok || typeof s.error === 'string')).toBe(true);
});

test('when every source fails, scan exits 1 and stores nothing', async () => {
  const ws = workspace(at(FAILING), { timeout: '1s' });
  dirs.push(ws.dir);
  const r = await ws.run(['scan']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(FAILING.length);
  expect(await listAll(ws)).toEqual([]);
});

test('a feed that answered 429 with Retry-After is not asked again until then, and that is no failure', async () => {
  const ws = workspace(at([GOOD[0], { name: 'busy', url: '/busy.xml' }]), { timeout: '1s' });
  dirs.push(ws.dir);
  const first = await ws.run(['scan']);
  expect(first.code).toBe(3);
  expect(first.stderr).toMatch(
    /busy: http 429 .*rate limited until \d\d:\d\d UTC \(Retry-After\); scans wait until then/,
  );
  const asked = () => server.requests.filter((r) => r.path === '/busy.xml').length;
  const before = asked();

  const second = await ws.run(['scan', '--json']);
  expect(second.code).toBe(0);
  expect(second.stderr).toBe('');
  expect(asked()).toBe(before);
  const summary = JSON.parse(second.stdout) as {
    sources: { source: string; ok: boolean; waitingUntil?: string }[];
    totals: { failed: number };
  };
  const busy = summary.sources.find((s) => s.source === 'busy');
  expect(busy).toMatchObject({ ok: true, waitingUntil: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  const wait = Date.parse(busy!.waitingUntil!) - Date.now();
  expect(wait).toBeGreaterThan(500_000);
  expect(wait).toBeLessThanOrEqual(600_000);
  expect(summary.totals.failed).toBe(0);
});

test('a lone feed told to wait exits 3, not 1: it is parked, not broken', async () => {
  const ws = workspace(at([{ name: 'busy', url: '/busy.xml' }]), { timeout: '1s' });
  dirs.push(ws.dir);
  const r = await ws.run(['scan', '--json']);
  expect(r.code).toBe(3);
  const summary = JSON.parse(r.stdout) as { sources: { ok: boolean; retryAt?: string }[] };
  expect(summary.sources[0]).toMatchObject({ ok: false, retryAt: expect.stringMatching(/^\d{4}-/) });
});
