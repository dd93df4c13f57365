/** JSON output: one pretty-printed array, produced in chunks so a million records never sit in one string. */
import type { MentionRecord } from './fields.js';

/**
 * Characters JSON.stringify leaves raw but a terminal may act on (DEL, 8-bit C1 controls such as U+009B
 * CSI) or that reorder or break displayed text (bidi controls, U+2028/U+2029). They can only occur inside
 * string values, so escaping them keeps the JSON equal to the data while making `cat` of it safe.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes characters that are valid raw in JSON but unsafe on a terminal as `\uXXXX`. */
export function escapeUnsafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Any value as one pretty-printed JSON document with a trailing newline, unsafe characters escaped. */
export function formatJsonDocument(value: unknown): string {
  return `${escapeUnsafeJson(JSON.stringify(value, null, 2))}\n`;
}

/** One record as pretty-printed JSON, indented to sit inside the top-level array. */
function formatElement(record: MentionRecord): string {
  return escapeUnsafeJson(JSON.stringify(record, null, 2))
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * Yields the pretty-printed JSON array of `records` piece by piece, ending with a newline; the
 * concatenation equals {@link formatJson}, so an export can write each chunk as it goes.
 */
export function* formatJsonChunks(records: Iterable<MentionRecord>): Generator<string> {
  let first = true;
  for (const record of records) {
    yield `${first ? '[\n' : ',\n'}${formatElement(record)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** The records as one pretty-printed JSON array with a trailing newline. */
export function formatJson(records: Iterable<MentionRecord>): string {
  let out = '';
  for (const chunk of formatJsonChunks(records)) out += chunk;
  return out;
}
