/**
 * Mentions with their stored fields already written as JSON by SQLite: the NDJSON fast path of `list`
 * and `export`. Fetching one JSON text and a few values per row costs far less than 29 values turned
 * into an object and through JSON.stringify again, and the default list reads them ready-made.
 */
import { rawStmt, type Db } from './statements.js';
import { listQuery, type MentionFilter } from './mentions.js';
import type { MentionStatus } from '../mention.js';
import { RECORD_EXACT, RECORD_JSON } from './migrations/004-record-json-index.js';

/**
 * The JSON is the expression migration 4 indexes for the open complaints: spelled the same, SQLite reads
 * it from that index instead of computing it for every row.
 */
const COLUMNS = [
  RECORD_JSON,
  RECORD_EXACT,
  'id',
  'source',
  'brand',
  'status',
  'created_at',
  'answered_at',
].join(', ');

/**
 * One mention as the JSON of its stored fields, whether that JSON is exact (1; else format this mention
 * another way), and what its SLA is judged by.
 */
export type MentionJsonValues = [
  json: string,
  exact: 0 | 1,
  id: number,
  source: string,
  brand: string | null,
  status: MentionStatus,
  createdAt: number,
  answeredAt: number | null,
];

/** The SELECT for a filter's mentions as JSON. */
export function mentionJsonQuery(f: MentionFilter): { sql: string; params: unknown[] } {
  return listQuery(f, COLUMNS);
}

/** Streams the mentions a filter selects, oldest first, as JSON (the same order as iterateMentions). */
export function iterateMentionJson(db: Db, f: MentionFilter): IterableIterator<MentionJsonValues> {
  const { sql, params } = mentionJsonQuery(f);
  return rawStmt(db, sql).iterate(...params) as IterableIterator<MentionJsonValues>;
}
