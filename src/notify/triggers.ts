/** Which alerts a run raises: new complaints, SLA crossings, crises; and which of them each channel wants. */
import type { Config } from '../config/schema.js';
import type { NotifyChannelConfig } from '../config/notify-schema.js';
import type { Db } from '../store/db.js';
import { getMention } from '../store/mentions.js';
import { openMentionsCreatedBefore } from '../store/alerts.js';
import { mentionToRecord, type MentionRecord, type MentionSla } from '../output/fields.js';
import { slaResolver } from '../sla/policy.js';
import type { Mention } from '../mention.js';
import type { MentionAlert } from './alert.js';

/** A mention that may be alerted about, with every trigger it has met as of now. */
export interface MentionCandidate {
  mention: Mention;
  record: MentionRecord;
  sla: MentionSla;
  /** Met triggers; a mention past `max` has met `first-response` too. */
  kinds: Set<MentionAlert['kind']>;
}

/** Most urgent first: a channel gets one alert per mention per run, the most urgent it subscribes to. */
const URGENCY: readonly MentionAlert['kind'][] = ['max', 'first-response', 'new-complaint'];

/** The SLA settings alerts depend on. */
export type SlaSettings = Pick<Config, 'sla' | 'brands' | 'sources'>;

/** The new complaints and the open complaints/questions past a threshold, as of `now`. */
export function mentionCandidates(
  db: Db,
  config: SlaSettings,
  now: Date,
  newComplaintIds: readonly number[],
): MentionCandidate[] {
  const resolve = slaResolver(config);
  const byId = new Map<number, MentionCandidate>();
  const add = (m: Mention, isNew: boolean): void => {
    const sla = resolve(m);
    const record = mentionToRecord(m, now, sla);
    const kinds = byId.get(m.id)?.kinds ?? new Set();
    if (isNew) kinds.add('new-complaint');
    if (record.slaLevel !== 'ok') kinds.add('first-response');
    if (record.slaLevel === 'max') kinds.add('max');
    if (kinds.size > 0) byId.set(m.id, { mention: m, record, sla, kinds });
  };
  for (const id of newComplaintIds) {
    const m = getMention(db, id);
    if (m && m.complaint && m.status === 'open') add(m, true);
  }
  // Business hours only ever shorten an age, so nothing younger than the shortest target can be late.
  const cutoff = new Date(now.getTime() - shortestTarget(config) * 1000);
  for (const m of openMentionsCreatedBefore(db, cutoff)) add(m, false);
  return [...byId.values()].sort((a, b) => a.mention.id - b.mention.id);
}

/** The kind of alert `channel` should get for a candidate, or undefined when it wants none. */
export function kindFor(channel: NotifyChannelConfig, c: MentionCandidate): MentionAlert['kind'] | undefined {
  if (!matchesBrand(channel, c.mention.brand)) return undefined;
  if (channel.sources.length > 0 && !channel.sources.includes(c.mention.source)) return undefined;
  if (channel.minScore !== undefined && c.mention.complaintScore < channel.minScore) return undefined;
  return URGENCY.find((k) => c.kinds.has(k) && channel.on.includes(k));
}

/** True when the channel has no brand filter or lists this brand (any case). */
export function matchesBrand(channel: NotifyChannelConfig, brand: string | null): boolean {
  if (channel.brands.length === 0) return true;
  const b = brand?.toLowerCase();
  return channel.brands.some((x) => x.toLowerCase() === b);
}

function shortestTarget(config: SlaSettings): number {
  const targets = [config.sla.firstResponseSeconds, config.sla.maxSeconds];
  for (const o of [...config.brands, ...config.sources]) {
    if (o.sla?.firstResponseSeconds !== undefined) targets.push(o.sla.firstResponseSeconds);
    if (o.sla?.maxSeconds !== undefined) targets.push(o.sla.maxSeconds);
  }
  return Math.min(...targets);
}
