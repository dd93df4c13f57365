/** Turns what a source found into rows to store: brand matching, classification, canonical URL. */
import type { Classification, FoundMention } from '../mention.js';
import type { NewMention } from '../store/mention-rows.js';
import type { Source } from '../sources/source.js';
import { matchBrand, type BrandMatcher } from '../match/brand-matcher.js';
import { canonicalUrl } from '../sources/url.js';
import type { ClassifyInput } from '../classify/worker-pool.js';

/** The entries of one fetch that mention a brand, with that brand; the rest are counted. */
export function matchMentions(
  source: Source,
  found: FoundMention[],
  matchers: BrandMatcher[],
): { matched: { found: FoundMention; brand: string }[]; unmatched: number } {
  const tied = source.brand ? matchers.filter((m) => m.brand === source.brand) : matchers;
  const matched: { found: FoundMention; brand: string }[] = [];
  for (const f of found) {
    const brand = pickBrand(source, f, tied, matchers);
    if (brand) matched.push({ found: f, brand });
  }
  return { matched, unmatched: found.length - matched.length };
}

/** What the classifier reads of a mention: its title and text. */
export function classifyInput(f: FoundMention, source: Source): ClassifyInput {
  const text = [f.title, f.text].filter((s) => s && s.trim() !== '').join('. ');
  const input: ClassifyInput = { text };
  if (f.rating !== undefined) input.rating = f.rating;
  // The brand matched, so the text is about it even when it reads as a post to followers; alerts are
  // news about the brand rather than posts to it.
  input.addressed = source.addressed ?? true;
  return input;
}

/** Shapes matched, classified mentions into rows to store. */
export function toRows(
  source: Source,
  matched: { found: FoundMention; brand: string }[],
  verdicts: Classification[],
  now: Date,
): NewMention[] {
  return matched.map(({ found: f, brand }, i) => {
    const c = verdicts[i];
    return {
      source: source.name,
      sourceType: source.type,
      externalId: f.externalId,
      brand,
      url: f.url ?? null,
      canonicalUrl: f.url && !f.sharedUrl ? (canonicalUrl(f.url) ?? null) : null,
      author: f.author ?? null,
      authorName: f.authorName ?? null,
      authorFollowers: f.authorFollowers ?? null,
      lang: f.lang ?? null,
      threadId: f.threadId ?? null,
      title: f.title ?? null,
      text: f.text,
      createdAt: postedAt(f.createdAt, now),
      firstSeenAt: now,
      complaint: c.complaint,
      complaintScore: c.complaintScore,
      severity: c.complaint ? (c.severity ?? null) : null,
      personalData: c.personalData ?? [],
      language: c.language ?? null,
      reasons: c.reasons,
      question: c.question,
      status: 'open',
      answeredAt: null,
      answeredBy: null,
      note: null,
      rating: f.rating ?? null,
      reach: f.reach ?? null,
    };
  });
}

function pickBrand(
  source: Source,
  f: FoundMention,
  tied: BrandMatcher[],
  all: BrandMatcher[],
): string | undefined {
  const text = [f.title, f.text].filter(Boolean).join('\n');
  // A source may know the brand (a handle's timeline, an alert that is the query): its exclusions
  // still make a text not a mention.
  const known = f.brand ?? (source.skipMatching ? source.brand : undefined);
  if (known) return all.find((m) => m.brand === known)?.excluded(text) ? undefined : known;
  return matchBrand(tied, text)?.brand;
}

// How far ahead of this machine's clock a post's date may be: clocks and time zones are a little off.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * When a mention was posted: the source's date, unless it has none, an invalid one, or one in the
 * future (a wrong clock or time zone), which would keep a complaint from ever being late: then the
 * time it was first seen.
 */
function postedAt(date: Date | undefined, now: Date): Date {
  if (!date || Number.isNaN(date.getTime())) return now;
  return date.getTime() > now.getTime() + CLOCK_SKEW_MS ? now : date;
}
