/** `mentions list`: unanswered complaints oldest first by default; a table on a terminal, NDJSON when piped. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { addFilterOptions, parseFilter } from '../filters.js';
import { iterateMentions } from '../../store/mentions.js';
import { mentionToRecord, type MentionRecord } from '../../output/fields.js';
import { writeRecords } from '../record-writer.js';

export function configure(cmd: Command): void {
  addFilterOptions(cmd)
    .option('--json', 'print one JSON array')
    .option('--ndjson', 'print one JSON object per line');
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const config = await ctx.config();
  const now = ctx.now();
  const filter = parseFilter(opts, config, now);
  const db = await ctx.db();
  const records = (function* () {
    for (const m of iterateMentions(db, filter)) yield mentionToRecord(m, now, config.sla);
  })();
  const format = opts.json ? 'json' : opts.ndjson || !ctx.stdout.isTTY ? 'ndjson' : 'table';
  if (format !== 'table') {
    writeRecords(format, records, (chunk) => ctx.stdout.write(chunk));
    return EXIT.ok;
  }
  const rows = [...records];
  // Loaded only for people at a terminal: piped output starts faster without them.
  const [{ Chalk }, { renderTable }] = await Promise.all([import('chalk'), import('../../output/table.js')]);
  const color = new Chalk({ level: ctx.colorLevel(ctx.stdout) });
  if (rows.length === 0) {
    ctx.stdout.write(
      `${filter.complaintsOnly && filter.status === 'open' ? 'no unanswered complaints' : 'no mentions'}\n`,
    );
    return EXIT.ok;
  }
  ctx.stdout.write(renderTable(rows, { width: ctx.stdout.columns ?? 100, color }));
  ctx.stdout.write(`${color.dim(footer(rows, filter.complaintsOnly && filter.status === 'open'))}\n`);
  return EXIT.ok;
}

function footer(rows: MentionRecord[], unanswered: boolean): string {
  const noun = unanswered ? 'unanswered complaint' : 'mention';
  const first = rows.filter((r) => r.slaLevel === 'firstResponse').length;
  const max = rows.filter((r) => r.slaLevel === 'max').length;
  const parts = [`${rows.length} ${noun}${rows.length === 1 ? '' : 's'}`];
  if (first > 0) parts.push(`${first} past first response`);
  if (max > 0) parts.push(`${max} past max`);
  return parts.join(' · ');
}
