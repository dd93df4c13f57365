/** e2e: a token from ${FEED_TOKEN} in a source URL never shows in output, errors or the database file. */
import fs from 'node:fs';
import path from 'node:path';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { removeDir, withDb, workspace, type Workspace } from '../helpers/e2e-setup.js';
import { acmeFeed } from '../helpers/e2e-data.js';
import type { RunResult } from '../helpers/cli.js';

const TOKEN = 'tok-9f3c2b7e41d8a6';
const ENV = { FEED_TOKEN: TOKEN };

let server: FeedServer;
let ws: Workspace;
let plain: RunResult;
let json: RunResult;

beforeAll(async () => {
  server = await startFeedServer({
    '/good.xml': { body: acmeFeed('good', 2) },
    '/denied.xml': { status: 403, body: `forbidden for token ${TOKEN}` },
    '/private.xml': { status: 401, body: 'who are you?' },
    '/slow.xml': { body: acmeFeed('slow', 1), delayMs: 60_000 },
  });
  const port = new URL(server.url).port;
  ws = workspace(
    [
      { name: 'good', url: `${server.url}/good.xml` },
      { name: 'query-token', url: `${server.url}/denied.xml?token=\${FEED_TOKEN}` },
      // No name: the default name is built from the URL and must leave the userinfo out.
      { url: `http://reader:\${FEED_TOKEN}@127.0.0.1:${port}/private.xml` },
      { name: 'slow-token', url: `${server.url}/slow.xml?key=\${FEED_TOKEN}&x=1` },
      // Nothing listens on port 9: a connection error whose message might quote the URL.
      { name: 'refused-token', url: `http://127.0.0.1:9/feed.xml?token=\${FEED_TOKEN}` },
    ],
    { timeout: '1s' },
  );
  plain = await ws.run(['scan'], { env: ENV });
  json = await ws.run(['scan', '--json'], { env: ENV });
});
afterAll(async () => {
  await server.close();
  removeDir(ws.dir);
});

test('the token is sent to the server but appears in no output of scan, list or export', async () => {
  expect(plain.code).toBe(3);
  expect(json.code).toBe(3);
  expect(plain.stderr.split('\n').filter((l) => l !== '')).toHaveLength(4);
  // The interpolation really happened: the server saw the token in the query and in basic auth.
  expect(server.requests.some((r) => r.path === `/denied.xml?token=${TOKEN}`)).toBe(true);
  const auth = server.requests.find((r) => r.path === '/private.xml')?.headers.authorization;
  expect(Buffer.from(String(auth).replace(/^Basic /, ''), 'base64').toString()).toBe(`reader:${TOKEN}`);

  const summary = JSON.parse(json.stdout) as { sources: { source: string; ok: boolean; error?: string }[] };
  expect(summary.sources.filter((s) => !s.ok)).toHaveLength(4);
  const list = await ws.run(['list', '--all', '--json'], { env: ENV });
  const exported = await ws.run(['export', '--all', '--format', 'csv'], { env: ENV });
  for (const r of [plain, json, list, exported]) {
    expect(r.stdout).not.toContain(TOKEN);
    expect(r.stderr).not.toContain(TOKEN);
  }
});

test('the token is in no column and no byte of the database file', async () => {
  const files = fs.readdirSync(ws.dir).filter((f) => f.startsWith('mentions.db'));
  expect(files).toContain('mentions.db');
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(ws.dir, f));
    expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
    expect(bytes.includes(Buffer.from(TOKEN, 'utf16le'))).toBe(false);
  }
  const found = withDb(ws.db, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    const hits: string[] = [];
    let errors = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'string' && value.includes(TOKEN)) hits.push(`${table}.${column}`);
          if (table === 'source_state' && column === 'last_error' && typeof value === 'string') errors++;
        }
      }
    }
    return { hits, errors };
  });
  expect(found.hits).toEqual([]);
  // The failures were recorded (so the check above looked at real error messages).
  expect(found.errors).toBe(4);
});
