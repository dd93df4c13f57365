/** The one field list: how a stored mention becomes the stable record every output format prints. */
import type { BusinessHours } from '../config/sla-schema.js';
import { businessSeconds } from '../sla/business-hours.js';
import type { AnsweredBy, Mention, MentionStatus } from '../mention.js';

/** The SLA a mention is judged by: targets, and business hours if ages count only working time. */
export interface MentionSla extends SlaPolicy {
  businessHours?: BusinessHours;
}

/** The SLA that applies to a mention, from where it was found and the brand it names (see sla/policy.ts). */
export type SlaFor = (m: { source: string; brand: string | null }) => MentionSla;

/** How quickly mentions should be answered, in seconds since the mention was created. */
export interface SlaPolicy {
  firstResponseSeconds: number;
  maxSeconds: number;
}

/** Which SLA threshold a mention has passed: none, the first-response target, or the hard maximum. */
export type SlaLevel = 'ok' | 'firstResponse' | 'max';

/**
 * A mention as `--json`, NDJSON, CSV, the table and `show` see it. Field names and order are a public
 * contract: scripts depend on them, so add fields at the end and never rename.
 */
export interface MentionRecord {
  id: number;
  source: string;
  sourceType: string;
  externalId: string;
  brand: string | null;
  url: string | null;
  author: string | null;
  authorName: string | null;
  authorFollowers: number | null;
  lang: string | null;
  threadId: string | null;
  title: string | null;
  text: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  firstSeenAt: string;
  complaint: boolean;
  /** 0..1, rounded to 3 decimals so outputs are stable across runs. */
  complaintScore: number;
  severity: number | null;
  personalData: string[];
  language: string | null;
  reasons: string[];
  question: boolean;
  status: MentionStatus;
  /** ISO 8601, null while not answered. */
  answeredAt: string | null;
  answeredBy: AnsweredBy | null;
  note: string | null;
  rating: number | null;
  reach: number | null;
  /** Whole seconds from createdAt to now. */
  ageSeconds: number;
  /** Working seconds since createdAt when business hours are configured, else null. */
  businessAgeSeconds: number | null;
  /** Whole seconds from createdAt to answeredAt, null while not answered. */
  responseSeconds: number | null;
  slaBreached: boolean;
  slaLevel: SlaLevel;
}

/** Every key of {@link MentionRecord} in output order: CSV headers and docs are built from it. */
export const MENTION_FIELDS: readonly (keyof MentionRecord)[] = [
  'id',
  'source',
  'sourceType',
  'externalId',
  'brand',
  'url',
  'author',
  'authorName',
  'authorFollowers',
  'lang',
  'threadId',
  'title',
  'text',
  'createdAt',
  'firstSeenAt',
  'complaint',
  'complaintScore',
  'severity',
  'personalData',
  'language',
  'reasons',
  'question',
  'status',
  'answeredAt',
  'answeredBy',
  'note',
  'rating',
  'reach',
  'ageSeconds',
  'businessAgeSeconds',
  'responseSeconds',
  'slaBreached',
  'slaLevel',
];

/** A complaint score as records show it: 3 decimals, so outputs are stable across runs. */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Whole seconds between two instants (ms); never negative, since a skewed source clock is not a negative age. */
function wholeSecondsBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 1000));
}

/**
 * Which SLA threshold a mention has passed: open mentions are judged by age, answered ones by how long the
 * answer took, ignored ones never breach.
 */
export function slaLevelFor(
  status: MentionStatus,
  ageSeconds: number,
  responseSeconds: number | null,
  sla: SlaPolicy,
): SlaLevel {
  if (status === 'ignored') return 'ok';
  // An answered mention without an answer time (imported data) cannot be judged, so it does not alarm.
  const elapsed = status === 'open' ? ageSeconds : responseSeconds;
  if (elapsed === null) return 'ok';
  if (elapsed > sla.maxSeconds) return 'max';
  if (elapsed > sla.firstResponseSeconds) return 'firstResponse';
  return 'ok';
}

/** The record's last fields: how old the mention is and which SLA threshold it has passed. */
export type SlaFields = Pick<
  MentionRecord,
  'ageSeconds' | 'businessAgeSeconds' | 'responseSeconds' | 'slaBreached' | 'slaLevel'
>;

/** Judges a mention created at `createdAt` (and answered at `answeredAt`, both ms) against `sla` as of `now`. */
export function slaFields(
  createdAt: number,
  answeredAt: number | null,
  status: MentionStatus,
  now: Date,
  sla: MentionSla,
): SlaFields {
  const ageSeconds = wholeSecondsBetween(createdAt, now.getTime());
  const responseSeconds = answeredAt === null ? null : wholeSecondsBetween(createdAt, answeredAt);
  // With business hours, the SLA counts only working time; both ages are shown.
  const bh = sla.businessHours;
  const created = bh ? new Date(createdAt) : undefined;
  const businessAgeSeconds = bh && created ? businessSeconds(created, now, bh) : null;
  const businessResponse =
    bh && created && answeredAt !== null ? businessSeconds(created, new Date(answeredAt), bh) : null;
  const slaLevel = slaLevelFor(
    status,
    businessAgeSeconds ?? ageSeconds,
    bh ? businessResponse : responseSeconds,
    sla,
  );
  // In MENTION_FIELDS order: JSON key order follows insertion order.
  return { ageSeconds, businessAgeSeconds, responseSeconds, slaBreached: slaLevel !== 'ok', slaLevel };
}

/** Turns a stored mention into the stable output record, judged against `sla` as of `now`. */
export function mentionToRecord(m: Mention, now: Date, sla: MentionSla): MentionRecord {
  // Built as a literal in MENTION_FIELDS order: JSON key order follows insertion order.
  return {
    id: m.id,
    source: m.source,
    sourceType: m.sourceType,
    externalId: m.externalId,
    brand: m.brand,
    url: m.url,
    author: m.author,
    authorName: m.authorName,
    authorFollowers: m.authorFollowers,
    lang: m.lang,
    threadId: m.threadId,
    title: m.title,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
    firstSeenAt: m.firstSeenAt.toISOString(),
    complaint: m.complaint,
    complaintScore: roundScore(m.complaintScore),
    severity: m.severity,
    personalData: [...m.personalData],
    language: m.language,
    reasons: [...m.reasons],
    question: m.question,
    status: m.status,
    answeredAt: m.answeredAt ? m.answeredAt.toISOString() : null,
    answeredBy: m.answeredBy,
    note: m.note,
    rating: m.rating,
    reach: m.reach,
    ...slaFields(m.createdAt.getTime(), m.answeredAt?.getTime() ?? null, m.status, now, sla),
  };
}
