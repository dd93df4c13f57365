/** Queries over the `mentions` table: list, get, insert, status changes. Prepared statements only. */
import { rawStmt, stmt, type Db } from './statements.js';
import type { Mention, MentionStatus, AnsweredBy } from '../mention.js';
import {
  INSERT_COLUMNS,
  INSERT_VALUES,
  SELECT_MENTION,
  mentionToParams,
  rowToMention,
  type MentionValues,
  type NewMention,
} from './mention-rows.js';
import { UsageError } from '../errors.js';

/** Which mentions a list/export wants. Every combination is served by an index. */
export interface MentionFilter {
  /** Only complaints (the default view) or every mention. */
  complaintsOnly: boolean;
  /** Complaints and questions (what `check` watches); overrides complaintsOnly. */
  needsAnswer?: boolean;
  status?: MentionStatus;
  brand?: string;
  source?: string;
  since?: Date;
  limit?: number;
}

/** The outcome of inserting one mention. */
export type InsertOutcome = 'new' | 'duplicate';

/**
 * Status and kind are written as literal SQL from fixed fragments (never from user text) so that
 * SQLite can use the partial indexes on open complaints; every other value is a bound parameter.
 */
const STATUS_SQL: Record<MentionStatus, string> = {
  open: "status = 'open'",
  answered: "status = 'answered'",
  ignored: "status = 'ignored'",
};

/** Builds the SELECT for a filter from fixed clauses; values are always bound parameters. */
export function listQuery(
  f: MentionFilter,
  columns: string = SELECT_MENTION,
): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) where.push(STATUS_SQL[f.status]);
  if (f.needsAnswer) where.push('(complaint = 1 OR question = 1)');
  else if (f.complaintsOnly) where.push('complaint = 1');
  if (f.brand) {
    where.push('brand = ?');
    params.push(f.brand);
  }
  if (f.source) {
    where.push('source = ?');
    params.push(f.source);
  }
  if (f.since) {
    where.push('created_at >= ?');
    params.push(f.since.getTime());
  }
  // The views people use most read only open mentions needing an answer: few rows among millions, so
  // pin their partial index rather than let a planner without statistics walk every open mention.
  let sql = `SELECT ${columns} FROM mentions`;
  if (f.status === 'open' && f.needsAnswer) sql += ' INDEXED BY mentions_open_needing_answer';
  else if (f.status === 'open' && f.complaintsOnly) sql += ' INDEXED BY mentions_unanswered_complaints_json';
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  // Oldest first; among equally old mentions the more severe, then the more widely seen, come first.
  sql += ' ORDER BY created_at, coalesce(severity, 0) DESC, coalesce(reach, 0) DESC, id';
  if (f.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(f.limit);
  }
  return { sql, params };
}

/** Streams the mentions a filter selects, oldest first. */
export function* iterateMentions(db: Db, f: MentionFilter): Generator<Mention> {
  const { sql, params } = listQuery(f);
  for (const row of rawStmt(db, sql).iterate(...params)) yield rowToMention(row as MentionValues);
}

/** One mention by id, or undefined. */
export function getMention(db: Db, id: number): Mention | undefined {
  const row = rawStmt(db, `SELECT ${SELECT_MENTION} FROM mentions WHERE id = ?`).get(id) as
    MentionValues | undefined;
  return row ? rowToMention(row) : undefined;
}

/** Inserts a mention unless the same (source, external id) or canonical URL is already stored. */
export function insertMention(db: Db, m: NewMention): InsertOutcome {
  return insertMentionId(db, m) === null ? 'duplicate' : 'new';
}

