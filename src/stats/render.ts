/** The `mentions stats` report for people at a terminal: sections of numbers with small bar charts. */
import type { ChalkInstance } from 'chalk';
import { formatAge } from '../output/relative-time.js';
import { sanitizeForTerminal } from '../output/sanitize.js';
import { displayWidth, truncateToWidth } from '../output/text-width.js';
import { bar, BAR_MAX, renderChart, type ChartRow } from './bars.js';
import type { StatsReport } from './report.js';
import { plural } from '../output/plural.js';

/** How to render for one terminal. */
export interface RenderOptions {
  width: number;
  color: ChalkInstance;
}

const LABEL = 16;

/** Names from the database (source names, brands) on one line with nothing a terminal would act on. */
function clean(text: string): string {
  return sanitizeForTerminal(text, { singleLine: true }).trim();
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

function seconds(value: number | null): string {
  return value === null ? '–' : formatAge(Math.round(value));
}

/** "label  value" with the label padded, as the response section prints its lines. */
function pair(label: string, value: string): string {
  return `${label.padEnd(LABEL)}${value}`;
}

function scopeLines(r: StatsReport, o: RenderOptions): string[] {
  const brand = r.brand === null ? 'all brands' : `brand ${clean(r.brand)}`;
  const source = r.source === null ? 'all sources' : `source ${clean(r.source)}`;
  return [
    o.color.bold(`mentions since ${r.since.slice(0, 16).replace('T', ' ')} UTC`),
    o.color.dim(`${brand} · ${source}`),
  ];
}

function volumeSection(r: StatsReport, o: RenderOptions): string[] {
  if (r.totals.mentions === 0) return ['no mentions in this period'];
  const headers = ['mentions', 'complaints'];
  const row = (label: string, c: { mentions: number; complaints: number }): ChartRow => ({
    label,
    value: c.mentions,
    numbers: [String(c.mentions), String(c.complaints)],
  });
  const opts = { width: o.width, color: o.color, headers };
  return [
    o.color.bold('per day (UTC)'),
    ...renderChart(
      r.byDay.map((d) => row(d.day, d)),
      opts,
    ),
    '',
    o.color.bold('per source'),
    ...renderChart(
      r.bySource.map((s) => row(clean(s.source), s)),
      opts,
    ),
  ];
}

function responseSection(r: StatsReport, o: RenderOptions): string[] {
  const { totals, firstResponse: f } = r;
  const barWidth = Math.max(0, Math.min(BAR_MAX, o.width - LABEL - 6));
  const shareLine = (label: string, share: number | null) =>
    pair(label, `${percent(share).padStart(4)}  ${o.color.cyan(bar(share ?? 0, 1, barWidth))}`).trimEnd();
  return [
    o.color.bold('complaints'),
    pair(
      'response rate',
      `${percent(r.responseRate)} (${totals.answered}/${totals.answered + totals.open} answered)`,
    ),
    pair('median reply', `${seconds(f.medianSeconds)} (${plural(f.answered, 'answer')})`),
    pair('p90 reply', seconds(f.p90Seconds)),
    shareLine('within 1h', f.within1hShare),
    shareLine('within 24h', f.within24hShare),
  ];
}

function backlogSection(r: StatsReport, o: RenderOptions): string[] {
  const b = r.backlog;
  const rows: ChartRow[] = [
    { label: '0–1h', value: b.under1h, numbers: [String(b.under1h)] },
    { label: '1–4h', value: b.from1hTo4h, numbers: [String(b.from1hTo4h)] },
    { label: '4–24h', value: b.from4hTo24h, numbers: [String(b.from4hTo24h)] },
    { label: '> 24h', value: b.over24h, numbers: [String(b.over24h)] },
  ];
  const chart = renderChart(rows, { width: o.width, color: o.color, headers: ['open'] });
  return [o.color.bold(`open backlog: ${plural(b.total, 'complaint')}`), ...chart.slice(1)];
}

function lintLines(r: StatsReport, o: RenderOptions): string[] {
  const l = r.replyLint;
  const count = (n: number) => (n > 0 ? o.color.yellow(String(n)) : String(n));
  const any = l.canned + l.otherChannel + l.personalData > 0;
  return [
    o.color.bold('reply lint'),
    pair('canned', count(l.canned)),
    pair('other channel', count(l.otherChannel)),
    pair('personal data', count(l.personalData)),
    ...(any ? [o.color.dim('details: mentions lint-replies')] : []),
  ];
}

/**
 * The report as lines of at most `width` columns (colour codes aside), ending with a newline. Each
 * line is cut as a whole, so a narrow terminal loses the ends of lines rather than wrapping them.
 */
export function renderStats(r: StatsReport, o: RenderOptions): string {
  const lines = [
    ...scopeLines(r, o),
    '',
    ...volumeSection(r, o),
    '',
    ...responseSection(r, o),
    '',
    ...backlogSection(r, o),
    '',
    ...lintLines(r, o),
  ];
  return `${lines.map((l) => fit(l, o.width)).join('\n')}\n`;
}

/** Lines with colour codes are cut on their visible text; plain lines are cut directly. */
function fit(line: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  if (displayWidth(plain) <= width) return line;
  return truncateToWidth(plain, width);
}
