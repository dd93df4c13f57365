/** Complaint spikes: a brand's complaints in the last window against its trailing baseline. */
import type { Db } from '../store/db.js';
import type { CrisisConfig } from '../config/crisis-schema.js';
import type { BrandConfig } from '../sources/registry-types.js';
import { complaintBuckets, complaintTexts } from '../store/stats.js';
import { formatAge } from '../output/relative-time.js';
import { sanitizeForTerminal } from '../output/sanitize.js';
import { brandWords, topWords } from './words.js';

/** A brand whose complaints in the last window reach the spike threshold. */
export interface Spike {
  brand: string;
  /** Complaints in the last window. */
  count: number;
  /** The baseline mean per window, rounded. */
  usual: number;
  /** max(minCount, mean + sigma·sd): the count at which a window is a spike. */
  threshold: number;
  /** The most common content words of the window's complaints, at most five. */
  words: string[];
  /** The window's length, for the banner ("in the last hour"); an hour when absent. */
  windowSeconds?: number;
}

/** Mean and population standard deviation of per-window counts, zero windows included. */
export interface Baseline {
  mean: number;
  sd: number;
}

/** Mean and standard deviation of `counts` padded with zeros to `buckets` values. */
export function baselineOf(counts: readonly number[], buckets: number): Baseline {
  if (buckets <= 0) return { mean: 0, sd: 0 };
  const sum = counts.reduce((s, c) => s + c, 0);
  const mean = sum / buckets;
  // Zero buckets contribute mean² each to the squared deviations.
  const squares = counts.reduce((s, c) => s + (c - mean) ** 2, 0) + (buckets - counts.length) * mean ** 2;
  return { mean, sd: Math.sqrt(squares / buckets) };
}

/**
 * Brands whose complaints in (now − window, now] reach max(minCount, mean + sigma·sd), where mean and sd
 * come from the `baselineDays` before the window, cut into buckets as long as the window (an hour by
 * default), quiet buckets counting as zero. The window itself is left out of the baseline so a spike
 * cannot raise its own bar. Brands are those in `config.brands` with at least one complaint in the window.
 */
export function detectSpikes(
  db: Db,
  config: { brands: readonly BrandConfig[]; crisis: CrisisConfig },
  now: Date,
): Spike[] {
  const { windowSeconds, baselineDays, sigma, minCount } = config.crisis;
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(now.getTime() - windowMs);
  const buckets = Math.max(1, Math.floor((baselineDays * 86_400) / windowSeconds));
  const current = new Map<string, number>();
  for (const row of complaintBuckets(db, now, windowMs, 1)) current.set(row.brand, row.count);
  const history = new Map<string, number[]>();
  for (const row of complaintBuckets(db, windowStart, windowMs, buckets)) {
    history.set(row.brand, [...(history.get(row.brand) ?? []), row.count]);
  }
  const spikes: Spike[] = [];
  for (const brand of config.brands) {
    const count = current.get(brand.name) ?? 0;
    if (count === 0) continue;
    const { mean, sd } = baselineOf(history.get(brand.name) ?? [], buckets);
    const threshold = Math.max(minCount, mean + sigma * sd);
    if (count < threshold) continue;
    const texts = complaintTexts(db, brand.name, windowStart, now);
    spikes.push({
      brand: brand.name,
      count,
      usual: Math.round(mean),
      threshold: Math.round(threshold * 100) / 100,
      words: topWords(texts, brandWords(brand)),
      windowSeconds,
    });
  }
  return spikes.sort((a, b) => b.count - a.count || a.brand.localeCompare(b.brand));
}

/** "the last hour", "the last 30m", "the last 2h". */
function windowPhrase(seconds: number): string {
  return seconds === 3600 ? 'the last hour' : `the last ${formatAge(seconds)}`;
}

/**
 * One line for people: `complaint spike: 14 in the last hour (usual 2) — post a status update; most said:
 * down, login, app`. The words come from strangers' text, so the line is sanitised.
 */
export function spikeBanner(spike: Spike): string {
  const said = spike.words.length > 0 ? `; most said: ${spike.words.join(', ')}` : '';
  const line = `complaint spike: ${spike.count} in ${windowPhrase(spike.windowSeconds ?? 3600)} (usual ${spike.usual}) — post a status update${said}`;
  return sanitizeForTerminal(line, { singleLine: true });
}
