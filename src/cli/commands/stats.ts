/** `mentions stats`: volume, response rate, first-response times, backlog and reply lint over a period. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseFilter } from '../filters.js';
import { buildStatsReport } from '../../stats/report.js';
import { formatJsonDocument } from '../../output/json.js';
import type { StatsScope } from '../../store/stats.js';
import type { Config } from '../../config/schema.js';
import type { Db } from '../../store/db.js';
import { hasSource } from '../../store/mentions.js';

/** Declares the options of `mentions stats`. */
export function configure(cmd: Command): void {
  cmd
    .option('--since <when>', 'mentions created since a duration ago (2h, 7d) or a date (2026-11-01)', '7d')
    .option('-b, --brand <name>', 'only this brand')
    .option('-s, --source <name>', 'only this source (its name)')
    .option('--json', 'print the report as JSON (the default when piped)');
}

/** The period, brand and source the options ask for; bad values are one-line usage errors. */
export function parseScope(
  opts: Record<string, unknown>,
  config: Config,
  now: Date,
  since: string,
  db: Db,
): StatsScope {
  const f = parseFilter(
    { brand: opts.brand, source: opts.source, since: opts.since ?? since },
    config,
    now,
    (s) => hasSource(db, s),
  );
  return {
    since: f.since as Date,
    ...(f.brand !== undefined ? { brand: f.brand } : {}),
    ...(f.source !== undefined ? { source: f.source } : {}),
  };
}

/** Runs `mentions stats`: JSON when asked or piped, a report for people on a terminal. */
export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const config = await ctx.config();
  const now = ctx.now();
  const db = await ctx.db();
  const scope = parseScope(opts, config, now, '7d', db);
  const report = buildStatsReport(db, scope, now);
  if (opts.json || !ctx.stdout.isTTY) {
    ctx.stdout.write(formatJsonDocument(report));
    return EXIT.ok;
  }
  // Loaded only for people at a terminal: piped output starts faster without them.
  const [{ Chalk }, { renderStats }] = await Promise.all([import('chalk'), import('../../stats/render.js')]);
  const color = new Chalk({ level: ctx.colorLevel(ctx.stdout) });
  ctx.stdout.write(renderStats(report, { width: ctx.width(80), color }));
  return EXIT.ok;
}
