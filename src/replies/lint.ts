/** Reply lint over stored brand replies: canned texts, pushes to another channel, repeated personal data. */
import type { Db } from '../store/db.js';
import { repliesSince, type BrandReply } from '../store/replies.js';
import { sanitizeForTerminal } from '../output/sanitize.js';
import { KIND_WORDS, maskPersonalData } from './personal-data.js';
import { cannedKey, otherChannelReason, repeatedPersonalData } from './rules.js';

/** The kinds of finding, as they appear in JSON. */
export type FindingKind = 'canned' | 'otherChannel' | 'personalData';
/** Every kind, in the order findings are listed. */
export const FINDING_KINDS: readonly FindingKind[] = ['canned', 'otherChannel', 'personalData'];

/** One reply that breaks a rule. */
export interface ReplyFinding {
  kind: FindingKind;
  /** The reply's id at its source. */
  replyId: string;
  mentionId: number | null;
  source: string;
  /** The reply, on one line, without control characters, cut to {@link TEXT_MAX} characters. */
  text: string;
  /** Why it was flagged, for people. */
  detail: string;
}

/** Findings per kind (the summary `stats` shows). */
export type LintSummary = Record<FindingKind, number>;

/** Which replies to lint. */
export interface LintScope {
  since: Date;
  /** Only replies to mentions of this brand. */
  brand?: string;
  source?: string;
}

/** How many different mentions must get the same text before it counts as canned. */
export const CANNED_MIN_MENTIONS = 3;
const TEXT_MAX = 160;

/** One line of safe text, cut with an ellipsis. */
function displayText(text: string): string {
  const clean = sanitizeForTerminal(text, { singleLine: true }).trim();
  const chars = [...clean];
  return chars.length <= TEXT_MAX ? clean : `${chars.slice(0, TEXT_MAX - 1).join('')}…`;
}

function finding(kind: FindingKind, r: BrandReply, detail: string, text = r.text): ReplyFinding {
  return {
    kind,
    replyId: r.replyId,
    mentionId: r.mentionId,
    source: r.source,
    text: displayText(text),
    detail,
  };
}

/** Flags replies whose template went to at least {@link CANNED_MIN_MENTIONS} different mentions. */
function cannedFindings(replies: BrandReply[]): ReplyFinding[] {
  const groups = new Map<string, BrandReply[]>();
  for (const r of replies) {
    const key = cannedKey(r.text);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: ReplyFinding[] = [];
  for (const group of groups.values()) {
    // A reply whose mention is unknown was still sent to someone: it counts on its own.
    const targets = new Set(group.map((r) => (r.mentionId === null ? `reply:${r.id}` : `m:${r.mentionId}`)));
    if (targets.size < CANNED_MIN_MENTIONS) continue;
    for (const r of group) out.push(finding('canned', r, `same text sent to ${targets.size} mentions`));
  }
  return out;
}

/** Lints one reply on its own (rules b and c). */
export function lintOne(r: BrandReply): ReplyFinding[] {
  const out: ReplyFinding[] = [];
  const channel = otherChannelReason(r.text, r.mentionText ?? '');
  if (channel) out.push(finding('otherChannel', r, channel));
  const repeated = repeatedPersonalData(r.text, r.mentionText);
  if (repeated.length > 0) {
    const kinds = [...new Set(repeated.map((d) => KIND_WORDS[d.kind]))].join(', ');
    // The report must not spread the data further, so the shown text has it masked.
    const masked = maskPersonalData(
      r.text,
      repeated.map((d) => d.key),
    );
    out.push(finding('personalData', r, `repeats the customer's ${kinds} in public`, masked));
  }
  return out;
}

/** Every finding over the brand replies in scope, by kind then oldest first. */
export function lintReplies(db: Db, scope: LintScope): ReplyFinding[] {
  const replies = repliesSince(db, scope.since).filter(
    (r) =>
      (scope.source === undefined || r.source === scope.source) &&
      (scope.brand === undefined || r.mentionBrand === scope.brand),
  );
  const findings = [...cannedFindings(replies), ...replies.flatMap(lintOne)];
  return findings.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
}

/** Counts findings per kind (every kind present, zero when none). */
export function summariseFindings(findings: readonly ReplyFinding[]): LintSummary {
  const summary: LintSummary = { canned: 0, otherChannel: 0, personalData: 0 };
  for (const f of findings) summary[f.kind]++;
  return summary;
}
