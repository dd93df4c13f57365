/** NDJSON output: one compact JSON object per line, for pipes and `jq`. */
import type { MentionRecord } from './fields.js';
import { escapeUnsafeJson } from './json.js';

/** One record as a single line of JSON followed by `\n`. */
export function formatNdjsonLine(record: MentionRecord): string {
  // JSON.stringify escapes \n inside strings, so a record can never span two lines.
  return `${escapeUnsafeJson(JSON.stringify(record))}\n`;
}

/**
 * NDJSON for many records in pieces of at least `size` characters (the last may be shorter), calling
 * `onRecord` for each record; the concatenation equals formatNdjsonLine of every record. Escaping a
 * whole piece at once costs less than escaping each line.
 */
export function* formatNdjsonChunks(
  records: Iterable<MentionRecord>,
  size: number,
  onRecord: () => void = () => undefined,
): Generator<string> {
  let piece = '';
  for (const record of records) {
    onRecord();
    piece += `${JSON.stringify(record)}\n`;
    if (piece.length >= size) {
      yield escapeUnsafeJson(piece);
      piece = '';
    }
  }
  if (piece !== '') yield escapeUnsafeJson(piece);
}
