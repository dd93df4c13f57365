/** What the twitter source asks for: one plan per query, and the per-query cursor saved between scans. */
import type { BrandConfig } from './registry-types.js';

/** One paged read: a recent search (mentions or the brand's replies) or a user's mentions timeline. */
export interface QueryPlan {
  /** Stable key of this read in the saved cursor, e.g. `search:Acme`, `mentions:acmehelp`. */
  key: string;
  kind: 'search' | 'mentions' | 'answers';
  /** The brand the results belong to (undefined: a `query` override on a source without `brand`). */
  brand?: string;
  /** Search query (search and answers). */
  query?: string;
  /** Brand handle whose mentions timeline or replies are read (mentions and answers). */
  handle?: string;
}

/** Where one query stopped: the newest tweet read in a complete pass. */
export interface QueryState {
  newestId: string;
  /** created_at of the newest tweet read, ISO 8601: the next pass starts `overlapMinutes` before it. */
  newestAt: string;
  /**
   * A pass cut short by `maxPages`: where the next scan goes on (X pages newest first, so starting
   * over would read the same newest pages again and never reach the rest), the pass's start time, and
   * the newest tweet it read, which becomes the cursor when the pass is complete.
   */
  resume?: { token: string; from?: string; newestId: string; newestAt: string };
}

/** Everything the source keeps in `SourceCursor.value`, as JSON. */
export interface TwitterCursor {
  queries: Record<string, QueryState>;
  /** Brand handles already looked up, lower-case handle to user id, to save a request per scan. */
  userIds: Record<string, string>;
}

// A bare word is quoted so X matches it exactly (no stemming); operators like #tag, @user and $TAG must
// stay bare or they become plain words.
function term(keyword: string): string | undefined {
  const clean = keyword.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return /^[#@$][\p{L}\p{N}_]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * The recent-search query for a brand: its keywords as quoted phrases and its `@handle` (any of them),
 * minus its exclusions, retweets and the brand's own posts. Undefined when there is nothing to look for.
 */
export function brandQuery(brand: BrandConfig): string | undefined {
  const handle = brand.handles.twitter;
  const wanted = [...brand.keywords.map(term), handle ? `@${handle}` : undefined].filter(
    (t): t is string => t !== undefined,
  );
  if (wanted.length === 0) return undefined;
  const unique = [...new Set(wanted)];
  const any = unique.length === 1 ? unique[0] : `(${unique.join(' OR ')})`;
  const not = brand.exclude.map(term).filter((t): t is string => t !== undefined);
  return [any, ...not.map((t) => `-${t}`), '-is:retweet', ...(handle ? [`-from:${handle}`] : [])].join(' ');
}

/** The search for the brand's own replies, which tell which mentions were answered. */
export function answersQuery(handle: string): string {
  return `from:${handle} is:reply`;
}

/**
 * Every read of one scan, in order: mention searches first (the point of the source), then mentions
 * timelines, then the brand's replies (so a reply is applied after the mention it answers is stored).
 */
export function planQueries(brands: BrandConfig[], override: string | undefined, tied?: string): QueryPlan[] {
  const scope = tied ? brands.filter((b) => b.name === tied) : brands;
  const plans: QueryPlan[] = [];
  if (override !== undefined)
    plans.push({ key: 'search:query', kind: 'search', brand: tied, query: override });
  else {
    for (const b of scope) {
      const query = brandQuery(b);
      if (query) plans.push({ key: `search:${b.name}`, kind: 'search', brand: b.name, query });
    }
  }
  const handled = scope.filter((b) => b.handles.twitter);
  for (const b of handled) {
    const handle = b.handles.twitter;
    plans.push({ key: `mentions:${handle.toLowerCase()}`, kind: 'mentions', brand: b.name, handle });
  }
  for (const b of handled) {
    const handle = b.handles.twitter;
    const query = answersQuery(handle);
    plans.push({ key: `answers:${handle.toLowerCase()}`, kind: 'answers', brand: b.name, handle, query });
  }
  return plans;
}

/** Reads the saved cursor; anything unreadable (an older format, a hand edit) starts afresh. */
export function parseCursor(value: string | undefined): TwitterCursor {
  const empty: TwitterCursor = { queries: {}, userIds: {} };
  if (!value) return empty;
  try {
    const parsed = JSON.parse(value) as Partial<TwitterCursor>;
    const queries: Record<string, QueryState> = {};
    for (const [key, s] of Object.entries(parsed.queries ?? {})) {
      const read = typeof s?.newestId === 'string' && !Number.isNaN(Date.parse(s?.newestAt));
      // A first pass cut at maxPages has no cursor yet, only where to go on.
      const resuming = typeof s?.resume?.token === 'string' && !Number.isNaN(Date.parse(s.resume.newestAt));
      if (read || resuming) queries[key] = s;
    }
    const userIds: Record<string, string> = {};
    for (const [handle, id] of Object.entries(parsed.userIds ?? {})) {
      if (typeof id === 'string') userIds[handle] = id;
    }
    return { queries, userIds };
  } catch {
    return empty;
  }
}

// Recent search only reaches back 7 days and rejects an older start_time with a 400; stay a minute inside.
const SEARCH_WINDOW_MS = 7 * 24 * 3600 * 1000 - 60 * 1000;

/**
 * The `start_time` for a query: the newest tweet seen last time minus the overlap (re-reading a little is
 * cheap, the store drops repeats; the mentions timeline is known to skip tweets with a bare since_id).
 */
export function startTime(
  state: QueryState | undefined,
  overlapMinutes: number,
  now: Date,
): string | undefined {
  if (!state) return undefined;
  const from = Date.parse(state.newestAt) - overlapMinutes * 60 * 1000;
  const start = Math.max(from, now.getTime() - SEARCH_WINDOW_MS);
  // X wants second precision: YYYY-MM-DDTHH:mm:ssZ.
  return new Date(Math.floor(start / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
