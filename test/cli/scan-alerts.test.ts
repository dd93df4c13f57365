import fs from 'node:fs';
import os from 'node:os';
import { openDatabase } from '../../src/store/db.js';
import path from 'node:path';
import { runInProcess, ROOT } from '../helpers/cli.js';
import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const now = new Date('2026-11-24T12:00:00Z');
let hook: WebhookServer;
let failing = false;

beforeAll(async () => {
  hook = await startWebhookServer(() => (failing ? { status: 500, body: 'down' } : { status: 200 }));
});
afterAll(() => hook.close());

function setup(): string {
  const dir = tempDir('alerts');
  fs.copyFileSync(path.join(ROOT, 'examples/feeds/acme-mentions.xml'), path.join(dir, 'acme.xml'));
  const file = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(
    file,
    [
      'database: ./m.db',
      'brands: [{ name: Acme, keywords: [acme, "#acmefail"], exclude: ["acme corp careers"], handles: { twitter: acmehelp } }]',
      'sources: [{ type: rss, name: acme, url: acme.xml }]',
      'notify:',
      `  - { type: webhook, name: hook, url: "${hook.url}/alerts", on: [new-complaint] }`,
    ].join('\n'),
  );
  return file;
}

test('a scan alerts each new complaint once; a failing channel makes the scan exit 3', async () => {
  const config = setup();
  const first = await runInProcess(['--config', config, 'scan', '--json'], { now });
  expect(first.code).toBe(0);
  const summary = JSON.parse(first.stdout);
  const complaints = summary.totals.complaints as number;
  expect(complaints).toBeGreaterThan(0);
  expect(summary.alerts).toEqual({ sent: complaints, failed: [] });
  const bodies = (await hook.received(complaints)).map((r) => JSON.parse(r.body));
  expect(bodies.every((b) => b.kind === 'new-complaint' && b.mention.brand === 'Acme')).toBe(true);

  const again = await runInProcess(['--config', config, 'scan', '--json'], { now });
  expect(JSON.parse(again.stdout).alerts.sent).toBe(0);
  expect(hook.requests).toHaveLength(complaints);

  failing = true;
  const other = setup();
  const failed = await runInProcess(['--config', other, 'scan'], { now });
  failing = false;
  expect(failed.code).toBe(3);
  expect(failed.stderr).toMatch(/^mentions: alert channel hook: .*500/m);
});

/**
 * A scanned database with late complaints, then a channel added, so that check is the one that finds
 * them; returns the config file and its directory.
 */
async function scannedThenChannel(channel: string): Promise<{ dir: string; config: string }> {
  const dir = tempDir('alerts');
  fs.copyFileSync(path.join(ROOT, 'examples/feeds/acme-mentions.xml'), path.join(dir, 'acme.xml'));
  const config = path.join(dir, 'mentions.yaml');
  const base = [
    'database: ./m.db',
    'sla: { firstResponse: 1h, max: 30d }',
    'brands: [{ name: Acme, keywords: [acme], exclude: ["acme corp careers"] }]',
    'sources: [{ type: rss, name: acme, url: acme.xml }]',
  ];
  fs.writeFileSync(config, base.join('\n'));
  expect((await runInProcess(['--config', config, 'scan'], { now })).code).toBe(0);
  fs.writeFileSync(config, [...base, 'notify:', channel].join('\n'));
  return { dir, config };
}

test('check alerts open complaints crossing their SLA, once', async () => {
  const { config } = await scannedThenChannel(
    `  - { type: webhook, name: sla, url: "${hook.url}/sla", on: [first-response] }`,
  );
  const before = hook.requests.length;
  const check = await runInProcess(['--config', config, 'check'], { now });
  expect(check.code).toBe(4);
  const late = check.stdout.trim().split('\n').length;
  const alerts = hook.requests.slice(before).map((r) => JSON.parse(r.body));
  expect(alerts).toHaveLength(late);
  expect(alerts.every((a) => a.kind === 'first-response')).toBe(true);
  const again = await runInProcess(['--config', config, 'check'], { now });
  expect(again.code).toBe(4);
  expect(hook.requests.length).toBe(before + late);
});

/**
 * Has a live process (this test's parent) hold the alert lock of the database in `dir`, as a scan
 * delivering alerts would, until `release`.
 */
function holdAlertLock(dir: string): { release(): void } {
  const db = openDatabase(path.join(dir, 'm.db'));
  db.prepare('INSERT INTO locks (name, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(
    'alerts',
    process.ppid,
    os.hostname(),
    now.getTime(),
  );
  return {
    release() {
      db.prepare('DELETE FROM locks WHERE name = ?').run('alerts');
      db.close();
    },
  };
}

test('while another process sends alerts, check leaves them to it; they go out once', async () => {
  const { dir, config } = await scannedThenChannel(
    `  - { type: webhook, name: held, url: "${hook.url}/held", on: [first-response] }`,
  );
  const lock = holdAlertLock(dir);
  const before = hook.requests.length;
  const held = await runInProcess(['--config', config, 'check', '--wait', '0'], { now });
  expect(held.code).toBe(4);
  expect(hook.requests.length).toBe(before);

  lock.release();
  const late = held.stdout.trim().split('\n').length;
  expect((await runInProcess(['--config', config, 'check'], { now })).code).toBe(4);
  expect(hook.requests.length).toBe(before + late);
  const bad = await runInProcess(['--config', config, 'check', '--wait', 'soon'], { now });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--wait "soon": give a number of seconds/);
});

test("a scan that finds another process sending keeps its new complaints' alerts for the next run", async () => {
  const config = setup();
  const dir = path.dirname(config);
  const lock = holdAlertLock(dir);
  const before = hook.requests.length;
  const scan = await runInProcess(['--config', config, 'scan', '--json', '--wait', '0'], { now });
  expect(scan.code).toBe(0);
  const complaints = JSON.parse(scan.stdout).totals.complaints as number;
  expect(complaints).toBeGreaterThan(0);
  expect(hook.requests.length).toBe(before);

  lock.release();
  expect((await runInProcess(['--config', config, 'check'], { now })).code).toBeLessThan(6);
  const sent = hook.requests.slice(before).map((r) => JSON.parse(r.body));
  expect(sent).toHaveLength(complaints);
  expect(sent.every((a) => a.kind === 'new-complaint')).toBe(true);
});
