/** NDJSON output: one compact JSON object per line, for pipes and `jq`. */
import type { MentionRecord } from './fields.js';
import { escapeUnsafeJson } from './json.js';

/** One record as a single line of JSON followed by `\n`. */
export function formatNdjsonLine(record: MentionRecord): string {
  // JSON.stringify escapes \n inside strings, so a record can never span two lines.
  return `${escapeUnsafeJson(JSON.stringify(record))}\n`;
}
