/** Queries over the `alerts` table (each alert once per channel) and the mentions alerts are raised for. */
import { rawStmt, stmt, type Db } from './statements.js';
import { SELECT_MENTION, rowToMention, type MentionValues } from './mention-rows.js';
import type { Mention } from '../mention.js';

/** One alert as stored: what it is about, its JSON payload, and how delivering it went. */
export interface AlertRow {
  id: number;
  channel: string;
  kind: string;
  key: string;
  mention_id: number | null;
  payload: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
  /** When the alert was dropped undelivered, its mention answered or ignored first. */
  cancelled_at: number | null;
}

/** An alert to remember for a channel. */
export interface NewAlert {
  channel: string;
  kind: string;
  key: string;
  mentionId: number | null;
  payload: string;
  createdAt: Date;
}

/** The queries a run makes on every channel, exported so a test can check each is served by an index. */
export const ALERT_QUERIES = {
  /** Served by `mentions_status_created`. */
  openMentions: `SELECT ${SELECT_MENTION} FROM mentions WHERE status = 'open' AND created_at <= ? AND (complaint = 1 OR question = 1)
     ORDER BY created_at, id`,
  /**
   * Served by `alerts_channel_sent` (channel, sent_at IS NULL): only a sent alert has a sent_at, and rows with
   * equal keys come in rowid order, so no sort is needed. Oldest first is insertion order.
   */
  due: `SELECT * FROM alerts WHERE channel = ? AND sent_at IS NULL AND status != 'sent' AND cancelled_at IS NULL
     AND attempts < ? ORDER BY id`,
  /** Served by `alerts_channel_sent`, read backwards. */
  lastSent: `SELECT sent_at FROM alerts WHERE channel = ? AND sent_at IS NOT NULL AND kind != 'crisis'
     ORDER BY sent_at DESC LIMIT 1`,
} as const;

/**
 * Open complaints and open questions created at or before `cutoff`, oldest first: the only mentions that
 * can have crossed an SLA threshold.
 */
export function openMentionsCreatedBefore(db: Db, cutoff: Date): Mention[] {
  const rows = rawStmt(db, ALERT_QUERIES.openMentions).all(cutoff.getTime()) as MentionValues[];
  return rows.map(rowToMention);
}

/** Records an alert as pending unless the channel already has it; true when it is new. */
export function recordAlert(db: Db, a: NewAlert): boolean {
  const insert = stmt(
    db,
    `INSERT INTO alerts (channel, kind, key, mention_id, payload, status, attempts, created_at)
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?) ON CONFLICT (channel, kind, key) DO NOTHING`,
  );
  return insert.run(a.channel, a.kind, a.key, a.mentionId, a.payload, a.createdAt.getTime()).changes === 1;
}

/** A channel's alerts still to deliver (pending, or failed in fewer than `maxRuns` runs), oldest first. */
export function dueAlerts(db: Db, channel: string, maxRuns: number): AlertRow[] {
  return stmt(db, ALERT_QUERIES.due).all(channel, maxRuns) as AlertRow[];
}

/** When the channel last delivered a non-crisis alert (the cooldown counts from it), or undefined. */
export function lastSentAt(db: Db, channel: string): Date | undefined {
  const row = stmt(db, ALERT_QUERIES.lastSent).get(channel) as { sent_at: number } | undefined;
  return row ? new Date(row.sent_at) : undefined;
}

/** Marks alerts delivered in one message. */
export function markSent(db: Db, ids: readonly number[], at: Date): void {
  const update = stmt(
    db,
    `UPDATE alerts SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?`,
  );
  db.transaction(() => ids.forEach((id) => update.run(at.getTime(), id)))();
}

/** Marks alerts whose message could not be delivered in this run; `error` must be free of secrets. */
export function markFailed(db: Db, ids: readonly number[], error: string): void {
  const update = stmt(
    db,
    `UPDATE alerts SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`,
  );
  db.transaction(() => ids.forEach((id) => update.run(error, id)))();
}

/** Of these mention ids, the ones no longer open (answered or ignored since their alert was raised). */
export function closedMentionIds(db: Db, ids: readonly number[]): Set<number> {
  const status = stmt(db, 'SELECT status FROM mentions WHERE id = ?');
  const closed = new Set<number>();
  for (const id of new Set(ids)) {
    const row = status.get(id) as { status: string } | undefined;
    if (row && row.status !== 'open') closed.add(id);
  }
  return closed;
}

/** Drops alerts undelivered, saying why; they are never due again. */
export function cancelAlerts(db: Db, ids: readonly number[], at: Date, why: string): void {
  const update = stmt(db, 'UPDATE alerts SET cancelled_at = ?, last_error = ? WHERE id = ?');
  db.transaction(() => ids.forEach((id) => update.run(at.getTime(), why, id)))();
}

/**
 * The start of the brand's complaint spike seen now: the episode's, while the spike was last seen
 * within `windowSeconds` (it is still going on), else now, as a new episode begins.
 */
export function crisisEpisodeStart(db: Db, brand: string, now: Date, windowSeconds: number): Date {
  return db.transaction((): Date => {
    const row = stmt(db, 'SELECT started_at, last_seen_at FROM crisis_episodes WHERE brand = ?').get(
      brand,
    ) as { started_at: number; last_seen_at: number } | undefined;
    const going = row !== undefined && row.last_seen_at >= now.getTime() - windowSeconds * 1000;
    const started = going ? row.started_at : now.getTime();
    stmt(
      db,
      `INSERT INTO crisis_episodes (brand, started_at, last_seen_at) VALUES (?, ?, ?)
       ON CONFLICT (brand) DO UPDATE SET started_at = excluded.started_at, last_seen_at = excluded.last_seen_at`,
    ).run(brand, started, now.getTime());
    return new Date(started);
  })();
}

/** Every alert of a channel, oldest first (for tests and `doctor`-style reports). */
export function alertsOf(db: Db, channel: string): AlertRow[] {
  return stmt(db, 'SELECT * FROM alerts WHERE channel = ? ORDER BY created_at, id').all(
    channel,
  ) as AlertRow[];
}