/** Like insertMention, returning the new row's id, or null when it was a duplicate. */
export function insertMentionId(db: Db, m: NewMention): number | null {
  const insert = m.id
    ? stmt(
        db,
        `INSERT INTO mentions (id, ${INSERT_COLUMNS}) VALUES (@id, ${INSERT_VALUES}) ON CONFLICT DO NOTHING`,
      )
    : stmt(db, `INSERT INTO mentions (${INSERT_COLUMNS}) VALUES (${INSERT_VALUES}) ON CONFLICT DO NOTHING`);
  const params = m.id ? { id: m.id, ...mentionToParams(m) } : mentionToParams(m);
  const info = insert.run(params);
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

/** Which of these external ids of a source are already stored (one indexed lookup each). */
export function knownExternalIds(db: Db, source: string, ids: string[]): Set<string> {
  const known = new Set<string>();
  const lookup = stmt(db, 'SELECT 1 FROM mentions WHERE source = ? AND external_id = ?');
  for (const id of ids) if (lookup.get(source, id) !== undefined) known.add(id);
  return known;
}

/** True when the id is free (import keeps exported ids where it can). */
export function isIdFree(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM mentions WHERE id = ?').get(id) === undefined;
}

const INSERT_EVENT =
  'INSERT INTO status_events (mention_id, status, at, by, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)';

/** What `setStatus` did: the ids it changed and the ids already in that state (left as they were). */
export interface StatusOutcome {
  changed: number[];
  unchanged: number[];
}

/**
 * Sets the status of mentions, each change kept in `status_events`. A mention already in that state
 * keeps its time and gets no new event, unless `correct` gives a different answer time (`answer --at`
 * on an answered mention) or a new note comes with it (an event of the same status, at the time
 * recorded). A given answer time before the mention was posted is refused; unknown ids too.
 * Nothing is written unless every id is valid.
 */
export function setStatus(
  db: Db,
  ids: number[],
  change: {
    status: MentionStatus;
    at: Date;
    by: AnsweredBy;
    note?: string;
    recordedAt: Date;
    correct?: boolean;
  },
): StatusOutcome {
  const current = stmt(db, 'SELECT status, answered_at, created_at, note FROM mentions WHERE id = ?');
  const unique = [...new Set(ids)];
  const rows = unique.map(
    (id) =>
      [
        id,
        current.get(id) as
          { status: string; answered_at: number | null; created_at: number; note: string | null } | undefined,
      ] as const,
  );
  const unknown = rows.filter(([, r]) => r === undefined).map(([id]) => id);
  if (unknown.length > 0) {
    throw new UsageError(`no mention with id ${unknown.join(', ')}; see mentions list --all for ids`);
  }
  const answered = change.status === 'answered';
  const at = change.at.getTime();
  // A time given (`--at`) must follow the post; "now" is left alone, whatever a source's clock said.
  if (answered && change.correct) {
    const early = rows.find(([, r]) => r!.created_at > at);
    if (early) {
      const posted = new Date(early[1]!.created_at).toISOString();
      throw new UsageError(
        `mention ${early[0]} was posted at ${posted}, after the answer time given; check --at`,
      );
    }
  }
  const update = stmt(
    db,
    `UPDATE mentions SET status = ?, answered_at = ?, answered_by = ?, note = coalesce(?, note) WHERE id = ?`,
  );
  const noteOnly = stmt(db, 'UPDATE mentions SET note = coalesce(?, note) WHERE id = ?');
  const event = stmt(db, INSERT_EVENT);
  const outcome: StatusOutcome = { changed: [], unchanged: [] };
  db.transaction(() => {
    for (const [id, row] of rows) {
      const same = row!.status === change.status && (!answered || !change.correct || row!.answered_at === at);
      if (same) {
        // A new note on an unchanged status is kept in the history too, as of when it was written.
        if (change.note !== undefined && change.note !== row!.note) {
          noteOnly.run(change.note, id);
          event.run(
            id,
            change.status,
            change.recordedAt.getTime(),
            change.by,
            change.note,
            change.recordedAt.getTime(),
          );
        }
        outcome.unchanged.push(id);
        continue;
      }
      update.run(change.status, answered ? at : null, answered ? change.by : null, change.note ?? null, id);
      event.run(id, change.status, at, change.by, change.note ?? null, change.recordedAt.getTime());
      outcome.changed.push(id);
    }
  })();
  return outcome;
}

/** Whether any stored mention came from the source of this name. */
export function hasSource(db: Db, source: string): boolean {
  return stmt(db, 'SELECT 1 FROM mentions WHERE source = ? LIMIT 1').get(source) !== undefined;
}

/** One recorded status change. */
export interface StatusEvent {
  status: MentionStatus;
  at: Date;
  by: string;
  note: string | null;
}

/** Adds recorded status changes to a mention (an imported history); each counts as recorded when made. */
export function addStatusEvents(db: Db, id: number, events: readonly StatusEvent[]): void {
  const event = stmt(db, INSERT_EVENT);
  for (const e of events) event.run(id, e.status, e.at.getTime(), e.by, e.note, e.at.getTime());
}

/** The recorded status changes of one mention, oldest first. */
export function statusHistory(db: Db, id: number): StatusEvent[] {
  const rows = stmt(
    db,
    'SELECT status, at, by, note FROM status_events WHERE mention_id = ? ORDER BY at, id',
  ).all(id) as { status: MentionStatus; at: number; by: string; note: string | null }[];
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}
