/** Builders for mentions and records shared by the output tests. */
import type { Mention } from '../../src/mention.js';
import { mentionToRecord, type MentionRecord, type SlaPolicy } from '../../src/output/fields.js';

/** A fixed clock: every age in these tests is measured from here. */
export const NOW = new Date('2024-05-14T12:00:00.000Z');

/** 1h to first response, 24h at most. */
export const SLA: SlaPolicy = { firstResponseSeconds: 3600, maxSeconds: 24 * 3600 };

/** A date `seconds` before NOW. */
export function ago(seconds: number): Date {
  return new Date(NOW.getTime() - seconds * 1000);
}

/** A plausible stored complaint, open for 3h 12m; override any field. */
export function makeMention(overrides: Partial<Mention> = {}): Mention {
  return {
    id: 42,
    source: 'hn',
    sourceType: 'hackernews',
    externalId: '40123456',
    brand: 'acme',
    url: 'https://news.ycombinator.com/item?id=40123456',
    author: 'throwaway123',
    authorName: null,
    authorFollowers: null,
    lang: null,
    threadId: null,
    title: null,
    text: 'Acme billing charged me twice and support has not replied in three days.',
    createdAt: ago(3 * 3600 + 12 * 60),
    firstSeenAt: ago(3 * 3600),
    complaint: true,
    complaintScore: 0.87654,
    severity: null,
    personalData: [],
    language: null,
    reasons: ['charged twice', 'no reply'],
    question: false,
    status: 'open',
    answeredAt: null,
    answeredBy: null,
    note: null,
    rating: null,
    reach: 1200,
    ...overrides,
  };
}

/** A record built from makeMention(overrides) at NOW under SLA. */
export function makeRecord(overrides: Partial<Mention> = {}): MentionRecord {
  return mentionToRecord(makeMention(overrides), NOW, SLA);
}

/** Every ANSI/VT escape introducer, 7-bit or 8-bit: none may reach a terminal from untrusted text. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly these control characters
export const ANY_ESCAPE = /[\u001b\u0080-\u009f]/;

/** SGR colour codes only (what chalk emits): a line minus these must equal the line minus every control. */
// eslint-disable-next-line no-control-regex -- matches chalk's own output, which is the point of the test
export const SGR = /\u001b\[[0-9;]*m/g;
