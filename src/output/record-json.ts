/**
 * Records as JSON text assembled from the store's JSON fragments (see store/mention-json.ts): the same
 * text JSON.stringify(mentionToRecord(…)) gives, for a fraction of the cost per row.
 */
import type { MentionJsonValues } from '../store/mention-json.js';
import { roundScore, slaFields, type MentionSla } from './fields.js';

/** A number or null as JSON. */
function jsonNumber(n: number | null): string {
  return n === null ? 'null' : JSON.stringify(n);
}

/**
 * Each row as one record's compact JSON text, in MENTION_FIELDS order, judged against its SLA as of
 * `now`. A row whose dates SQLite cannot write exactly comes from `slowly(id)` instead.
 */
export function* recordJsonTexts(
  rows: Iterable<MentionJsonValues>,
  now: Date,
  slaFor: (m: { source: string; brand: string | null }) => MentionSla,
  slowly: (id: number) => string | undefined,
): Generator<string> {
  for (const row of rows) {
    // Indexed, not destructured: array destructuring walks an iterator, which costs in code run once.
    if (row[5] !== 1) {
      const text = slowly(row[6]);
      if (text !== undefined) yield text;
      continue;
    }
    const f = slaFields(row[10], row[11], row[9], now, slaFor({ source: row[7], brand: row[8] }));
    yield (
      `${row[0].slice(0, -1)},"complaintScore":${roundScore(row[1])},${row[2].slice(1, -1)},` +
      `"rating":${jsonNumber(row[3])},"reach":${jsonNumber(row[4])},"ageSeconds":${f.ageSeconds},` +
      `"businessAgeSeconds":${jsonNumber(f.businessAgeSeconds)},"responseSeconds":${jsonNumber(f.responseSeconds)},` +
      `"slaBreached":${f.slaBreached},"slaLevel":"${f.slaLevel}"}`
    );
  }
}
