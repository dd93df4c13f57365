/** The `priority` ranking: how urgently a mention needs an answer, mixing age against SLA, severity and reach. */
import type { MentionRecord } from '../output/fields.js';

/**
 * priority = (age / firstResponse target) × (1 + severity / 4) × (1 + log10(1 + reach) / 4).
 * A complaint at its first-response deadline scores 1 before severity and reach; a blaming
 * complaint (severity 4) counts twice, an author with 10,000 followers about twice as well.
 */
export function priorityScore(r: MentionRecord, firstResponseSeconds: number): number {
  const age = r.businessAgeSeconds ?? r.ageSeconds;
  const slaRatio = age / Math.max(1, firstResponseSeconds);
  const severity = 1 + (r.severity ?? 0) / 4;
  const reach = 1 + Math.log10(1 + Math.max(0, r.reach ?? 0)) / 4;
  return slaRatio * severity * reach;
}

/** Sorts records by priority, highest first; ties keep oldest first. */
export function sortByPriority<T extends MentionRecord>(
  records: T[],
  firstResponseFor: (r: T) => number,
): T[] {
  const scored = records.map((r, i) => ({ r, i, score: priorityScore(r, firstResponseFor(r)) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => s.r);
}
