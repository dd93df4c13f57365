/** e2e: `scan` of the real Google Alerts sample served over HTTP, then `list` of what it stored. */
import fs from 'node:fs';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import {
  SLACK_ALERTS,
  SLACK_BRAND,
  listAll,
  removeDir,
  runJson,
  workspace,
  type Workspace,
} from '../helpers/e2e-setup.js';

interface ScanSummary {
  sources: { source: string; ok: boolean; inserted: number; fetched: number }[];
  totals: { sources: number; failed: number; inserted: number; duplicates: number };
}

let server: FeedServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startFeedServer({ '/alerts/slack.xml': { body: fs.readFileSync(SLACK_ALERTS) } });
});
afterAll(async () => {
  await server.close();
  dirs.forEach(removeDir);
});

function alertsWorkspace(): Workspace {
  const ws = workspace(
    [{ type: 'google-alerts', name: 'alerts-slack', url: `${server.url}/alerts/slack.xml`, brand: 'Slack' }],
    { brands: SLACK_BRAND },
  );
  dirs.push(ws.dir);
  return ws;
}

test('scan --json stores the 20 alert entries with unwrapped urls and plain-text titles', async () => {
  const ws = alertsWorkspace();
  const before = server.requests.length;
  const summary = await runJson<ScanSummary>(ws, ['scan', '--json']);
  expect(summary.totals).toMatchObject({ sources: 1, failed: 0, inserted: 20, duplicates: 0 });
  expect(summary.sources[0]).toMatchObject({ source: 'alerts-slack', ok: true, inserted: 20 });

  const sent = server.requests.slice(before);
  expect(sent).toHaveLength(1);
  expect(String(sent[0].headers['user-agent'])).toMatch(/^mentions\//);

  const mentions = await listAll(ws);
  expect(mentions).toHaveLength(20);
  for (const m of mentions) {
    expect(m).toMatchObject({ source: 'alerts-slack', sourceType: 'google-alerts', brand: 'Slack' });
    expect(m.url).toMatch(/^https?:\/\//);
    expect(m.url).not.toContain('google.com/url');
    expect(m.title).not.toMatch(/<\/?b>|&lt;|&gt;|&amp;/);
    expect(m.text).not.toMatch(/<\/?b>|&nbsp;/);
  }
  expect(new Set(mentions.map((m) => m.externalId)).size).toBe(20);
});

test('scan without --json is silent when piped (cron), and so is a rescan', async () => {
  const ws = alertsWorkspace();
  const first = await ws.run(['scan']);
  expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
  const again = await ws.run(['scan']);
  expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(await listAll(ws)).toHaveLength(20);
});
