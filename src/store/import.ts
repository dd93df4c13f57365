/** Imports mentions in one transaction, keeping exported ids where they are free. */
import type { Db } from './db.js';
import { addStatusEvents, insertMentionId, isIdFree, type StatusEvent } from './mentions.js';
import type { NewMention } from './mention-rows.js';

/** A mention to import, with the status history `export --history` wrote for it (if any). */
export type ImportedMention = NewMention & { history?: StatusEvent[] };

/**
 * Inserts all or nothing; duplicates (same source and id, or same URL) are counted, not stored. A new
 * mention's history comes with it; a duplicate keeps the history it has.
 */
export function importMentions(
  db: Db,
  mentions: ImportedMention[],
): { inserted: number; duplicates: number } {
  const counts = { inserted: 0, duplicates: 0 };
  db.transaction(() => {
    for (const { history, ...m } of mentions) {
      const withId = m.id !== undefined && isIdFree(db, m.id) ? m : { ...m, id: undefined };
      const id = insertMentionId(db, withId);
      if (id === null) {
        counts.duplicates++;
        continue;
      }
      counts.inserted++;
      if (history && history.length > 0) addStatusEvents(db, id, history);
    }
  })();
  return counts;
}
