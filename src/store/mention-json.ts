/**
 * Mentions with most fields already written as JSON by SQLite: the NDJSON fast path of `list` and
 * `export`. Fetching two JSON fragments and a few numbers per row costs far less than 29 values turned
 * into an object and through JSON.stringify again, and the default list reads them ready-made.
 */
import { rawStmt, type Db } from './statements.js';
import { listQuery, type MentionFilter } from './mentions.js';
import type { MentionStatus } from '../mention.js';
import { RECORD_DATES_EXACT, RECORD_HEAD, RECORD_MIDDLE } from './migrations/004-record-json-index.js';

/**
 * The JSON fragments are the expressions migration 4 indexes for the open complaints: spelled the same,
 * SQLite reads them from that index instead of computing them for every row.
 */
const COLUMNS = [
  RECORD_HEAD,
  'complaint_score',
  RECORD_MIDDLE,
  'rating',
  'reach',
  RECORD_DATES_EXACT,
  'id',
  'source',
  'brand',
  'status',
  'created_at',
  'answered_at',
].join(', ');

/**
 * One mention as JSON fragments and the values JavaScript prints, in record order: head (id …
 * complaint), complaintScore, middle (severity … note), rating, reach. Then whether the fragments' dates
 * are exact (1; else format this mention another way), and what its SLA is judged by.
 */
export type MentionJsonValues = [
  head: string,
  complaintScore: number,
  middle: string,
  rating: number | null,
  reach: number | null,
  datesExact: 0 | 1,
  id: number,
  source: string,
  brand: string | null,
  status: MentionStatus,
  createdAt: number,
  answeredAt: number | null,
];

/** The SELECT for a filter's mentions as JSON fragments. */
export function mentionJsonQuery(f: MentionFilter): { sql: string; params: unknown[] } {
  return listQuery(f, COLUMNS);
}

/** Streams the mentions a filter selects, oldest first, as JSON fragments (same order as iterateMentions). */
export function iterateMentionJson(db: Db, f: MentionFilter): IterableIterator<MentionJsonValues> {
  const { sql, params } = mentionJsonQuery(f);
  return rawStmt(db, sql).iterate(...params) as IterableIterator<MentionJsonValues>;
}
