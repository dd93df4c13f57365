/** One alert run after a scan: raise what the triggers found, remember it per channel, deliver what is due. */
import type { Config } from '../config/schema.js';
import { notifySecrets, type NotifyChannelConfig } from '../config/notify-schema.js';
import type { Db } from '../store/db.js';
import { crisisEpisodeStart, recordAlert } from '../store/alerts.js';
import { crisisAlert, mentionAlert, type Alert, type AlertMessage, type CrisisInput } from './alert.js';
import { deliverChannel, type RetryPolicy } from './deliver.js';
import { redactor } from '../redact.js';
import { kindFor, matchesBrand, mentionCandidates, type MentionCandidate } from './triggers.js';
import { sendWebhook } from './webhook.js';
import { sendEmail } from './email.js';
import { runCommand, type SpawnFn } from './command.js';

export type { CrisisInput } from './alert.js';

/** Everything a run needs; time, network, processes and sleeping are injected. */
export interface RunAlertsDeps {
  db: Db;
  config: Pick<Config, 'notify' | 'sla' | 'brands' | 'sources' | 'secrets' | 'baseDir' | 'crisis'>;
  now: () => Date;
  fetch: typeof globalThis.fetch;
  spawn?: SpawnFn;
  sleep?: (ms: number) => Promise<void>;
  /** Ids of the mentions this scan inserted that are complaints. */
  newComplaintIds: number[];
  /** Complaint spikes the crisis detector found in this scan. */
  crises: CrisisInput[];
  /** Progress lines (already free of secrets). */
  log?: (line: string) => void;
  /** Default: 3 tries, waiting 0.5 s then 1 s. */
  retry?: RetryPolicy;
  /** Runs a failing alert is tried in before it is given up; default 5. */
  maxRuns?: number;
  /** Only record the alerts raised (another process is sending): the next run delivers them. */
  recordOnly?: boolean;
}

/** What a run did: alerts delivered, and one entry per channel that failed (its error free of secrets). */
export interface RunAlertsResult {
  sent: number;
  failed: { channel: string; error: string }[];
}

/** Raises, records and delivers alerts on every configured channel; a failing channel never throws. */
export async function runAlerts(deps: RunAlertsDeps): Promise<RunAlertsResult> {
  const channels = deps.config.notify;
  if (channels.length === 0) return { sent: 0, failed: [] };
  const redact = redactor([...notifySecrets(channels), ...deps.config.secrets]);
  const log = (line: string): void => deps.log?.(redact(line));
  const now = deps.now();
  record(deps, channels, now, redact);
  if (deps.recordOnly) return { sent: 0, failed: [] };
  const outcomes = await Promise.all(
    channels.map((channel) =>
      deliverChannel(channel, {
        db: deps.db,
        now: deps.now,
        sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        send: (message) => send(channel, message, deps),
        redact,
        log,
        retry: deps.retry ?? { tries: 3, firstDelayMs: 500 },
        maxRuns: deps.maxRuns ?? 5,
      }),
    ),
  );
  const failed = outcomes.flatMap((o, i) => (o.error ? [{ channel: channels[i].name, error: o.error }] : []));
  return { sent: outcomes.reduce((n, o) => n + o.sent, 0), failed };
}

/** Stores each channel's new alerts as pending, in one transaction; ones it already has are left alone. */
function record(
  deps: RunAlertsDeps,
  channels: readonly NotifyChannelConfig[],
  now: Date,
  redact: (s: string) => string,
): void {
  const candidates = mentionCandidates(deps.db, deps.config, now, deps.newComplaintIds);
  const built = new Map<string, Alert>();
  const alertFor = (c: MentionCandidate, kind: ReturnType<typeof kindFor> & string): Alert => {
    const id = `${kind}:${c.mention.id}`;
    let a = built.get(id);
    if (!a) built.set(id, (a = mentionAlert(kind, c.record, c.sla, now)));
    return a;
  };
  const store = (channel: string, a: Alert, key: string, mentionId: number | null): void => {
    const payload = redact(JSON.stringify(a));
    recordAlert(deps.db, { channel, kind: a.kind, key, mentionId, payload, createdAt: now });
  };
  deps.db.transaction(() => {
    // One crisis alert per spike: its key is the episode's start, kept while the spike goes on.
    const episodes = new Map(
      deps.crises.map((c) => [
        c.brand,
        crisisEpisodeStart(deps.db, c.brand, now, deps.config.crisis.windowSeconds).toISOString(),
      ]),
    );
    for (const channel of channels) {
      for (const c of candidates) {
        const kind = kindFor(channel, c);
        if (kind) store(channel.name, alertFor(c, kind), String(c.mention.id), c.mention.id);
      }
      if (!channel.on.includes('crisis')) continue;
      for (const crisis of deps.crises) {
        if (matchesBrand(channel, crisis.brand)) {
          store(
            channel.name,
            crisisAlert(crisis, now),
            `${crisis.brand}:${episodes.get(crisis.brand)}`,
            null,
          );
        }
      }
    }
  })();
}

async function send(channel: NotifyChannelConfig, message: AlertMessage, deps: RunAlertsDeps): Promise<void> {
  if (channel.type === 'webhook') return sendWebhook(channel, message, deps.fetch);
  if (channel.type === 'email') return sendEmail(channel, message, deps.config.baseDir);
  return runCommand(channel, message, { spawn: deps.spawn, cwd: deps.config.baseDir });
}
