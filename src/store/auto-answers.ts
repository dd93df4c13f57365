/** Marks mentions answered when a source saw the brand's own reply (answeredBy "auto"). */
import { stmt, type Db } from './db.js';
import type { BrandAnswer } from '../sources/source.js';

/**
 * Applies brand replies seen by one source. Only open mentions change; an earlier auto reply
 * moves `answeredAt` back. Returns how many mentions changed. Call inside the batch transaction.
 */
export function applyAutoAnswers(db: Db, source: string, answers: BrandAnswer[], now: Date): number {
  let changed = 0;
  for (const a of answers) {
    const at = a.answeredAt.getTime();
    const row = stmt(
      db,
      'SELECT id, status, answered_at, answered_by FROM mentions WHERE source = ? AND external_id = ?',
    ).get(source, a.externalId) as
      | { id: number; status: string; answered_at: number | null; answered_by: string | null }
      | undefined;
    if (!row) continue;
    const open = row.status === 'open';
    const earlierAuto = row.answered_by === 'auto' && row.answered_at !== null && at < row.answered_at;
    if (!open && !earlierAuto) continue;
    stmt(db, "UPDATE mentions SET status = 'answered', answered_at = ?, answered_by = 'auto' WHERE id = ?").run(
      at,
      row.id,
    );
    stmt(
      db,
      "INSERT INTO status_events (mention_id, status, at, by, note, recorded_at) VALUES (?, 'answered', ?, 'auto', NULL, ?)",
    ).run(row.id, at, now.getTime());
    changed++;
  }
  return changed;
}
