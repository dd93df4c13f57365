import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/store/db.js';
import { saveSourceBatch } from '../../src/store/source-state.js';
import { newMention } from '../helpers/mentions.js';
import { runInProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const now = new Date('2026-11-24T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

function setup(slaYaml: string, mentions: Parameters<typeof newMention>[0][]): string {
  const dir = tempDir('check');
  const config = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(
    config,
    `database: ./m.db\n${slaYaml}\nbrands:\n  - name: Acme\n    keywords: [acme]\n  - name: Beta\n    keywords: [beta]\n    sla: { firstResponse: 10m }\nsources:\n  - type: rss\n    name: feed\n    url: feed.xml\n  - type: rss\n    name: tweets\n    url: tweets.xml\n    sla: { firstResponse: 5m, max: 30m }\n`,
  );
  const db = openDatabase(path.join(dir, 'm.db'));
  saveSourceBatch(
    db,
    'feed',
    mentions.map((m, i) => newMention({ source: 'feed', externalId: `m${i}`, ...m })),
    null,
    now,
  );
  db.close();
  return config;
}

test('no breach: prints nothing and exits 0', async () => {
  const config = setup('sla: { firstResponse: 1h, max: 24h }', [
    { createdAt: ago(30) },
    { createdAt: ago(600), status: 'answered' },
  ]);
  const r = await runInProcess(['--config', config, 'check'], { now });
  expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('past first response: exit 4 and NDJSON of the breaches; past max: exit 5', async () => {
  const config = setup('sla: { firstResponse: 1h, max: 24h }', [
    { createdAt: ago(90), text: 'acme refund please' },
    { createdAt: ago(30) },
    { createdAt: ago(90), complaint: false, question: true, text: 'how do I reset my acme password?' },
    { createdAt: ago(90), complaint: false, question: false, text: 'acme is fine' },
  ]);
  const r = await runInProcess(['--config', config, 'check'], { now });
  expect(r.code).toBe(4);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => [l.externalId, l.slaLevel])).toEqual([
    ['m0', 'firstResponse'],
    ['m2', 'firstResponse'],
  ]);
  const late = setup('sla: { firstResponse: 1h, max: 24h }', [
    { createdAt: ago(25 * 60) },
    { createdAt: ago(90) },
  ]);
  expect((await runInProcess(['--config', late, 'check'], { now })).code).toBe(5);
});

test('per-brand and per-source SLAs override the global one', async () => {
  const config = setup('sla: { firstResponse: 1h, max: 24h }', [
    { createdAt: ago(15), brand: 'Beta' },
    { createdAt: ago(15), brand: 'Acme' },
  ]);
  const r = await runInProcess(['--config', config, 'check', '--json'], { now });
  expect(r.code).toBe(4);
  expect(JSON.parse(r.stdout).map((m: { brand: string }) => m.brand)).toEqual(['Beta']);
});

test('business hours: only working time counts, and both ages are shown', async () => {
  // Tuesday 12:00 UTC; posted Monday 16:30 → 30 min Monday + 3 h Tuesday = 3.5 working hours.
  const bh =
    'sla:\n  firstResponse: 4h\n  max: 24h\n  businessHours: { timezone: UTC, days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }';
  const config = setup(bh, [{ createdAt: new Date('2026-11-23T16:30:00Z') }]);
  const quiet = await runInProcess(['--config', config, 'check'], { now });
  expect(quiet.code).toBe(0);
  const list = await runInProcess(['--config', config, 'list', '--json'], { now });
  expect(JSON.parse(list.stdout)[0]).toMatchObject({
    ageSeconds: 19.5 * 3600,
    businessAgeSeconds: 3.5 * 3600,
    slaLevel: 'ok',
  });
});

test('list --sort priority ranks by age against SLA, severity and reach', async () => {
  const config = setup('sla: { firstResponse: 1h, max: 24h }', [
    { createdAt: ago(120), severity: 1 },
    { createdAt: ago(100), severity: 4, reach: 10_000 },
    { createdAt: ago(10) },
  ]);
  const byAge = await runInProcess(['--config', config, 'list', '--json'], { now });
  expect(JSON.parse(byAge.stdout).map((m: { externalId: string }) => m.externalId)).toEqual([
    'm0',
    'm1',
    'm2',
  ]);
  const byPriority = await runInProcess(['--config', config, 'list', '--json', '--sort', 'priority'], {
    now,
  });
  expect(JSON.parse(byPriority.stdout).map((m: { externalId: string }) => m.externalId)).toEqual([
    'm1',
    'm0',
    'm2',
  ]);
  expect((await runInProcess(['--config', config, 'list', '--sort', 'loudest'], { now })).code).toBe(2);
});

test('a complaint spike shows as a banner in list (terminal) and on stderr from check', async () => {
  const spike = Array.from({ length: 8 }, (_, i) => ({
    createdAt: ago(5 + i),
    text: `acme login is down again ${i}`,
  }));
  const config = setup('sla: { firstResponse: 1h, max: 24h }', spike);
  const list = await runInProcess(['--config', config, 'list'], { now, tty: true, env: { NO_COLOR: '1' } });
  expect(list.stdout.split('\n')[0]).toMatch(
    /^Acme: complaint spike: 8 in the last hour \(usual 0\) — post a status update; most said: .*down/,
  );
  const check = await runInProcess(['--config', config, 'check'], { now });
  expect(check.code).toBe(0);
  expect(check.stderr).toMatch(/^mentions: Acme: complaint spike: 8 in the last hour/m);
  const piped = await runInProcess(['--config', config, 'list'], { now });
  expect(piped.stdout).not.toContain('spike');
});

test('on a terminal, check --json leaves the spike banner on stderr; the table footer counts in words', async () => {
  const spike = Array.from({ length: 8 }, (_, i) => ({
    createdAt: ago(5 + i),
    text: `acme login is down ${i}`,
  }));
  const late = [{ createdAt: ago(90), text: 'acme my order never arrived' }];
  const config = setup('sla: { firstResponse: 1h, max: 24h }', [...spike, ...late]);
  const json = await runInProcess(['--config', config, 'check', '--json'], { now, tty: true });
  expect(json.code).toBe(4);
  expect(JSON.parse(json.stdout)).toHaveLength(1);
  expect(json.stderr).toMatch(/^mentions: Acme: complaint spike: 8 in the last hour/m);

  const table = await runInProcess(['--config', config, 'check'], { now, tty: true, env: { NO_COLOR: '1' } });
  expect(table.stdout.split('\n')[0]).toMatch(/^Acme: complaint spike/);
  expect(table.stdout).toMatch(/1 mention past its SLA · 1 past first response/);
  const two = setup('sla: { firstResponse: 1h, max: 24h }', [
    ...late,
    { createdAt: ago(80), text: 'acme refund?' },
  ]);
  const footer = await runInProcess(['--config', two, 'check'], { now, tty: true, env: { NO_COLOR: '1' } });
  expect(footer.stdout).toMatch(/2 mentions past their SLA · 2 past first response/);
  // --quiet: the table without its count line, on list as on check.
  for (const command of ['check', 'list']) {
    const quiet = await runInProcess(['--config', two, '--quiet', command], {
      now,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(quiet.stdout).toMatch(/acme refund\?/);
    expect(quiet.stdout).not.toMatch(/past first response|unanswered complaints?$/m);
  }
});
