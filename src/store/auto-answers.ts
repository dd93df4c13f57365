/** Marks mentions answered when a source saw the brand's own reply (answeredBy "auto"). */
import { stmt, type Db } from './statements.js';
import type { BrandAnswer } from '../sources/source.js';

interface AnswerTarget {
  id: number;
  status: string;
  answered_at: number | null;
  answered_by: string | null;
}

function targets(db: Db, source: string, a: BrandAnswer): AnswerTarget[] {
  const cols = 'id, status, answered_at, answered_by';
  if (a.externalId !== undefined) {
    const row = stmt(db, `SELECT ${cols} FROM mentions WHERE source = ? AND external_id = ?`).get(
      source,
      a.externalId,
    ) as AnswerTarget | undefined;
    return row ? [row] : [];
  }
  if (a.threadId === undefined) return [];
  const rows = stmt(
    db,
    `SELECT ${cols} FROM mentions WHERE source = ? AND thread_id = ? AND created_at <= ?
       AND (? IS NULL OR lower(author) = lower(?))`,
  ).all(source, a.threadId, a.answeredAt.getTime(), a.toAuthor ?? null, a.toAuthor ?? null);
  return rows as AnswerTarget[];
}

/**
 * Applies brand replies seen by one source. Only open mentions change; an earlier auto reply
 * moves `answeredAt` back. Returns how many mentions changed. Call inside the batch transaction.
 */
export function applyAutoAnswers(db: Db, source: string, answers: BrandAnswer[], now: Date): number {
  const changed = new Set<number>();
  for (const a of answers) {
    const at = a.answeredAt.getTime();
    const found = targets(db, source, a);
    if (a.reply) {
      stmt(
        db,
        'INSERT INTO brand_replies (source, reply_id, mention_id, text, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ).run(source, a.reply.id, found[0]?.id ?? null, a.reply.text, at);
    }
    for (const row of found) {
      const open = row.status === 'open';
      const earlierAuto = row.answered_by === 'auto' && row.answered_at !== null && at < row.answered_at;
      if (!open && !earlierAuto) continue;
      stmt(
        db,
        "UPDATE mentions SET status = 'answered', answered_at = ?, answered_by = 'auto' WHERE id = ?",
      ).run(at, row.id);
      stmt(
        db,
        "INSERT INTO status_events (mention_id, status, at, by, note, recorded_at) VALUES (?, 'answered', ?, 'auto', NULL, ?)",
      ).run(row.id, at, now.getTime());
      row.status = 'answered';
      row.answered_at = at;
      row.answered_by = 'auto';
      changed.add(row.id);
    }
  }
  return changed.size;
}
