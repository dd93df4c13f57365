/** The key/value block `mentions show` prints: every field, the text in full, wrapped to the terminal. */
import type { ChalkInstance } from 'chalk';
import { MENTION_FIELDS, type MentionRecord } from './fields.js';
import { formatAge } from './relative-time.js';
import { sanitizeForTerminal } from './sanitize.js';
import { wrapToWidth } from './text-width.js';

/** How to render for one terminal. */
export interface DetailOptions {
  /** Terminal columns; values wrap so no line is wider (unless the terminal is narrower than 40). */
  width: number;
  /** `new Chalk({ level })`: level 0 yields plain text with no escape codes at all. */
  color: ChalkInstance;
}

/** Keys are the JSON field names, so what people see here is what they can select with `--json`. */
const LABEL_WIDTH = Math.max(...MENTION_FIELDS.map((field) => field.length)) + 2;
/** Below this many value columns wrapping turns into a column of fragments, so lines may overflow. */
const MIN_VALUE_WIDTH = 20;
const NONE = '-';

/** An ISO 8601 time without milliseconds: still ISO, and it fits a 40-column terminal unbroken. */
function forPeople(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/** One value as lines of plain text, before wrapping; `null` when the field is empty. */
function valueLines(record: MentionRecord, field: (typeof MENTION_FIELDS)[number]): string[] | null {
  const value = record[field];
  if (value === null) return null;
  if (field === 'ageSeconds') return [`${record.ageSeconds} (${formatAge(record.ageSeconds)})`];
  if (field === 'responseSeconds' && record.responseSeconds !== null) {
    return [`${record.responseSeconds} (${formatAge(record.responseSeconds)})`];
  }
  if (field === 'createdAt') return [`${forPeople(record.createdAt)} (${formatAge(record.ageSeconds)} ago)`];
  if (field === 'firstSeenAt' || field === 'answeredAt') return [forPeople(String(value))];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) {
    const items = value.map((item) => sanitizeForTerminal(item, { singleLine: true }).trim());
    return items.length === 0 ? null : items.map((item) => `- ${item}`);
  }
  // Tabs would be expanded by the terminal to an unknown width, so they become a space before wrapping.
  const text = sanitizeForTerminal(value).replace(/\t/g, ' ');
  return text.trim() === '' ? null : text.replace(/^\n+|\n+$/g, '').split('\n');
}

/** Colours that carry meaning: SLA breaches, and complaints still waiting for an answer. */
function paint(record: MentionRecord, field: string, line: string, color: ChalkInstance): string {
  if (field === 'slaLevel' && record.slaLevel === 'max') return color.red.bold(line);
  if (field === 'slaLevel' && record.slaLevel === 'firstResponse') return color.yellow(line);
  if (field === 'status' && record.status === 'open' && record.complaint) return color.bold(line);
  return line;
}

/** Renders one record as labelled lines, wrapped to `opts.width`, ending with a newline. */
export function renderDetail(record: MentionRecord, opts: DetailOptions): string {
  const { color } = opts;
  const valueWidth = Math.max(MIN_VALUE_WIDTH, opts.width - LABEL_WIDTH);
  const indent = ' '.repeat(LABEL_WIDTH);
  let out = '';
  for (const field of MENTION_FIELDS) {
    const lines = valueLines(record, field);
    const label = color.dim(field.padEnd(LABEL_WIDTH));
    if (lines === null) {
      out += `${label}${color.dim(NONE)}\n`;
      continue;
    }
    // Reasons keep their "- " marker on the first line; continuation lines align under the text.
    const wrapped = lines.flatMap((line) => {
      const hanging = field === 'reasons' ? 2 : 0;
      const [first, ...rest] = wrapToWidth(line.slice(hanging), valueWidth - hanging);
      return [line.slice(0, hanging) + first, ...rest.map((more) => ' '.repeat(hanging) + more)];
    });
    wrapped.forEach((line, i) => {
      // A blank paragraph line gets no indent, so the block carries no trailing whitespace.
      out +=
        line === '' && i > 0 ? '\n' : `${i === 0 ? label : indent}${paint(record, field, line, color)}\n`;
    });
  }
  return out;
}
