/** `mentions lint-replies`: the brand's replies that are canned, push to another channel or repeat personal data. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseScope } from './stats.js';
import { lintReplies, summariseFindings } from '../../replies/lint.js';
import { formatJsonDocument } from '../../output/json.js';

/** Declares the options of `mentions lint-replies`. */
export function configure(cmd: Command): void {
  cmd
    .option('--since <when>', 'replies sent since a duration ago (7d, 30d) or a date (2026-11-01)', '30d')
    .option('-b, --brand <name>', 'only replies to mentions of this brand')
    .option('-s, --source <name>', 'only replies seen by this source')
    .option('--json', 'print the findings as one JSON array (the default when piped)');
}

/** Runs `mentions lint-replies`: JSON when asked or piped, a report for people on a terminal. */
export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const config = await ctx.config();
  const now = ctx.now();
  const db = await ctx.db();
  const scope = parseScope(opts, config, now, '30d', db);
  const findings = lintReplies(db, scope);
  if (opts.json || !ctx.stdout.isTTY) {
    ctx.stdout.write(formatJsonDocument(findings));
    return EXIT.ok;
  }
  const [{ Chalk }, { renderFindings }] = await Promise.all([
    import('chalk'),
    import('../../replies/render.js'),
  ]);
  if (findings.length === 0) {
    ctx.stdout.write(`no findings in replies since ${scope.since.toISOString().slice(0, 10)}\n`);
    return EXIT.ok;
  }
  const color = new Chalk({ level: ctx.colorLevel(ctx.stdout) });
  ctx.stdout.write(renderFindings(findings, summariseFindings(findings), { width: ctx.width(100), color }));
  return EXIT.ok;
}
