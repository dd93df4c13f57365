/** e2e: a scan killed with SIGKILL mid-way loses and duplicates nothing; concurrent scans take turns. */
import { startFeedServer, type FeedServer, type FeedRouteHandler } from '../helpers/feed-server.js';
import { confinedEnv, removeDir, spawnBin, withDb, workspace, type Workspace } from '../helpers/e2e-setup.js';
import { acmeFeed } from '../helpers/e2e-data.js';

const FEEDS = 40;
const ITEMS = 5;

let server: FeedServer;
const dirs: string[] = [];
/** Feeds answer staggered until the first scan is killed, then at once, so the rescan is quick. */
let stagger = true;

beforeAll(async () => {
  const routes: Record<string, FeedRouteHandler> = {};
  for (let i = 0; i < FEEDS; i++) {
    const body = acmeFeed(`crash${i}`, ITEMS);
    routes[`/crash-${i}.xml`] = () => ({ body, delayMs: stagger ? 100 + 40 * i : 0 });
  }
  for (let i = 0; i < 8; i++) routes[`/busy-${i}.xml`] = { body: acmeFeed(`busy${i}`, ITEMS), delayMs: 150 };
  server = await startFeedServer(routes);
});
afterAll(async () => {
  await server.close();
  dirs.forEach(removeDir);
});

function feeds(prefix: string, count: number): Workspace {
  const sources = Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i}`,
    url: `${server.url}/${prefix}-${i}.xml`,
  }));
  const ws = workspace(sources, { concurrency: prefix === 'crash' ? 4 : 2 });
  dirs.push(ws.dir);
  return ws;
}

/** How many sources have stored rows, or -1 while the database is not readable yet. */
function sourcesWithRows(file: string): number {
  try {
    return withDb(
      file,
      (db) => db.prepare('SELECT count(DISTINCT source) FROM mentions').pluck().get() as number,
    );
  } catch {
    return -1;
  }
}

/** Checks the store after all scans: every item once, and a sound file. */
function expectSound(file: string, total: number): void {
  withDb(file, (db) => {
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(total);
    const dupes = db
      .prepare('SELECT source, external_id FROM mentions GROUP BY source, external_id HAVING count(*) > 1')
      .all();
    expect(dupes).toEqual([]);
    expect(db.prepare('SELECT count(DISTINCT url) FROM mentions').pluck().get()).toBe(total);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM locks').pluck().get()).toBe(0);
  });
}

test('scan killed with SIGKILL part-way, then scanned again: every item exactly once', async () => {
  const ws = feeds('crash', FEEDS);
  const scan = spawnBin(['--config', ws.config, 'scan'], { cwd: ws.dir, env: confinedEnv(ws.dir) });
  let stored = -1;
  const deadline = Date.now() + 20_000;
  while (stored < 3 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    stored = sourcesWithRows(ws.db);
  }
  scan.child.kill('SIGKILL');
  const killed = await scan.done;
  stagger = false;
  expect(killed.code).toBeNull();
  const afterKill = sourcesWithRows(ws.db);
  expect(afterKill).toBeGreaterThanOrEqual(3);
  expect(afterKill).toBeLessThan(FEEDS);
  // Each source's batch is one transaction: a source is stored whole or not at all.
  withDb(ws.db, (db) => {
    const partial = db
      .prepare('SELECT source FROM mentions GROUP BY source HAVING count(*) <> ?')
      .pluck()
      .all(ITEMS);
    expect(partial).toEqual([]);
  });

  const again = await ws.run(['scan']);
  expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  expectSound(ws.db, FEEDS * ITEMS);
  withDb(ws.db, (db) => {
    const healthy = db.prepare(
      'SELECT count(*) FROM source_state WHERE consecutive_errors = 0 AND last_ok_at IS NOT NULL',
    );
    expect(healthy.pluck().get()).toBe(FEEDS);
  });
});

test('two scans started at once both exit 0: the second waits for the lock', async () => {
  const ws = feeds('busy', 8);
  const before = server.requests.length;
  const args = ['--config', ws.config, 'scan', '--json'];
  const a = spawnBin(args, { cwd: ws.dir, env: confinedEnv(ws.dir) });
  const b = spawnBin(args, { cwd: ws.dir, env: confinedEnv(ws.dir) });
  const results = await Promise.all([a.done, b.done]);
  for (const r of results) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const inserted = results.map(
    (r) => (JSON.parse(r.stdout) as { totals: { inserted: number } }).totals.inserted,
  );
  expect(inserted.sort((x, y) => x - y)).toEqual([0, 8 * ITEMS]);
  // One scan at a time: the first eight requests are one per feed, then the waiting scan's eight.
  const paths = server.requests.slice(before).map((r) => r.path);
  expect(paths).toHaveLength(16);
  expect(new Set(paths.slice(0, 8)).size).toBe(8);
  expectSound(ws.db, 8 * ITEMS);
});
