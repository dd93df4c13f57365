/** Per-source scan state: the cursor/ETag and health, saved in the same transaction as the mentions. */
import { stmt, type Db } from './statements.js';
import { insertMentionId } from './mentions.js';
import type { NewMention } from './mention-rows.js';
import type { BrandAnswer, SourceCursor } from '../sources/source.js';
import { applyAutoAnswers } from './auto-answers.js';

/** What the store remembers about one source between scans. */
export interface SourceState {
  source: string;
  cursor: SourceCursor | null;
  lastScanAt: Date | null;
  lastOkAt: Date | null;
  lastError: string | null;
  consecutiveErrors: number;
  /** The server asked not to be fetched before this time (Retry-After, a rate-limit reset). */
  retryAt: Date | null;
}

interface StateRow {
  source: string;
  etag: string | null;
  last_modified: string | null;
  cursor: string | null;
  last_scan_at: number | null;
  last_ok_at: number | null;
  last_error: string | null;
  consecutive_errors: number;
  retry_at: number | null;
}

/** The saved state of a source, or a blank one for a source never scanned. */
export function getSourceState(db: Db, source: string): SourceState {
  const r = stmt(db, 'SELECT * FROM source_state WHERE source = ?').get(source) as StateRow | undefined;
  if (!r) {
    const blank = { lastScanAt: null, lastOkAt: null, lastError: null, consecutiveErrors: 0, retryAt: null };
    return { source, cursor: null, ...blank };
  }
  const cursor: SourceCursor = {};
  if (r.etag) cursor.etag = r.etag;
  if (r.last_modified) cursor.lastModified = r.last_modified;
  if (r.cursor) cursor.value = r.cursor;
  return {
    source,
    cursor: Object.keys(cursor).length > 0 ? cursor : null,
    lastScanAt: r.last_scan_at === null ? null : new Date(r.last_scan_at),
    lastOkAt: r.last_ok_at === null ? null : new Date(r.last_ok_at),
    lastError: r.last_error,
    consecutiveErrors: r.consecutive_errors,
    retryAt: r.retry_at === null ? null : new Date(r.retry_at),
  };
}

/** Counts of one batch. */
export interface BatchCounts {
  inserted: number;
  duplicates: number;
  newComplaints: number;
  /** Mentions marked answered because the source showed the brand's reply. */
  autoAnswered: number;
  /** Ids of the new mentions that are complaints (for alerts). */
  newComplaintIds: number[];
  insertedIds: number[];
}

/**
 * Stores a source's new mentions and advances its cursor in one transaction, so a crash
 * at any point leaves either both or neither, and the next scan repeats the fetch. `retryAt` is kept
 * when the fetch was cut short by a rate limit with a known reset; any other save clears it.
 */
export function saveSourceBatch(
  db: Db,
  source: string,
  mentions: NewMention[],
  cursor: SourceCursor | null,
  now: Date,
  answers: BrandAnswer[] = [],
  retryAt: Date | null = null,
): BatchCounts {
  const counts: BatchCounts = {
    inserted: 0,
    duplicates: 0,
    newComplaints: 0,
    autoAnswered: 0,
    newComplaintIds: [],
    insertedIds: [],
  };
  db.transaction(() => {
    for (const m of mentions) {
      const id = insertMentionId(db, m);
      if (id !== null) {
        counts.inserted++;
        counts.insertedIds.push(id);
        if (m.complaint) {
          counts.newComplaints++;
          counts.newComplaintIds.push(id);
        }
      } else counts.duplicates++;
    }
    counts.autoAnswered = applyAutoAnswers(db, source, answers, now);
    const keep = cursor === null;
    stmt(
      db,
      `INSERT INTO source_state (source, etag, last_modified, cursor, last_scan_at, last_ok_at, last_error, consecutive_errors, retry_at)
       VALUES (@source, @etag, @lastModified, @value, @now, @now, NULL, 0, @retryAt)
       ON CONFLICT (source) DO UPDATE SET
         etag = CASE WHEN @keep THEN etag ELSE @etag END,
         last_modified = CASE WHEN @keep THEN last_modified ELSE @lastModified END,
         cursor = CASE WHEN @keep THEN cursor ELSE @value END,
         last_scan_at = @now, last_ok_at = @now, last_error = NULL, consecutive_errors = 0,
         retry_at = @retryAt`,
    ).run({
      source,
      etag: cursor?.etag ?? null,
      lastModified: cursor?.lastModified ?? null,
      value: cursor?.value ?? null,
      now: now.getTime(),
      keep: keep ? 1 : 0,
      retryAt: retryAt?.getTime() ?? null,
    });
  })();
  return counts;
}

/**
 * Records a failed fetch; the cursor stays where it was. `retryAt` is the time the server asked not to
 * be fetched before, if it said (a 429 or 503 with Retry-After).
 */
export function recordSourceFailure(
  db: Db,
  source: string,
  message: string,
  now: Date,
  retryAt: Date | null = null,
): void {
  stmt(
    db,
    `INSERT INTO source_state (source, last_scan_at, last_error, consecutive_errors, retry_at) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (source) DO UPDATE SET last_scan_at = excluded.last_scan_at, last_error = excluded.last_error,
       consecutive_errors = consecutive_errors + 1, retry_at = excluded.retry_at`,
  ).run(source, now.getTime(), message, retryAt?.getTime() ?? null);
}
