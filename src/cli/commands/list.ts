/** `mentions list`: unanswered complaints oldest first by default; a table on a terminal, NDJSON when piped. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { addFilterOptions, parseFilter } from '../filters.js';
import { slaResolver } from '../../sla/policy.js';
import type { MentionRecord } from '../../output/fields.js';
import { mentionJsonTexts, mentionRecords } from '../mention-records.js';
import { printRecords } from '../print-records.js';
import { UsageError } from '../../errors.js';
import { hasSource } from '../../store/mentions.js';

export function configure(cmd: Command): void {
  addFilterOptions(cmd)
    .option('--sort <order>', 'age (oldest first; severity, then reach break ties) or priority', 'age')
    .option('--json', 'print one JSON array')
    .option('--ndjson', 'print one JSON object per line');
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  if (opts.sort !== 'age' && opts.sort !== 'priority') {
    throw new UsageError(`--sort "${String(opts.sort)}": use age or priority`);
  }
  const config = await ctx.config();
  const now = ctx.now();
  const db = await ctx.db();
  const filter = parseFilter(opts, config, now, (source) => hasSource(db, source));
  const slaFor = slaResolver(config);
  let records: Iterable<MentionRecord> = mentionRecords(db, filter, now, slaFor);
  if (opts.sort === 'priority') {
    const { sortByPriority } = await import('../../sla/priority.js');
    records = sortByPriority([...records], (r) => slaFor(r).firstResponseSeconds);
  }
  const unanswered = filter.complaintsOnly && filter.status === 'open';
  await printRecords(ctx, records, {
    json: opts.json === true,
    ndjson: opts.ndjson === true,
    noun: unanswered ? 'unanswered complaint' : 'mention',
    empty: unanswered ? 'no unanswered complaints' : 'no mentions',
    // In age order the store hands over each record's JSON: what a pipe gets, at a fraction of the cost.
    jsonTexts: opts.sort === 'age' ? () => mentionJsonTexts(db, filter, now, slaFor) : undefined,
    // Banners are for people at a terminal: loaded only there.
    banners: async () => (await import('../spike-banners.js')).spikeBanners(db, config, now),
  });
  return EXIT.ok;
}
