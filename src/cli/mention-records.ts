/** The mentions a filter selects as output records, or as their JSON text: what list and export print. */
import type { Db } from '../store/db.js';
import { getMention, iterateMentions, type MentionFilter } from '../store/mentions.js';
import { iterateMentionJson } from '../store/mention-json.js';
import { mentionToRecord, type MentionRecord, type SlaFor } from '../output/fields.js';
import { recordJsonTexts } from '../output/record-json.js';

/** The selected mentions as records, oldest first. */
export function* mentionRecords(
  db: Db,
  filter: MentionFilter,
  now: Date,
  slaFor: SlaFor,
): Generator<MentionRecord> {
  for (const m of iterateMentions(db, filter)) yield mentionToRecord(m, now, slaFor(m));
}

/** The same records as compact JSON text, mostly written by SQLite: the fast path for NDJSON. */
export function mentionJsonTexts(db: Db, filter: MentionFilter, now: Date, slaFor: SlaFor): Iterable<string> {
  return recordJsonTexts(iterateMentionJson(db, filter), now, slaFor, (id) => {
    const m = getMention(db, id);
    // The iteration's read transaction covers this lookup too, so the row is always there.
    return m && JSON.stringify(mentionToRecord(m, now, slaFor(m)));
  });
}
