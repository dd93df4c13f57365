/** Delivers a channel's due alerts (crises at once, others one by one or, under a cooldown, as a summary). */
import type { NotifyChannelConfig } from '../config/notify-schema.js';
import type { Db } from '../store/db.js';
import {
  cancelAlerts,
  closedMentionIds,
  dueAlerts,
  lastSentAt,
  markFailed,
  markSent,
  type AlertRow,
} from '../store/alerts.js';
import { summarise, type Alert, type AlertMessage } from './alert.js';
import { plural } from '../output/plural.js';

/** Tries within one run: `tries` attempts, waiting `firstDelayMs`, then twice as long each time. */
export interface RetryPolicy {
  tries: number;
  firstDelayMs: number;
}

/** What delivering needs; `send` is the channel's transport, `redact` scrubs secrets from any text. */
export interface DeliverDeps {
  db: Db;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  send: (message: AlertMessage) => Promise<void>;
  redact: (text: string) => string;
  log: (line: string) => void;
  retry: RetryPolicy;
  /** Runs an alert is tried in before it is given up (left `failed` and no longer picked). */
  maxRuns: number;
}

/** The outcome on one channel: alerts delivered, and the error that stopped it, if any. */
export interface ChannelOutcome {
  sent: number;
  error?: string;
}

/** Sends what is due on `channel`; the first message that keeps failing stops the channel for this run. */
export async function deliverChannel(
  channel: NotifyChannelConfig,
  deps: DeliverDeps,
): Promise<ChannelOutcome> {
  const due = stillDue(dueAlerts(deps.db, channel.name, deps.maxRuns), deps);
  const batches = plan(channel, due, deps);
  let sent = 0;
  for (const [b, rows] of batches.entries()) {
    const alerts = rows.map((r) => JSON.parse(r.payload) as Alert);
    const message = alerts.length === 1 ? alerts[0] : summarise(alerts, deps.now());
    try {
      await withRetry(() => deps.send(message), deps);
    } catch (err) {
      const error = deps.redact(describeError(err));
      // The channel is down for this run: every alert it still had to send counts a failed run, so
      // that each is given up after `maxRuns` runs, not only the one at the head of the queue.
      const unsent = batches.slice(b).flat();
      markFailed(
        deps.db,
        unsent.map((r) => r.id),
        error,
      );
      const given = unsent.filter((r) => r.attempts + 1 >= deps.maxRuns).length;
      const kept = unsent.length - given;
      const next = [
        given > 0 ? `gave up on ${plural(given, 'alert')} after ${deps.maxRuns} runs` : '',
        kept > 0 ? `${plural(kept, 'alert')} kept for the next run` : '',
      ];
      const line = `${error} (${next.filter(Boolean).join('; ')})`;
      deps.log(`alert: ${channel.name}: ${line}`);
      return { sent, error: line };
    }
    markSent(
      deps.db,
      rows.map((r) => r.id),
      deps.now(),
    );
    sent += rows.length;
    deps.log(deps.redact(`alert: ${channel.name}: sent "${message.title}"`));
  }
  return { sent };
}

/**
 * Drops the alerts whose mention was answered or ignored since they were raised (held back by a
 * cooldown, or kept after a failure): nobody needs paging about a complaint already dealt with.
 */
function stillDue(due: AlertRow[], deps: DeliverDeps): AlertRow[] {
  const ids = due.flatMap((r) => (r.mention_id === null ? [] : [r.mention_id]));
  if (ids.length === 0) return due;
  const closed = closedMentionIds(deps.db, ids);
  if (closed.size === 0) return due;
  const dropped = due.filter((r) => r.mention_id !== null && closed.has(r.mention_id));
  cancelAlerts(
    deps.db,
    dropped.map((r) => r.id),
    deps.now(),
    'not sent: the mention was answered or ignored first',
  );
  return due.filter((r) => !dropped.includes(r));
}

/** Groups due alerts into messages, holding non-crisis ones back while the channel's cooldown runs. */
function plan(channel: NotifyChannelConfig, due: AlertRow[], deps: DeliverDeps): AlertRow[][] {
  const crises = due.filter((r) => r.kind === 'crisis').map((r) => [r]);
  const others = due.filter((r) => r.kind !== 'crisis');
  if (others.length === 0) return crises;
  if (channel.cooldownSeconds === undefined) return [...crises, ...others.map((r) => [r])];
  const last = lastSentAt(deps.db, channel.name);
  const until = last ? last.getTime() + channel.cooldownSeconds * 1000 : 0;
  if (deps.now().getTime() < until) {
    // Held-back alerts stay pending in the store: nothing is lost if this process dies before the window ends.
    const held = plural(others.length, 'alert');
    deps.log(`alert: ${channel.name}: cooldown until ${new Date(until).toISOString()}; ${held} held back`);
    return crises;
  }
  return [...crises, others];
}

async function withRetry(fn: () => Promise<void>, deps: DeliverDeps): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const retryable = !(err instanceof DeliveryError) || err.retryable;
      if (!retryable || attempt >= deps.retry.tries) throw err;
      await deps.sleep(deps.retry.firstDelayMs * 2 ** (attempt - 1));
    }
  }
}

/** A failed delivery; `retryable` is false when trying again in this run cannot help (a 400, a bad login). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A thrown value's message with its cause (`fetch failed` alone says nothing), on one line. */
export function describeError(err: unknown): string {
  const e = err as { message?: unknown; cause?: { message?: unknown; code?: unknown } } | undefined;
  let text = typeof e?.message === 'string' ? e.message : String(err);
  const cause = e?.cause;
  if (cause && typeof cause.message === 'string' && !text.includes(cause.message)) {
    text += ` (${cause.message})`;
  } else if (cause && typeof cause.code === 'string' && !text.includes(cause.code)) {
    text += ` (${cause.code})`;
  }
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
