/**
 * Records as JSON text finished from the store's JSON of their stored fields (see store/mention-json.ts):
 * the same text JSON.stringify(mentionToRecord(…)) gives, for a fraction of the cost per row.
 */
import type { MentionJsonValues } from '../store/mention-json.js';
import { slaFields, type SlaFor } from './fields.js';

/** A number or null as JSON. */
function jsonNumber(n: number | null): string {
  return n === null ? 'null' : JSON.stringify(n);
}

/**
 * Each row as one record's compact JSON text, in MENTION_FIELDS order, judged against its SLA as of
 * `now`: the stored fields' JSON, then the SLA fields. A row whose JSON SQLite could not write exactly
 * comes from `slowly(id)` instead.
 */
export function* recordJsonTexts(
  rows: Iterable<MentionJsonValues>,
  now: Date,
  slaFor: SlaFor,
  slowly: (id: number) => string | undefined,
): Generator<string> {
  for (const row of rows) {
    // Indexed, not destructured: array destructuring walks an iterator, which costs in code run once.
    if (row[1] !== 1) {
      const text = slowly(row[2]);
      if (text !== undefined) yield text;
      continue;
    }
    const f = slaFields(row[6], row[7], row[5], now, slaFor({ source: row[3], brand: row[4] }));
    yield (
      `${row[0].slice(0, -1)},"ageSeconds":${f.ageSeconds},` +
      `"businessAgeSeconds":${jsonNumber(f.businessAgeSeconds)},"responseSeconds":${jsonNumber(f.responseSeconds)},` +
      `"slaBreached":${f.slaBreached},"slaLevel":"${f.slaLevel}"}`
    );
  }
}
