/** `mentions check`: for cron; silent and exit 0 when no open complaint or question breaches its SLA. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseFilter } from '../filters.js';
import { hasSource, iterateMentions } from '../../store/mentions.js';
import { slaResolver } from '../../sla/policy.js';
import { mentionToRecord, type MentionRecord } from '../../output/fields.js';
import { printRecords } from '../print-records.js';
import { sendAlerts } from '../alerts-step.js';
import { parseWait } from '../wait-lock.js';
import { spikeBanners } from '../spike-banners.js';

export function configure(cmd: Command): void {
  cmd
    .option('--scan', 'run a scan first')
    .option('-b, --brand <name>', 'only this brand')
    .option('-s, --source <name>', 'only this source (its name)')
    .option('--json', 'print the breaches as one JSON array')
    .option('--ndjson', 'print the breaches as one JSON object per line')
    .option('--wait <seconds>', 'how long to wait for a scan or another check sending alerts', '30');
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  let scanCode: number = EXIT.ok;
  if (opts.scan === true) {
    const scan = await import('./scan.js');
    scanCode = await scan.run(ctx, [], {});
  }
  const config = await ctx.config();
  const now = ctx.now();
  const db = await ctx.db();
  const filter = {
    ...parseFilter({ brand: opts.brand, source: opts.source }, config, now, (s) => hasSource(db, s)),
    needsAnswer: true,
  };
  const slaFor = slaResolver(config);
  const breaches: MentionRecord[] = [];
  for (const m of iterateMentions(db, filter)) {
    const r = mentionToRecord(m, now, slaFor(m));
    if (r.slaBreached) breaches.push(r);
  }
  // cron may run only `check`: SLA crossings and spikes are alerted here too.
  const alerts =
    opts.scan === true ? { failed: [] } : await sendAlerts(ctx, config, db, [], parseWait(opts.wait));
  if (alerts.failed.length > 0 && scanCode === EXIT.ok) scanCode = EXIT.partial;
  // A spike is news for whoever reads cron's mail even when nothing is late yet; only the table shows
  // it above the breaches, so JSON (on a terminal too) leaves it on stderr.
  const banners = await spikeBanners(db, config, now);
  const table = ctx.stdout.isTTY === true && opts.json !== true && opts.ndjson !== true;
  if (!table || breaches.length === 0) for (const b of banners) ctx.error(b);
  if (breaches.length === 0) return scanCode;
  await printRecords(ctx, breaches, {
    json: opts.json === true,
    ndjson: opts.ndjson === true,
    noun: 'mention past its SLA',
    plural: 'mentions past their SLA',
    empty: '',
    banners: async () => banners,
  });
  return breaches.some((r) => r.slaLevel === 'max') ? EXIT.pastMax : EXIT.pastFirstResponse;
}
