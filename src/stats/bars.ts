/** Small Unicode bar charts for the terminal: full blocks plus an eighth-block remainder. */
import type { ChalkInstance } from 'chalk';
import { displayWidth, fitToWidth } from '../output/text-width.js';

/** Partial blocks by eighths: index n draws n/8 of a cell. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A bar `value / max` of `width` cells, drawn with █ and one partial block. A value above zero never
 * draws as nothing (it gets at least ▏), so a small count is still visible next to a large one.
 */
export function bar(value: number, max: number, width: number): string {
  if (width <= 0 || max <= 0 || value <= 0) return '';
  const eighths = Math.round(Math.min(1, value / max) * width * 8);
  const full = Math.floor(eighths / 8);
  const out = '█'.repeat(full) + EIGHTHS[eighths % 8];
  return out === '' ? '▏' : out;
}

/** One row of a bar chart: label, bar, then right-aligned numbers. */
export interface ChartRow {
  label: string;
  value: number;
  numbers: string[];
}

/** Layout of a chart: the widths every row shares. */
export interface ChartOptions {
  width: number;
  color: ChalkInstance;
  /** Header over each number column; also sets the column's minimum width. */
  headers: string[];
  /** Widest a label may be before it is cut. */
  labelMax?: number;
}

const GAP = '  ';
/** Narrower than this, the bar tells nothing and is left out so the numbers still fit. */
const BAR_MIN = 4;
/** Wider than this, the eye loses the row between label and numbers. */
export const BAR_MAX = 40;

/**
 * Renders rows as "label  bar…  n1  n2", every line at most `width` columns, bars scaled to the
 * largest value. Labels must already be sanitised.
 */
export function renderChart(rows: ChartRow[], opts: ChartOptions): string[] {
  const { color, headers } = opts;
  const numberWidths = headers.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, displayWidth(r.numbers[i] ?? '')), displayWidth(h)),
  );
  const numbersWidth = numberWidths.reduce((s, w) => s + w + GAP.length, 0);
  // Labels give way first on a narrow terminal, down to a few columns, so the numbers stay whole.
  const labelWidth = Math.min(
    opts.labelMax ?? 24,
    Math.max(4, opts.width - numbersWidth - GAP.length - BAR_MIN),
    rows.reduce((w, r) => Math.max(w, displayWidth(r.label)), 0),
  );
  let barWidth = Math.min(BAR_MAX, opts.width - labelWidth - GAP.length - numbersWidth);
  if (barWidth < BAR_MIN) barWidth = 0;
  const max = rows.reduce((m, r) => Math.max(m, r.value), 0);
  const numbers = (cells: string[]) => cells.map((c, i) => GAP + c.padStart(numberWidths[i])).join('');
  const line = (label: string, drawn: string, cells: string[]) => {
    const barCell = barWidth > 0 ? GAP + color.cyan(drawn) + ' '.repeat(barWidth - displayWidth(drawn)) : '';
    return fitToWidth(label, labelWidth) + barCell + numbers(cells);
  };
  const head = color.dim(
    (' '.repeat(labelWidth) + (barWidth > 0 ? GAP + ' '.repeat(barWidth) : '') + numbers(headers)).trimEnd(),
  );
  return [head, ...rows.map((r) => line(r.label, bar(r.value, max, barWidth), r.numbers))];
}
