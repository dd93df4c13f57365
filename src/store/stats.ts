/** Queries behind `mentions stats` and crisis detection: counts and complaint times, all index-served. */
import { stmt, type Db } from './statements.js';
import type { MentionStatus } from '../mention.js';

const DAY_MS = 86_400_000;

/** Which mentions a report covers: created since a time, optionally one brand and/or one source. */
export interface StatsScope {
  since: Date;
  brand?: string;
  source?: string;
}

/** Mentions and complaints of one source on one UTC day. */
export interface VolumeRow {
  source: string;
  /** Days since 1970-01-01 (UTC). */
  day: number;
  mentions: number;
  complaints: number;
}

/** One complaint's status and times (epoch milliseconds). */
export interface ComplaintTimes {
  status: MentionStatus;
  createdAt: number;
  answeredAt: number | null;
}

/** Complaints of one brand in one baseline bucket. */
export interface BucketCount {
  brand: string;
  bucket: number;
  count: number;
}

/**
 * The WHERE clause of a scope from fixed pieces, values always bound. Each combination leads with a
 * column that has an index: (created_at), (brand, created_at) or (source, created_at).
 */
function scopeWhere(scope: StatsScope): { where: string; params: unknown[] } {
  const parts = ['created_at >= ?'];
  const params: unknown[] = [scope.since.getTime()];
  if (scope.brand !== undefined) {
    parts.push('brand = ?');
    params.push(scope.brand);
  }
  if (scope.source !== undefined) {
    parts.push('source = ?');
    params.push(scope.source);
  }
  return { where: parts.join(' AND '), params };
}

/**
 * The SQL of {@link volumeByDay} for a scope (exported for the query-plan test). Grouping by day first
 * keeps the planner on the created_at range; grouping by source first made it scan a source index.
 */
export function volumeSql(scope: StatsScope): { sql: string; params: unknown[] } {
  const { where, params } = scopeWhere(scope);
  return {
    sql: `SELECT source, created_at / ${DAY_MS} AS day, count(*) AS mentions, sum(complaint) AS complaints
      FROM mentions WHERE ${where} GROUP BY day, source ORDER BY day, source`,
    params,
  };
}

/** Mentions and complaints per source and UTC day within the scope. */
export function volumeByDay(db: Db, scope: StatsScope): VolumeRow[] {
  const { sql, params } = volumeSql(scope);
  return stmt(db, sql).all(...params) as VolumeRow[];
}

/** The SQL of {@link complaintTimes} for a scope (exported for the query-plan test). */
export function complaintTimesSql(scope: StatsScope): { sql: string; params: unknown[] } {
  const { where, params } = scopeWhere(scope);
  return {
    sql: `SELECT status, created_at AS createdAt, answered_at AS answeredAt
      FROM mentions WHERE ${where} AND complaint = 1`,
    params,
  };
}

/** Status, creation and answer times of every complaint within the scope. */
export function complaintTimes(db: Db, scope: StatsScope): ComplaintTimes[] {
  const { sql, params } = complaintTimesSql(scope);
  return stmt(db, sql).all(...params) as ComplaintTimes[];
}

/**
 * SQL of {@link complaintBuckets}: bucket i holds complaints created in (end − (i+1)·len, end − i·len].
 * The CAST matters: bound JS numbers arrive as REAL, and REAL division would give each row its own bucket.
 */
export const COMPLAINT_BUCKETS_SQL = `SELECT brand, CAST((@end - created_at) / @len AS INTEGER) AS bucket, count(*) AS count
  FROM mentions WHERE created_at > @start AND created_at <= @end AND complaint = 1 AND brand IS NOT NULL
  GROUP BY brand, bucket`;

/**
 * Complaint counts per brand in buckets of `bucketMs` ending at `end`, going back `buckets` buckets.
 * Buckets without complaints are absent; the caller counts them as zero.
 */
export function complaintBuckets(db: Db, end: Date, bucketMs: number, buckets: number): BucketCount[] {
  const e = end.getTime();
  return stmt(db, COMPLAINT_BUCKETS_SQL).all({
    end: e,
    len: bucketMs,
    start: e - bucketMs * buckets,
  }) as BucketCount[];
}

/** SQL of {@link complaintTexts}. */
export const COMPLAINT_TEXTS_SQL = `SELECT text FROM mentions
  WHERE brand = ? AND created_at > ? AND created_at <= ? AND complaint = 1 ORDER BY created_at, id`;

/** Texts of one brand's complaints created in (from, to]. */
export function complaintTexts(db: Db, brand: string, from: Date, to: Date): string[] {
  const rows = stmt(db, COMPLAINT_TEXTS_SQL).all(brand, from.getTime(), to.getTime()) as { text: string }[];
  return rows.map((r) => r.text);
}
