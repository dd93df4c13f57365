/** The filter options shared by list, export (and later check/stats), parsed once. */
import type { Command } from 'commander';
import type { Config } from '../config/schema.js';
import type { MentionFilter } from '../store/mentions.js';
import { MENTION_STATUSES, type MentionStatus } from '../mention.js';
import { UsageError } from '../errors.js';
import { parseDuration } from '../output/relative-time.js';

/** Declares --all, --status, --brand, --source, --since, --limit on a command. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('-a, --all', 'every mention, not only complaints (and any status unless --status)')
    .option('--status <status>', 'open, answered or ignored (default: open)')
    .option('-b, --brand <name>', 'only this brand')
    .option('-s, --source <name>', 'only this source (its name)')
    .option('--since <when>', 'only mentions created since a duration ago (2h, 7d) or a date (2026-11-01)')
    .option('-n, --limit <n>', 'at most this many mentions');
}

/**
 * Turns the options into a store filter; bad values are one-line usage errors. `--source` must name a
 * configured source, or one whose mentions are `stored` (imported, or from a source since removed).
 */
export function parseFilter(
  opts: Record<string, unknown>,
  config: Config,
  now: Date,
  stored: (source: string) => boolean,
): MentionFilter {
  const all = opts.all === true;
  const filter: MentionFilter = { complaintsOnly: !all, status: all ? undefined : 'open' };
  if (typeof opts.status === 'string') {
    if (!MENTION_STATUSES.includes(opts.status as MentionStatus)) {
      throw new UsageError(`--status "${opts.status}": use one of ${MENTION_STATUSES.join(', ')}`);
    }
    filter.status = opts.status as MentionStatus;
  }
  if (typeof opts.brand === 'string') {
    const brand = config.brands.find((b) => b.name.toLowerCase() === String(opts.brand).toLowerCase());
    if (!brand) {
      throw new UsageError(
        `--brand "${opts.brand}": no such brand; configured: ${config.brands.map((b) => b.name).join(', ')}`,
      );
    }
    filter.brand = brand.name;
  }
  if (typeof opts.source === 'string') {
    // A typo must not read as "nothing to do" in a cron job: the name must be a configured source.
    const name = opts.source;
    if (!config.sources.some((s) => s.name === name) && !stored(name)) {
      throw new UsageError(
        `--source "${opts.source}": no such source; configured: ${config.sources.map((s) => s.name).join(', ')}`,
      );
    }
    filter.source = name;
  }
  if (typeof opts.since === 'string') filter.since = parseSince(opts.since, now);
  if (opts.limit !== undefined) {
    const n = Number(opts.limit);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--limit "${String(opts.limit)}": use a whole number ≥ 1`);
    filter.limit = n;
  }
  return filter;
}

/** `2h`/`7d` (ago) or an ISO date/time. */
export function parseSince(text: string, now: Date): Date {
  if (/^\d+(\.\d+)?[smhdw]/i.test(text)) {
    try {
      return new Date(now.getTime() - parseDuration(text) * 1000);
    } catch {
      // fall through to the date forms
    }
  }
  const t = Date.parse(text);
  if (Number.isNaN(t))
    throw new UsageError(`--since "${text}": use a duration (30m, 2h, 7d) or a date (2026-11-01)`);
  return new Date(t);
}

/** Parses mention ids given on the command line. */
export function parseIds(args: string[]): number[] {
  if (args.length === 0) throw new UsageError('give at least one mention id (see mentions list)');
  return args.map((a) => {
    // Digits only: Number() would also read "1e1" and "0x5" as ids.
    const digits = a.replace(/^#/, '');
    const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
    if (!Number.isSafeInteger(n) || n < 1)
      throw new UsageError(`"${a}" is not a mention id; ids are whole numbers (see mentions list)`);
    return n;
  });
}
