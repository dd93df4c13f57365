/** Every stats and crisis query is served by an index: EXPLAIN QUERY PLAN shows a SEARCH, never a table scan. */
import { openDatabase } from '../../src/store/db.js';
import {
  COMPLAINT_BUCKETS_SQL,
  COMPLAINT_TEXTS_SQL,
  complaintTimesSql,
  volumeSql,
  type StatsScope,
} from '../../src/store/stats.js';
import { REPLIES_SINCE_SQL } from '../../src/store/replies.js';

const db = openDatabase(':memory:');
afterAll(() => db.close());

function plan(sql: string, params: unknown[] | Record<string, unknown>): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? stmt.all(...params) : stmt.all(params)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** Each table the query reads is reached through an index search, none by a full scan. */
function expectIndexed(details: string[]): void {
  const reads = details.filter((d) => /^(SCAN|SEARCH) /.test(d));
  expect(reads.length).toBeGreaterThan(0);
  for (const d of reads) expect(d).toMatch(/^SEARCH \w+ USING (COVERING )?(INDEX \w+|INTEGER PRIMARY KEY)/);
}

const since = new Date('2026-11-17T00:00:00Z');
const scopes: [string, StatsScope][] = [
  ['no filter', { since }],
  ['brand', { since, brand: 'Acme' }],
  ['source', { since, source: 'rss:x' }],
  ['brand and source', { since, brand: 'Acme', source: 'rss:x' }],
];

test.each(scopes)('volume per source and day (%s) searches an index', (_name, scope) => {
  const { sql, params } = volumeSql(scope);
  expectIndexed(plan(sql, params));
});

test.each(scopes)('complaint times (%s) search an index', (_name, scope) => {
  const { sql, params } = complaintTimesSql(scope);
  expectIndexed(plan(sql, params));
});

test('the crisis baseline buckets search the created_at index', () => {
  const details = plan(COMPLAINT_BUCKETS_SQL, { start: 0, end: 1, len: 1 });
  expectIndexed(details);
  expect(details.join(' ')).toMatch(/mentions_created/);
});

test("a spike's complaint texts search the brand index", () => {
  const details = plan(COMPLAINT_TEXTS_SQL, ['Acme', 0, 1]);
  expectIndexed(details);
  expect(details.join(' ')).toMatch(/mentions_brand_created/);
});

test('brand replies since a time search brand_replies_created, then mentions by primary key', () => {
  const details = plan(REPLIES_SINCE_SQL, [0]);
  expectIndexed(details);
  expect(details.join(' ')).toMatch(/brand_replies_created/);
  // The order comes from the index (created_at, then rowid): no sort step.
  expect(details.join(' ')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
});
