/** Turns what a source found into rows to store: brand matching, classification, canonical URL. */
import type { Classification, FoundMention } from '../mention.js';
import type { NewMention } from '../store/mention-rows.js';
import type { Source } from '../sources/source.js';
import { matchBrand, type BrandMatcher } from '../match/brand-matcher.js';
import { canonicalUrl } from '../sources/url.js';

/** The classifier as the scan uses it. */
export type Classifier = (text: string, options?: { rating?: number }) => Classification;

/** Matches, classifies and shapes one source's mentions; unmatched entries are dropped. */
export function prepareMentions(
  source: Source,
  found: FoundMention[],
  matchers: BrandMatcher[],
  classify: Classifier,
  now: Date,
): { rows: NewMention[]; unmatched: number } {
  const rows: NewMention[] = [];
  let unmatched = 0;
  const tied = source.brand ? matchers.filter((m) => m.brand === source.brand) : matchers;
  for (const f of found) {
    const brand = pickBrand(source, f, tied);
    if (!brand) {
      unmatched++;
      continue;
    }
    const full = [f.title, f.text].filter((s) => s && s.trim() !== '').join('. ');
    const c = classify(full, f.rating === undefined ? undefined : { rating: f.rating });
    rows.push({
      source: source.name,
      sourceType: source.type,
      externalId: f.externalId,
      brand,
      url: f.url ?? null,
      canonicalUrl: f.url ? (canonicalUrl(f.url) ?? null) : null,
      author: f.author ?? null,
      authorName: f.authorName ?? null,
      lang: f.lang ?? null,
      threadId: f.threadId ?? null,
      title: f.title ?? null,
      text: f.text,
      createdAt: f.createdAt && !Number.isNaN(f.createdAt.getTime()) ? f.createdAt : now,
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
    });
  }
  return { rows, unmatched };
}

function pickBrand(source: Source, f: FoundMention, matchers: BrandMatcher[]): string | undefined {
  if (f.brand) return f.brand;
  if (source.skipMatching && source.brand) return source.brand;
  const text = [f.title, f.text].filter(Boolean).join('\n');
  return matchBrand(matchers, text)?.brand;
}
