/** NDJSON output: one compact JSON object per line, for pipes and `jq`. */
import type { MentionRecord } from './fields.js';
import { escapeUnsafeJson } from './json.js';

/** One record as a single line of JSON followed by `\n`. */
export function formatNdjsonLine(record: MentionRecord): string {
  // JSON.stringify escapes \n inside strings, so a record can never span two lines.
  return `${escapeUnsafeJson(JSON.stringify(record))}\n`;
}

// Many small writes to a pipe cost more than the formatting: output goes out in 64 KiB pieces.
export const FLUSH_AT = 64 * 1024;

/** Writes records' compact JSON texts as NDJSON through `sink`, in 64 KiB pieces; returns the count. */
export function writeNdjson(texts: Iterable<string>, sink: (chunk: string) => void): number {
  let count = 0;
  for (const chunk of formatNdjsonChunks(texts, FLUSH_AT, () => count++)) sink(chunk);
  return count;
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
