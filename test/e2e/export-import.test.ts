/** e2e: export in every format, import into a fresh database, formula-safe CSV, all-or-nothing import. */
import fs from 'node:fs';
import path from 'node:path';
import {
  ACME_FEED,
  SLACK_ALERTS,
  SLACK_BRAND,
  ACME_BRAND,
  listAll,
  removeDir,
  runJson,
  withoutClock,
  workspace,
  type Workspace,
} from '../helpers/e2e-setup.js';
import { parseCsv } from '../helpers/e2e-data.js';
import type { MentionRecord } from '../../src/output/fields.js';

const BRANDS = `${ACME_BRAND}\n${SLACK_BRAND}`;
let source: Workspace;
let stored: MentionRecord[];
const dirs: string[] = [];

function fresh(): Workspace {
  const ws = workspace([{ name: 'acme-feed', url: ACME_FEED }], { brands: BRANDS });
  dirs.push(ws.dir);
  return ws;
}

beforeAll(async () => {
  source = workspace(
    [
      { name: 'acme-feed', url: ACME_FEED },
      { type: 'google-alerts', name: 'alerts-slack', url: SLACK_ALERTS, brand: 'Slack' },
    ],
    { brands: BRANDS },
  );
  dirs.push(source.dir);
  expect((await source.run(['scan'])).code).toBe(0);
  const open = await runJson<MentionRecord[]>(source, ['list', '--json']);
  // Answered and ignored mentions, with notes, so status fields round-trip too.
  expect((await source.run(['answer', String(open[0].id), '--note', 'called back, "ok"'])).code).toBe(0);
  expect((await source.run(['ignore', String(open[1].id)])).code).toBe(0);
  stored = await listAll(source);
  expect(stored.length).toBeGreaterThan(20);
});
afterAll(() => dirs.forEach(removeDir));

test.each(['json', 'ndjson'])('export --format %s then import round-trips every field', async (format) => {
  const file = path.join(source.dir, `all.${format}`);
  const out = await source.run(['export', '--all', '--format', format, '--out', file]);
  expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(fs.readdirSync(source.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  const target = fresh();
  const first = await target.run(['import', file]);
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout)).toEqual({ inserted: stored.length, duplicates: 0 });
  expect(withoutClock(await listAll(target))).toEqual(withoutClock(stored));

  const again = await target.run(['import', file]);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toEqual({ inserted: 0, duplicates: stored.length });
  expect(await listAll(target)).toHaveLength(stored.length);
});

test('export --format csv has every field and neutralises formula cells', async () => {
  const file = path.join(source.dir, 'all.csv');
  expect((await source.run(['export', '--all', '--format', 'csv', '--out', file])).code).toBe(0);
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  expect(header.slice(0, 5)).toEqual(['id', 'source', 'sourceType', 'externalId', 'brand']);
  expect(rows).toHaveLength(stored.length);
  const col = (name: string) => header.indexOf(name);
  const formula = rows.find((r) => r[col('externalId')] === 'acme-demo-009');
  expect(formula).toBeDefined();
  expect(formula![col('text')].startsWith("'=HYPERLINK(")).toBe(true);
  for (const row of rows) {
    expect(row).toHaveLength(header.length);
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row.join('')).not.toContain('\x1b');
  }
  const answered = rows.find((r) => r[col('status')] === 'answered');
  expect(answered![col('note')]).toBe('called back, "ok"');

  // `--out -` is stdout (as `-` is stdin for import), never a file named "-".
  const piped = await source.run(['export', '--all', '--format', 'csv', '--out', '-']);
  expect(piped.code).toBe(0);
  // The same export, but for ages: the two runs may fall either side of a second.
  const ageless = (csv: string) =>
    parseCsv(csv).map((r) => r.filter((_, i) => !/ageSeconds$/i.test(header[i] ?? '')));
  expect(ageless(piped.stdout)).toEqual(ageless(fs.readFileSync(file, 'utf8')));
  expect(fs.existsSync(path.join(source.dir, '-'))).toBe(false);
});

test('export --history then import restores each mention with its status history', async () => {
  type Shown = MentionRecord & { history: { status: string; at: string; by: string; note: string | null }[] };
  const backup = path.join(source.dir, 'backup.ndjson');
  expect((await source.run(['export', '--all', '--history', '--out', backup])).code).toBe(0);
  const target = fresh();
  expect((await target.run(['import', backup])).code).toBe(0);
  for (const m of stored.filter((s) => s.status !== 'open')) {
    const before = await runJson<Shown>(source, ['show', String(m.id), '--json']);
    const after = await runJson<Shown>(target, ['show', String(m.id), '--json']);
    expect(before.history.length).toBeGreaterThan(0);
    expect(after.history).toEqual(before.history);
  }
  const csv = await source.run(['export', '--all', '--history', '--format', 'csv']);
  expect(csv.code).toBe(2);
  expect(csv.stderr).toMatch(/--history: use --format json or ndjson/);
});

test('a bad NDJSON line exits 2 naming the line, and nothing is stored', async () => {
  const base = path.join(source.dir, 'base.ndjson');
  expect((await source.run(['export', '--all', '--format', 'ndjson', '--out', base])).code).toBe(0);
  const lines = fs.readFileSync(base, 'utf8').split('\n');
  const broken = path.join(source.dir, 'broken.ndjson');
  fs.writeFileSync(broken, [...lines.slice(0, 2), '{"id": 3, "source": ', ...lines.slice(2)].join('\n'));
  const target = fresh();
  const r = await target.run(['import', broken]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`${broken}:3`);
  expect(await listAll(target)).toEqual([]);

  // A record that parses but misses a required field is refused the same way, with its line.
  const missing = path.join(source.dir, 'missing.ndjson');
  const record = JSON.parse(lines[4]) as Record<string, unknown>;
  delete record.createdAt;
  fs.writeFileSync(missing, [...lines.slice(0, 4), JSON.stringify(record), ...lines.slice(5)].join('\n'));
  const r2 = await target.run(['import', missing]);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toContain(`${missing}:5`);
  expect(r2.stderr).toContain('createdAt');
  expect(await listAll(target)).toEqual([]);
});

test('importing a CSV file (not an import format) exits 2 and stores nothing', async () => {
  const file = path.join(source.dir, 'refused.csv');
  expect((await source.run(['export', '--all', '--format', 'csv', '--out', file])).code).toBe(0);
  const target = fresh();
  const r = await target.run(['import', file]);
  expect(r.code).toBe(2);
  expect(await listAll(target)).toEqual([]);
});
