/** Builds the `mentions stats` report: volume, response rate, first-response times, backlog, reply lint. */
import type { Db } from '../store/db.js';
import { complaintTimes, volumeByDay, type ComplaintTimes, type StatsScope } from '../store/stats.js';
import { lintReplies, summariseFindings, type LintSummary } from '../replies/lint.js';

const HOUR = 3600;
const DAY_MS = 86_400_000;

/** Counts of one source or one day. */
export interface VolumeCount {
  mentions: number;
  complaints: number;
}

/** Open complaints by age. */
export interface Backlog {
  total: number;
  under1h: number;
  from1hTo4h: number;
  from4hTo24h: number;
  over24h: number;
}

/** The report as `stats --json` prints it; field names are stable (see README "stats --json"). */
export interface StatsReport {
  generatedAt: string;
  since: string;
  brand: string | null;
  source: string | null;
  totals: { mentions: number; complaints: number; answered: number; open: number; ignored: number };
  bySource: ({ source: string } & VolumeCount)[];
  byDay: ({ day: string } & VolumeCount)[];
  /** answered / (answered + open) complaints, 0–1; null when there are none. */
  responseRate: number | null;
  firstResponse: {
    answered: number;
    medianSeconds: number | null;
    p90Seconds: number | null;
    within1hShare: number | null;
    within24hShare: number | null;
    percentileMethod: 'linear';
  };
  backlog: Backlog;
  replyLint: LintSummary;
}

/**
 * The p-th percentile (0–1) of ascending `sorted` by linear interpolation between closest ranks
 * (Hyndman–Fan type 7, as numpy and Excel PERCENTILE.INC); null for no values.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** A share rounded to 4 decimals (dashboards show percentages); null when nothing was counted. */
function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Seconds from posting to first answer; a clock-skewed answer before the post counts as 0. */
function responseSeconds(c: ComplaintTimes): number | null {
  return c.answeredAt === null ? null : Math.max(0, c.answeredAt - c.createdAt) / 1000;
}

/**
 * The share of complaints answered within `limit` seconds, among the complaints (not ignored) old enough
 * to have had that long: a complaint posted ten minutes ago has neither met nor missed a one-hour target.
 */
function withinShare(complaints: ComplaintTimes[], limit: number, now: number): number | null {
  const judged = complaints.filter((c) => c.status !== 'ignored' && c.createdAt <= now - limit * 1000);
  const met = judged.filter((c) => {
    const s = c.status === 'answered' ? responseSeconds(c) : null;
    return s !== null && s <= limit;
  });
  return share(met.length, judged.length);
}

/** Sorts open complaints into age buckets: [0, 1h), [1h, 4h), [4h, 24h), 24h and older. */
export function backlogOf(complaints: ComplaintTimes[], now: number): Backlog {
  const b: Backlog = { total: 0, under1h: 0, from1hTo4h: 0, from4hTo24h: 0, over24h: 0 };
  for (const c of complaints) {
    if (c.status !== 'open') continue;
    const age = (now - c.createdAt) / 1000;
    b.total++;
    if (age < HOUR) b.under1h++;
    else if (age < 4 * HOUR) b.from1hTo4h++;
    else if (age < 24 * HOUR) b.from4hTo24h++;
    else b.over24h++;
  }
  return b;
}

function addTo<K>(map: Map<K, VolumeCount>, key: K, row: VolumeCount): void {
  const c = map.get(key) ?? { mentions: 0, complaints: 0 };
  c.mentions += row.mentions;
  c.complaints += row.complaints;
  map.set(key, c);
}

/** Computes the whole report for a scope at `now`. */
export function buildStatsReport(db: Db, scope: StatsScope, now: Date): StatsReport {
  const volume = volumeByDay(db, scope);
  const sources = new Map<string, VolumeCount>();
  const days = new Map<number, VolumeCount>();
  for (const row of volume) {
    addTo(sources, row.source, row);
    addTo(days, row.day, row);
  }
  const complaints = complaintTimes(db, scope);
  const count = (status: string) => complaints.filter((c) => c.status === status).length;
  const answered = count('answered');
  const open = count('open');
  const times = complaints
    .filter((c) => c.status === 'answered')
    .map(responseSeconds)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  const t = now.getTime();
  const findings = lintReplies(db, scope);
  return {
    generatedAt: now.toISOString(),
    since: scope.since.toISOString(),
    brand: scope.brand ?? null,
    source: scope.source ?? null,
    totals: {
      mentions: volume.reduce((sum, r) => sum + r.mentions, 0),
      complaints: complaints.length,
      answered,
      open,
      ignored: count('ignored'),
    },
    bySource: [...sources]
      .map(([source, c]) => ({ source, ...c }))
      .sort((a, b) => b.mentions - a.mentions || a.source.localeCompare(b.source)),
    byDay: [...days]
      .sort(([a], [b]) => a - b)
      .map(([day, c]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), ...c })),
    responseRate: share(answered, answered + open),
    firstResponse: {
      answered: times.length,
      medianSeconds: percentile(times, 0.5),
      p90Seconds: percentile(times, 0.9),
      within1hShare: withinShare(complaints, HOUR, t),
      within24hShare: withinShare(complaints, 24 * HOUR, t),
      percentileMethod: 'linear',
    },
    backlog: backlogOf(complaints, t),
    replyLint: summariseFindings(findings),
  };
}
