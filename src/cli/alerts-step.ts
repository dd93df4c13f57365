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
  if (holder) {
    ctx.info(`alerts: pid ${holder.pid} is still sending alerts; the next run sends what is due`);
    return { sent: 0, failed: [] };
  }
  try {
    const [{ runAlerts }, crises] = await Promise.all([
      import('../notify/run-alerts.js'),
      detectCrises(config, db, ctx),
    ]);
    const outcome = await runAlerts({
      db,
      config,
      now: ctx.now,
      fetch: ctx.fetch,
      newComplaintIds,
      crises,
      log: (line) => ctx.info(line),
    });
    for (const f of outcome.failed) ctx.error(`alert channel ${f.channel}: ${f.error}`);
    return outcome;
  } finally {
    unlock(db, 'alerts', ctx.pid);
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
