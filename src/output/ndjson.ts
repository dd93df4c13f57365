/** NDJSON output: one compact JSON object per line, for pipes and `jq`. */
import type { MentionRecord } from './fields.js';
import { escapeUnsafeJson } from './json.js';

/** One record as a single line of JSON followed by `\n`. */
export function formatNdjsonLine(record: MentionRecord): string {
  // JSON.stringify escapes \n inside strings, so a record can never span two lines.
  return `${escapeUnsafeJson(JSON.stringify(record))}\n`;
}

/** Each record's compact JSON text. */
export function* recordsAsJson(records: Iterable<MentionRecord>): Generator<string> {
  for (const record of records) yield JSON.stringify(record);
}

/**
 * NDJSON from records' compact JSON texts, in pieces of at least `size` characters (the last may be
 * shorter), calling `onRecord` for each; the concatenation equals formatNdjsonLine of every record.
 * Escaping a whole piece at once costs less than escaping each line.
 */
export function* formatNdjsonChunks(
  texts: Iterable<string>,
  size: number,
  onRecord: () => void = () => undefined,
): Generator<string> {
  let piece = '';
  for (const text of texts) {
    onRecord();
    piece += `${text}\n`;
    if (piece.length >= size) {
      yield escapeUnsafeJson(piece);
      piece = '';
    }
  }
  if (piece !== '') yield escapeUnsafeJson(piece);
}
