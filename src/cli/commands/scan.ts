/** `mentions scan`: fetch every source concurrently, store and classify, summarise per source. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError, RuntimeError } from '../../errors.js';
import { buildSources } from '../../sources/build.js';
import { runScan, type SourceOutcome } from '../../scan/scan.js';
import { unlock } from '../../store/scan-lock.js';
import { parseWait, waitForLock } from '../wait-lock.js';
import { afterScan } from '../../store/db.js';
import { renderScanSummary, scanTotals, waitingLine } from '../scan-summary.js';
import { USER_AGENT } from '../version.js';
import { sendAlerts, type AlertsOutcome } from '../alerts-step.js';
import { formatJsonDocument } from '../../output/json.js';

export function configure(cmd: Command): void {
  cmd
    .option('-s, --source <name>', 'scan only this source (its name, or a type to scan all of that type)')
    .option('--json', 'print the summary as one JSON object')
    .option('--wait <seconds>', 'how long to wait for another running scan (or alert delivery)', '30');
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const config = await ctx.config();
  const wanted = opts.source as string | undefined;
  const selected = wanted
    ? config.sources.filter((s) => s.name === wanted || s.type === wanted)
    : config.sources;
  if (selected.length === 0) {
    throw new UsageError(
      `no source named "${wanted}"; configured: ${config.sources.map((s) => s.name).join(', ')}`,
    );
  }
  const db = await ctx.db();
  await acquire(ctx, parseWait(opts.wait));
  try {
    const sources = await buildSources(selected, config.brands, config.file);
    // Classification runs in a worker thread while this one fetches, parses and stores.
    const { workerClassifier } = await import('../../classify/worker-pool.js');
    const classifier = await workerClassifier();
    const spinner = await startSpinner(ctx, selected.length);
    let done = 0;
    const outcomes = await runScan({
      db,
      sources,
      brands: config.brands,
      classifier,
      context: {
        fetch: ctx.fetch,
        readFile: ctx.readFile,
        now: ctx.now,
        userAgent: USER_AGENT,
        baseDir: config.baseDir,
      },
      concurrency: config.concurrency,
      timeoutSeconds: config.timeoutSeconds,
      redact: (t) => ctx.redact(t),
      onDone: () => spinner?.update(++done),
    }).finally(() => classifier.close());
    spinner?.stop();
    const newComplaintIds = outcomes.flatMap((o) => o.newComplaintIds);
    const alerts = await sendAlerts(ctx, config, db, newComplaintIds, parseWait(opts.wait));
    report(ctx, outcomes, alerts, opts.json === true);
    // A source stopped part-way (rate limit, quota) stored what it read: that is a partial failure. So
    // is one told when to come back: it is parked, not broken.
    const failed = outcomes.filter((o) => !o.ok).length;
    const nothingStored = outcomes.filter((o) => !o.ok && !o.partial && o.retryAt === undefined).length;
    if (failed > 0 && nothingStored === outcomes.length) return EXIT.failure;
    return failed > 0 || alerts.failed.length > 0 ? EXIT.partial : EXIT.ok;
  } finally {
    unlock(db, 'scan', ctx.pid);
    afterScan(db);
  }
}

/** Waits for another scan to finish, up to `seconds`, then gives up with a clear message. */
async function acquire(ctx: Context, seconds: number): Promise<void> {
  const holder = await waitForLock(
    ctx,
    await ctx.db(),
    'scan',
    seconds,
    (h) => `waiting for another scan (pid ${h.pid}) to finish…`,
  );
  if (holder) {
    throw new RuntimeError(
      `another scan is running (pid ${holder.pid}, since ${holder.acquiredAt.toISOString()}); try again when it ends`,
    );
  }
}

async function startSpinner(ctx: Context, total: number) {
  // ora loops forever clearing lines on a terminal that reports zero columns (e.g. under `script`).
  if (ctx.globals.quiet || !ctx.stderr.isTTY || !ctx.stderr.columns) return undefined;
  const { default: ora } = await import('ora');
  const spinner = ora({
    text: `scanning ${total} sources`,
    stream: ctx.stderr as NodeJS.WritableStream,
  }).start();
  return {
    update: (n: number) => (spinner.text = `scanning: ${n}/${total} sources done`),
    stop: () => spinner.stop(),
  };
}

function report(ctx: Context, outcomes: SourceOutcome[], alerts: AlertsOutcome, json: boolean): void {
  for (const o of outcomes) {
    if (o.error) ctx.error(o.error);
    for (const w of o.warnings) ctx.info(`warning: ${o.source}: ${w}`);
    // On a terminal the summary below says it already.
    const waiting = waitingLine(o, ctx.now());
    const summarised = !json && ctx.stdout.isTTY && !ctx.globals.quiet;
    if (waiting !== undefined && !summarised) ctx.info(`${o.source}: ${waiting}`);
  }
  if (json) {
    const sources = outcomes.map(({ newComplaintIds: _ids, ...o }) => o);
    const summary = { sources, totals: scanTotals(outcomes), alerts };
    ctx.stdout.write(formatJsonDocument(summary));
  } else if (ctx.stdout.isTTY && !ctx.globals.quiet) {
    ctx.stdout.write(renderScanSummary(outcomes, ctx.colorLevel(ctx.stdout), ctx.now()));
    if (alerts.sent > 0) ctx.stdout.write(`${alerts.sent} alert${alerts.sent === 1 ? '' : 's'} sent\n`);
  }
}
