import fs from 'node:fs';
import path from 'node:path';
import { parseRecordText, recordToMention } from '../../src/cli/import-records.js';
import { UsageError } from '../../src/errors.js';
import { runInProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// A record as `export` writes it, trimmed to what import reads.
const BASE = {
  id: 7,
  source: 'acme-feed',
  sourceType: 'rss',
  externalId: 'acme-demo-001',
  brand: 'Acme',
  url: 'https://social.example/@dana_r/posts/1001',
  text: '@acmehelp my order never arrived',
  createdAt: '2026-11-20T08:00:00.000Z',
  complaint: true,
  complaintScore: 0.97,
  severity: 2,
  reasons: ['never arrived'],
  question: false,
  status: 'answered',
  answeredAt: '2026-11-20T09:00:00.000Z',
  answeredBy: 'auto',
  rating: 2,
  reach: 40,
};

test('a record as export writes it is read back field for field', () => {
  const m = recordToMention(BASE, 'f:1');
  expect(m).toMatchObject({
    id: 7,
    text: BASE.text,
    complaint: true,
    severity: 2,
    status: 'answered',
    answeredBy: 'auto',
    rating: 2,
  });
  expect(m.answeredAt?.toISOString()).toBe(BASE.answeredAt);
});

test.each<[string, Record<string, unknown>, string]>([
  [
    'a complaint flag that is not true or false',
    { complaint: 'yes' },
    'f:1: complaint: expected true or false',
  ],
  ['no text', { text: undefined }, 'f:1: text: expected a text value'],
  ['a score above 1', { complaintScore: 7 }, 'f:1: complaintScore: expected a number from 0 to 1'],
  ['severity 9', { severity: 9 }, 'f:1: severity: expected a whole number from 1 to 4'],
  [
    'severity on a mention that is no complaint',
    { complaint: false },
    'f:1: severity: expected null, as the mention is not a complaint',
  ],
  [
    'answered without a time',
    { answeredAt: null },
    'f:1: answeredAt: expected a time, as the status is answered',
  ],
  ['open with an answer time', { status: 'open' }, 'f:1: answeredAt: expected null, as the status is open'],
  ['a rating of 99', { rating: 99 }, 'f:1: rating: expected a number from 1 to 5'],
  ['a negative reach', { reach: -5 }, 'f:1: reach: expected a number of at least 0'],
  ['a fractional id', { id: 1.5 }, 'f:1: id: expected a whole number from 1 to 9007199254740991'],
  [
    'a history event of an unknown status',
    { history: [{ status: 'done', at: '2026-11-20T09:00:00Z', by: 'manual', note: null }] },
    'f:1: history: expected a list of {status, at, by, note} (status open, answered, ignored; at an ISO 8601 time; by auto or manual)',
  ],
  [
    'a history event by anyone but auto or manual',
    {
      history: [{ status: 'answered', at: '2026-11-20T09:00:00Z', by: 'by\u001b]52;c;x\u0007', note: null }],
    },
    'f:1: history: expected a list of {status, at, by, note} (status open, answered, ignored; at an ISO 8601 time; by auto or manual)',
  ],
])('refused: %s', (_name, change, message) => {
  const record: Record<string, unknown> = { ...BASE, ...change };
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete record[k];
  expect(() => recordToMention(record, 'f:1')).toThrow(new UsageError(message));
});

test('times are taken as stored: a post dated ahead, a reply dated before its post', () => {
  const odd = { ...BASE, createdAt: '2099-01-02T00:00:00Z', answeredAt: '2099-01-01T00:00:00Z' };
  expect(recordToMention(odd, 'f:1').createdAt.toISOString()).toBe('2099-01-02T00:00:00.000Z');
});

test('an answered record without answeredBy counts as answered by hand; other statuses keep none', () => {
  expect(recordToMention({ ...BASE, answeredBy: null }, 'f:1').answeredBy).toBe('manual');
  const open = { ...BASE, status: 'open', answeredAt: null, answeredBy: null };
  expect(recordToMention(open, 'f:1').answeredBy).toBeNull();
});

test('a UTF-8 byte order mark before NDJSON is skipped, as before a JSON array', () => {
  const line = JSON.stringify(BASE);
  expect(parseRecordText(`\uFEFF${line}\n${line}\n`, 'bom.ndjson').map((r) => r.where)).toEqual([
    'bom.ndjson:1',
    'bom.ndjson:2',
  ]);
  expect(parseRecordText(`\uFEFF[${line}]`, 'bom.json')).toHaveLength(1);
});

test('import on a terminal prints its summary once, and nothing with --quiet', async () => {
  const dir = tempDir('import-quiet');
  const config = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(
    config,
    'database: ./m.db\nbrands: [{ name: Acme, keywords: [acme] }]\nsources: [{ type: rss, url: a.xml }]\n',
  );
  const file = path.join(dir, 'in.ndjson');
  fs.writeFileSync(file, `${JSON.stringify(BASE)}\n`);
  const shown = await runInProcess(['--config', config, 'import', file], { tty: true });
  expect(shown).toMatchObject({ code: 0, stdout: '1 imported, 0 already stored\n', stderr: '' });
  const quiet = await runInProcess(['--quiet', '--config', config, 'import', file], { tty: true });
  expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
});
