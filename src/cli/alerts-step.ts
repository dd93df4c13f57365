/** Runs the alert channels after a scan or check; loaded only when the config has `notify:`. */
import type { Context } from './context.js';
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { unlock } from '../store/scan-lock.js';
import { waitForLock } from './wait-lock.js';

/** What the alert step did: how many alerts went out, which channels failed. */
export interface AlertsOutcome {
  sent: number;
  failed: { channel: string; error: string }[];
}

/** Detects complaint spikes and sends due alerts; failures are printed on stderr, never thrown. */
export async function sendAlerts(
  ctx: Context,
  config: Config,
  db: Db,
  newComplaintIds: number[],
  waitSeconds: number,
): Promise<AlertsOutcome> {
  if (config.notify.length === 0) return { sent: 0, failed: [] };
  // One process delivers at a time: a `check` from cron while a scan sends would send the same alerts.
  const holder = await waitForLock(
    ctx,
    db,
    'alerts',
    waitSeconds,
    (h) => `waiting for pid ${h.pid} to finish sending alerts…`,
  );
  if (holder) ctx.info(`alerts: pid ${holder.pid} is still sending alerts; this run's are kept for the next`);
  try {
    const [{ runAlerts }, crises] = await Promise.all([
      import('../notify/run-alerts.js'),
      detectCrises(config, db, ctx),
    ]);
    // Without the lock the alerts are still raised and stored (a new complaint is raised only by the
    // scan that stored it); only sending waits for the next run.
    const outcome = await runAlerts({
      db,
      config,
      now: ctx.now,
      fetch: ctx.fetch,
      newComplaintIds,
      crises,
      log: (line) => ctx.info(line),
      recordOnly: holder !== null,
    });
    for (const f of outcome.failed) ctx.error(`alert channel ${f.channel}: ${f.error}`);
    return outcome;
  } finally {
    if (!holder) unlock(db, 'alerts', ctx.pid);
  }
}

async function detectCrises(config: Config, db: Db, ctx: Context) {
  const { detectSpikes } = await import('../crisis/spikes.js');
  return detectSpikes(db, config, ctx.now()).map((s) => ({
    brand: s.brand,
    count: s.count,
    usual: s.usual,
    words: s.words,
  }));
}
