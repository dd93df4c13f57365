/** Prints mention records the way every listing command does: a table for people, NDJSON/JSON for tools. */
import type { Context } from './context.js';
import type { MentionRecord } from '../output/fields.js';
import { writeNdjson } from '../output/ndjson.js';

/** How a listing names what it shows. */
export interface Listing {
  json?: boolean;
  ndjson?: boolean;
  /** Singular noun for the footer, e.g. "unanswered complaint". */
  noun: string;
  /** Its plural, when not the noun with an "s" ("mentions past their SLA"). */
  plural?: string;
  /** Printed on a terminal when there is nothing to show. */
  empty: string;
  /** Lines printed above the table on a terminal (e.g. a crisis banner); computed only for people. */
  banners?: () => Promise<string[]>;
  /** The records' compact JSON texts, built faster than from the records: used for NDJSON when given. */
  jsonTexts?: () => Iterable<string>;
}

/** Writes records as a table on a TTY, else NDJSON (or one JSON array with --json); returns the count. */
export async function printRecords(
  ctx: Context,
  records: Iterable<MentionRecord>,
  how: Listing,
): Promise<number> {
  const format = how.json ? 'json' : how.ndjson || !ctx.stdout.isTTY ? 'ndjson' : 'table';
  const sink = (chunk: string) => void ctx.stdout.write(chunk);
  if (format === 'ndjson' && how.jsonTexts) return writeNdjson(how.jsonTexts(), sink);
  // The writer for records (and its CSV) is loaded only when a pipe does not get the JSON texts.
  if (format !== 'table') return (await import('./record-writer.js')).writeRecords(format, records, sink);
  const rows = [...records];
  // Loaded only for people at a terminal: piped output starts faster without them.
  const [{ Chalk }, { renderTable }, { truncateToWidth, wrapToWidth }] = await Promise.all([
    import('chalk'),
    import('../output/table.js'),
    import('../output/text-width.js'),
  ]);
  const color = new Chalk({ level: ctx.colorLevel(ctx.stdout) });
  const width = ctx.width(100);
  for (const banner of (await how.banners?.()) ?? []) {
    for (const line of wrapToWidth(banner, width)) ctx.stdout.write(`${color.bold.red(line)}\n`);
  }
  if (rows.length === 0) {
    ctx.stdout.write(`${how.empty}\n`);
    return 0;
  }
  ctx.stdout.write(renderTable(rows, { width, color }));
  // The count line is a terminal summary: --quiet leaves the table alone.
  if (!ctx.globals.quiet) ctx.stdout.write(`${color.dim(truncateToWidth(footer(rows, how), width))}\n`);
  return rows.length;
}

function footer(rows: MentionRecord[], how: Listing): string {
  const first = rows.filter((r) => r.slaLevel === 'firstResponse').length;
  const max = rows.filter((r) => r.slaLevel === 'max').length;
  const parts = [`${rows.length} ${rows.length === 1 ? how.noun : (how.plural ?? `${how.noun}s`)}`];
  if (first > 0) parts.push(`${first} past first response`);
  if (max > 0) parts.push(`${max} past max`);
  return parts.join(' · ');
}
