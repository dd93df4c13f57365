/** CSV output (RFC 4180, CRLF line ends), written a header and then one row at a time. */
import { MENTION_FIELDS, type MentionRecord } from './fields.js';
import { sanitizeCsvCell, sanitizeForTerminal } from './sanitize.js';

/** Quotes a cell when it holds a separator, a quote or a line break (RFC 4180, section 2). */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One value as a CSV cell: nulls empty, booleans `true`/`false`, lists joined with `; `. */
function toCell(value: MentionRecord[keyof MentionRecord]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.join('; ') : value;
  // Escape sequences are stripped first so `\x1b[0m=1` cannot hide a formula from the check after it,
  // and so `cat export.csv` on a terminal is as safe as the table.
  return quote(sanitizeCsvCell(sanitizeForTerminal(text)));
}

/** The header line: every field name from MENTION_FIELDS, ending with CRLF. */
export function csvHeader(): string {
  return `${MENTION_FIELDS.join(',')}\r\n`;
}

/** One record as a CSV line ending with CRLF, cells in MENTION_FIELDS order. */
export function formatCsvRow(record: MentionRecord): string {
  return `${MENTION_FIELDS.map((field) => toCell(record[field])).join(',')}\r\n`;
}
