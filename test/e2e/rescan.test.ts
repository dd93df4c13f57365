/** e2e: a second scan stores nothing new, counts duplicates, and revalidates an ETag feed with a 304. */
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { listAll, removeDir, runJson, workspace, type Workspace } from '../helpers/e2e-setup.js';
import { acmeFeed } from '../helpers/e2e-data.js';

interface SourceSummary {
  source: string;
  ok: boolean;
  notModified: boolean;
  fetched: number;
  inserted: number;
  duplicates: number;
}
interface ScanSummary {
  sources: SourceSummary[];
  totals: { sources: number; failed: number; fetched: number; inserted: number; duplicates: number };
}

const ETAG = '"acme-v1"';
let server: FeedServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startFeedServer({
    '/plain.xml': { body: acmeFeed('plain', 4) },
    '/tagged.xml': { body: acmeFeed('tagged', 3), etag: ETAG },
  });
  ws = workspace([
    { name: 'plain', url: `${server.url}/plain.xml` },
    { name: 'tagged', url: `${server.url}/tagged.xml` },
  ]);
});
afterAll(async () => {
  await server.close();
  removeDir(ws.dir);
});

function bySource(summary: ScanSummary): Record<string, SourceSummary> {
  return Object.fromEntries(summary.sources.map((s) => [s.source, s]));
}

test('the second scan stores 0 new, counts duplicates, and sends If-None-Match', async () => {
  const first = await runJson<ScanSummary>(ws, ['scan', '--json']);
  expect(first.totals).toMatchObject({ sources: 2, failed: 0, inserted: 7, duplicates: 0 });
  const firstTagged = server.requests.filter((r) => r.path === '/tagged.xml');
  expect(firstTagged).toHaveLength(1);
  expect(firstTagged[0].headers['if-none-match']).toBeUndefined();
  const stored = await listAll(ws);
  expect(stored).toHaveLength(7);

  const second = await runJson<ScanSummary>(ws, ['scan', '--json']);
  expect(second.totals).toMatchObject({ sources: 2, failed: 0, inserted: 0, duplicates: 4 });
  const s = bySource(second);
  expect(s.plain).toMatchObject({ ok: true, notModified: false, fetched: 4, inserted: 0, duplicates: 4 });
  expect(s.tagged).toMatchObject({ ok: true, notModified: true, inserted: 0 });

  const tagged = server.requests.filter((r) => r.path === '/tagged.xml');
  expect(tagged).toHaveLength(2);
  expect(tagged[1].headers['if-none-match']).toBe(ETAG);

  expect((await listAll(ws)).map((m) => m.id)).toEqual(stored.map((m) => m.id));
});

test('a third scan still sends the saved ETag after a 304', async () => {
  const third = await runJson<ScanSummary>(ws, ['scan', '--json']);
  expect(bySource(third).tagged).toMatchObject({ ok: true, notModified: true });
  const tagged = server.requests.filter((r) => r.path === '/tagged.xml');
  expect(tagged[tagged.length - 1].headers['if-none-match']).toBe(ETAG);
  expect(await listAll(ws)).toHaveLength(7);
});
