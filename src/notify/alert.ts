/** The alert as every channel receives it: one JSON shape, and its one-line title for people. */
import type { AlertKind } from '../config/notify-schema.js';
import type { MentionRecord, MentionSla } from '../output/fields.js';
import { formatAge } from '../output/relative-time.js';
import { sanitizeForTerminal } from '../output/sanitize.js';

/** A complaint spike, as the crisis detector reports it. */
export interface CrisisInput {
  brand: string;
  /** Complaints in the detector's window. */
  count: number;
  /** What the window usually holds (the baseline). */
  usual: number;
  /** Words that stand out in the spike, most telling first. */
  words: string[];
}

/** An alert about one mention: new complaint, or an open complaint/question past an SLA threshold. */
export interface MentionAlert {
  kind: Exclude<AlertKind, 'crisis'>;
  title: string;
  /** ISO 8601: when the alert was raised. */
  at: string;
  brand: string | null;
  source: string;
  sla: { firstResponseSeconds: number; maxSeconds: number; businessHours: boolean };
  mention: MentionRecord;
}

/** An alert about a brand's complaint spike. */
export interface CrisisAlert {
  kind: 'crisis';
  title: string;
  at: string;
  brand: string;
  crisis: { count: number; usual: number; words: string[] };
}

/** One alert, as stored in `alerts.payload` and sent by the JSON webhook and the command channel. */
export type Alert = MentionAlert | CrisisAlert;

/** Several alerts in one message: what a channel with a cooldown sends when it held some back. */
export interface AlertSummary {
  kind: 'summary';
  title: string;
  at: string;
  count: number;
  alerts: Alert[];
}

/** What one message carries. */
export type AlertMessage = Alert | AlertSummary;

/** `24h`, `1h`, `90m`→`1h 30m`: SLA targets read best in whole hours. */
export function formatSla(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : formatAge(seconds);
}

/** Builds the alert for a mention; `record` is judged as of `now` by the mention's own SLA. */
export function mentionAlert(
  kind: MentionAlert['kind'],
  record: MentionRecord,
  sla: MentionSla,
  now: Date,
): MentionAlert {
  const what = record.complaint ? 'complaint' : 'question';
  const label =
    kind === 'new-complaint'
      ? 'new complaint'
      : `${what} past ${formatSla(kind === 'max' ? sla.maxSeconds : sla.firstResponseSeconds)}`;
  return {
    kind,
    title: oneLine(`${label}: ${record.brand ?? 'no brand'} on ${record.source}`),
    at: now.toISOString(),
    brand: record.brand,
    source: record.source,
    sla: {
      firstResponseSeconds: sla.firstResponseSeconds,
      maxSeconds: sla.maxSeconds,
      businessHours: sla.businessHours !== undefined,
    },
    mention: record,
  };
}

/** Builds the alert for a complaint spike. */
export function crisisAlert(c: CrisisInput, now: Date): CrisisAlert {
  const words = c.words.length > 0 ? `: ${c.words.slice(0, 5).join(', ')}` : '';
  return {
    kind: 'crisis',
    title: oneLine(`crisis: ${c.count} complaints about ${c.brand} (usually ${c.usual})${words}`),
    at: now.toISOString(),
    brand: c.brand,
    crisis: { count: c.count, usual: c.usual, words: [...c.words] },
  };
}

/** Several alerts as one message, titled with how many of each kind. */
export function summarise(alerts: Alert[], now: Date): AlertSummary {
  const counts = new Map<string, number>();
  for (const a of alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${kind}`);
  return {
    kind: 'summary',
    title: `${alerts.length} alerts: ${parts.join(', ')}`,
    at: now.toISOString(),
    count: alerts.length,
    alerts,
  };
}

/** Text from strangers made safe for a notification: no control characters, one line, at most `max`. */
export function excerpt(text: string, max = 300): string {
  const clean = sanitizeForTerminal(text, { singleLine: true }).trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function oneLine(s: string): string {
  return sanitizeForTerminal(s, { singleLine: true });
}
