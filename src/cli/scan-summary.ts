/** The scan's human summary: one line per source, then totals. */
import { Chalk } from 'chalk';
import type { SourceOutcome } from '../scan/scan.js';
import { plural } from '../output/plural.js';
import { sanitizeForTerminal } from '../output/sanitize.js';
import { formatUtcTime } from '../output/utc-time.js';

/** Sums of a scan, also printed by --json. */
export interface ScanTotals {
  sources: number;
  failed: number;
  fetched: number;
  inserted: number;
  duplicates: number;
  complaints: number;
}

/** Adds up the outcomes of every source. */
export function scanTotals(outcomes: SourceOutcome[]): ScanTotals {
  return outcomes.reduce<ScanTotals>(
    (t, o) => ({
      sources: t.sources + 1,
      failed: t.failed + (o.ok ? 0 : 1),
      fetched: t.fetched + o.fetched,
      inserted: t.inserted + o.inserted,
      duplicates: t.duplicates + o.duplicates,
      complaints: t.complaints + o.complaints,
    }),
    { sources: 0, failed: 0, fetched: 0, inserted: 0, duplicates: 0, complaints: 0 },
  );
}

/** What a source waiting out a rate limit or quota shows: "not fetched: waiting until 14:05 UTC, …". */
export function waitingLine(o: SourceOutcome, now: Date): string | undefined {
  if (o.waitingUntil === undefined) return undefined;
  return `not fetched: waiting until ${formatUtcTime(new Date(o.waitingUntil), now)}, when its rate limit or quota ends`;
}

/** One line per source and a totals line, for a terminal. */
export function renderScanSummary(outcomes: SourceOutcome[], level: 0 | 1 | 2 | 3, now: Date): string {
  const c = new Chalk({ level });
  const width = Math.max(...outcomes.map((o) => o.source.length), 6);
  const lines = outcomes.map((o) => {
    const name = sanitizeForTerminal(o.source, { singleLine: true }).padEnd(width);
    if (!o.ok)
      return `${c.red('✗')} ${name}  ${c.red('failed')}: ${sanitizeForTerminal(o.error ?? '', { singleLine: true })}`;
    const waiting = waitingLine(o, now);
    if (waiting !== undefined) return `${c.yellow('–')} ${name}  ${c.dim(waiting)}`;
    const what = o.notModified
      ? c.dim('unchanged (304)')
      : `${o.inserted} new, ${plural(o.duplicates, 'duplicate')}, ${plural(o.complaints, 'complaint')}` +
        (o.autoAnswered > 0 ? `, ${o.autoAnswered} answered by the brand` : '') +
        (o.unmatched > 0 ? c.dim(`, ${o.unmatched} not matching any brand`) : '');
    return `${c.green('✓')} ${name}  ${what}`;
  });
  const t = scanTotals(outcomes);
  const failed = t.failed > 0 ? c.red(`, ${t.failed} failed`) : '';
  lines.push(
    c.bold(
      `total: ${t.inserted} new, ${plural(t.duplicates, 'duplicate')}, ${plural(t.complaints, 'complaint')} from ${plural(t.sources, 'source')}`,
    ) + failed,
  );
  return `${lines.join('\n')}\n`;
}
