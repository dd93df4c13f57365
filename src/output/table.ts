/** The table `mentions list` prints on a TTY: one mention per line, cut to the terminal width. */
import type { ChalkInstance } from 'chalk';
import type { MentionRecord } from './fields.js';
import { formatAge } from './relative-time.js';
import { maskPersonalData } from '../classify/personal-data.js';
import { sanitizeForTerminal } from './sanitize.js';
import { displayWidth, fitToWidth } from './text-width.js';

/** How to render for one terminal. */
export interface TableOptions {
  /** Terminal columns; every line is exactly this wide. */
  width: number;
  /** `new Chalk({ level })`: level 0 yields plain text with no escape codes at all. */
  color: ChalkInstance;
}

const GAP = '  ';
const TEXT_MIN = 16;
/** Source and author are capped so the text, which people read, keeps most of the line. */
const SOURCE_MAX = 14;
const AUTHOR_MAX = 18;
const SHRUNK_MIN = 6;

interface Column {
  header: string;
  width: number;
  cells: string[];
}

/** One cell of untrusted text: on one line, trimmed, with nothing a terminal would act on. */
function clean(value: string | null): string {
  return value === null ? '' : sanitizeForTerminal(value, { singleLine: true }).trim();
}

/** The text column: "title — text" when both exist, else whichever is there. */
function summary(record: MentionRecord): string {
  // Personal data the author posted is not printed again: the PII column says it is there.
  const hide = (s: string) => (record.personalData.length > 0 ? maskPersonalData(s) : s);
  const title = hide(clean(record.title));
  const text = hide(clean(record.text));
  return title && text ? `${title} — ${text}` : title || text;
}

/** A column as wide as its widest cell or header, but no wider than `max`. */
function column(header: string, cells: string[], max = Infinity): Column {
  // A loop, not Math.max(...cells): spreading thousands of rows would overflow the call stack.
  const widest = cells.reduce((most, cell) => Math.max(most, displayWidth(cell)), displayWidth(header));
  return { header, cells, width: Math.min(widest, max) };
}

/**
 * Gives the text column what is left after the others, shrinking then dropping author and source on
 * narrow terminals so the text never falls below TEXT_MIN columns while anything else can give way.
 */
function layout(
  fixedBefore: Column[],
  flexible: Column[],
  text: Column,
  fixedAfter: Column[],
  width: number,
) {
  const shown = [...flexible];
  const used = () =>
    [...fixedBefore, ...shown, ...fixedAfter].reduce((sum, c) => sum + c.width + GAP.length, 0);
  for (const c of [...shown].reverse()) {
    const over = used() + TEXT_MIN - width;
    if (over > 0) c.width = Math.max(Math.min(c.width, SHRUNK_MIN), c.width - over);
  }
  while (shown.length > 0 && used() + TEXT_MIN > width) shown.pop();
  text.width = Math.max(1, width - used());
  return [...fixedBefore, ...shown, text, ...fixedAfter];
}

/** Renders the records as a table, one line each plus a header; an empty list renders as ''. */
export function renderTable(records: MentionRecord[], opts: TableOptions): string {
  if (records.length === 0) return '';
  const { color } = opts;
  const sla = records.map((r) => (r.slaLevel === 'max' ? '!!' : r.slaLevel === 'firstResponse' ? '!' : ''));
  const ids = records.map((r) => String(r.id));
  const ages = records.map((r) => formatAge(r.ageSeconds));
  const sources = records.map((r) => clean(r.source));
  const authors = records.map((r) => clean(r.author));
  const questions = records.map((r) => (r.question ? '?' : ''));
  // With business hours the SLA counts working time: show it beside the wall-clock age.
  const work = records.some((r) => r.businessAgeSeconds !== null)
    ? [
        column(
          'WORK',
          records.map((r) => (r.businessAgeSeconds === null ? '' : formatAge(r.businessAgeSeconds))),
        ),
      ]
    : [];
  // The author posted personal data in public: a marker tells the responder to move to private messages.
  // Only the marker: the data itself is never printed again.
  const privacy = records.some((r) => r.personalData.length > 0)
    ? [
        column(
          'PII',
          records.map((r) => (r.personalData.length > 0 ? 'PII' : '')),
        ),
      ]
    : [];
  const columns = layout(
    [column('ID', ids), column('AGE', ages), ...work],
    [column('SOURCE', sources, SOURCE_MAX), column('AUTHOR', authors, AUTHOR_MAX)],
    column('TEXT', records.map(summary), 0),
    [column('SLA', sla), column('?', questions), ...privacy],
    opts.width,
  );
  const last = columns.length - 1;
  const slaColumn = columns.find((c) => c.header === 'SLA');
  const fits = columns.reduce((sum, c) => sum + c.width, 0) + GAP.length * last <= opts.width;
  // Cells are padded before colour so escape codes never count towards the width. When even the fixed
  // columns overflow a very narrow terminal the line is cut as a whole, and the marker stays plain.
  const line = (cellOf: (c: Column) => string, paintSla?: (marker: string) => string) => {
    const cells = columns.map((c) => fitToWidth(cellOf(c), c.width));
    if (!fits) return fitToWidth(cells.join(GAP), opts.width);
    return cells.map((cell, i) => (columns[i] === slaColumn && paintSla ? paintSla(cell) : cell)).join(GAP);
  };
  const header = line((c) => c.header);
  const rows = records.map((_, row) => {
    const paint = sla[row] === '!!' ? color.red.bold : sla[row] === '!' ? color.yellow : undefined;
    return line((c) => c.cells[row], paint);
  });
  return `${color.bold(header)}\n${rows.map((text) => `${text}\n`).join('')}`;
}
