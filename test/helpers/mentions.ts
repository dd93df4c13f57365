/** Builders for mentions in tests. */
import type { NewMention } from '../../src/store/mention-rows.js';

/** A complete NewMention with sensible defaults; override what the test is about. */
export function newMention(over: Partial<NewMention> = {}): NewMention {
  return {
    source: 'rss:test',
    sourceType: 'rss',
    externalId: `ext-${Math.random().toString(36).slice(2)}`,
    brand: 'Acme',
    url: null,
    canonicalUrl: null,
    author: 'someone',
    authorName: null,
    authorFollowers: null,
    lang: null,
    threadId: null,
    title: null,
    text: 'my acme order never arrived',
    createdAt: new Date('2026-11-24T08:00:00Z'),
    firstSeenAt: new Date('2026-11-24T08:05:00Z'),
    complaint: true,
    complaintScore: 0.9,
    severity: null,
    personalData: [],
    language: null,
    reasons: ['never arrived'],
    question: false,
    status: 'open',
    answeredAt: null,
    answeredBy: null,
    note: null,
    rating: null,
    reach: null,
    ...over,
  };
}
