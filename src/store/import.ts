/** Imports mentions in one transaction, keeping exported ids where they are free. */
import type { Db } from './db.js';
import { insertMention, isIdFree } from './mentions.js';
import type { NewMention } from './mention-rows.js';

/** Inserts all or nothing; duplicates (same source and id, or same URL) are counted, not stored. */
export function importMentions(db: Db, mentions: NewMention[]): { inserted: number; duplicates: number } {
  const counts = { inserted: 0, duplicates: 0 };
  db.transaction(() => {
    for (const m of mentions) {
      const withId = m.id !== undefined && isIdFree(db, m.id) ? m : { ...m, id: undefined };
      if (insertMention(db, withId) === 'new') counts.inserted++;
      else counts.duplicates++;
    }
  })();
  return counts;
}
