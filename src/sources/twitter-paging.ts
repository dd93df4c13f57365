/** Reads one query page by page, and says how far it got so the cursor never moves past what was read. */
import type { XClient, XPage, XTweet, XUser } from './twitter-client.js';
import { XApiError } from './twitter-client.js';
import { startTime, type QueryPlan, type QueryState } from './twitter-query.js';
import { addUsers, TWEET_FIELDS } from './twitter-tweets.js';

/** What one query returned. */
export interface QueryRead {
  tweets: XTweet[];
  users: Map<string, XUser>;
  /** The state to save: advanced only when every page was read, else the previous one (or none). */
  state: QueryState | undefined;
  /** False when paging stopped at `maxPages` or on an error. */
  complete: boolean;
  pages: number;
  /** The error that stopped paging, if any (tweets read before it are kept). */
  error?: XApiError;
}

/** Paging limits and the clock for one scan. */
export interface PagingOptions {
  maxPages: number;
  overlapMinutes: number;
  now: Date;
}

function request(plan: QueryPlan, userId: string | undefined, from: string | undefined, token?: string) {
  const query: Record<string, string | number> = { max_results: 100, ...TWEET_FIELDS };
  // The brand's replies also expand the users they answer, so a thread answer can name its customer.
  query.expansions = plan.kind === 'answers' ? 'author_id,in_reply_to_user_id' : 'author_id';
  // since_id is not sent with start_time: it would cut the overlap window start_time re-reads.
  if (from) query.start_time = from;
  if (plan.kind === 'mentions') {
    if (token) query.pagination_token = token;
    return { path: 'users/:id/mentions', params: { id: userId ?? '' }, query };
  }
  query.query = plan.query ?? '';
  if (token) query.next_token = token;
  return { path: 'tweets/search/recent', params: {} as Record<string, string>, query };
}

// Tweet ids are decimal snowflakes: longer is later, equal lengths compare as text (no BigInt needed).
function laterId(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}

/** The newest tweet among those read (by created_at; ids break ties), as a cursor state. */
function newestOf(tweets: XTweet[], newestId: string | undefined): QueryState | undefined {
  let best: { id: string; at: number } | undefined;
  for (const t of tweets) {
    const at = Date.parse(t.created_at ?? '');
    if (Number.isNaN(at)) continue;
    if (!best || at > best.at || (at === best.at && laterId(t.id, best.id))) best = { id: t.id, at };
  }
  if (!best) return undefined;
  return { newestId: newestId ?? best.id, newestAt: new Date(best.at).toISOString() };
}

/**
 * Reads `plan` from where `previous` left off, following next_token/pagination_token up to maxPages. A
 * pass cut short there is saved with its token (`resume`), and the next scan goes on from it.
 */
export async function readQuery(
  client: XClient,
  plan: QueryPlan,
  previous: QueryState | undefined,
  options: PagingOptions,
  userId?: string,
): Promise<QueryRead> {
  const resume = previous?.resume;
  const from = resume ? resume.from : startTime(previous, options.overlapMinutes, options.now);
  const read: QueryRead = { tweets: [], users: new Map(), state: previous, complete: false, pages: 0 };
  let token = resume?.token;
  let newestId = resume?.newestId;
  while (read.pages < Math.max(1, options.maxPages)) {
    const { path, params, query } = request(plan, userId, from, token);
    let page: XPage;
    try {
      page = (await client.get<XPage>(path, params, query)) ?? {};
    } catch (err) {
      // A resume token X no longer takes (400): the pass starts over rather than failing every scan.
      if (resume && read.pages === 0 && err instanceof XApiError && err.status === 400) {
        const { resume: _dropped, ...base } = previous;
        return readQuery(client, plan, base.newestId ? base : undefined, options, userId);
      }
      read.error = err instanceof XApiError ? err : new XApiError(String(err), 0, undefined, { cause: err });
      return read;
    }
    read.pages++;
    newestId ??= page.meta?.newest_id;
    read.tweets.push(...(page.data ?? []));
    addUsers(read.users, page);
    token = page.meta?.next_token;
    if (!token) {
      read.complete = true;
      const newest = newestOf(read.tweets, newestId);
      read.state = resume ? later(resume, newest) : (newest ?? previous);
      return read;
    }
  }
  // Cut at maxPages: keep the cursor where it was, and note where to go on.
  const first = resume ?? newestOf(read.tweets, newestId);
  const base = previous ? { newestId: previous.newestId, newestAt: previous.newestAt } : undefined;
  if (first && token) {
    read.state = {
      ...(base ?? { newestId: '', newestAt: '' }),
      resume: { token, from, newestId: first.newestId, newestAt: first.newestAt },
    };
  }
  return read;
}

/** The later of two cursor states (the resumed pass's first page holds its newest tweet). */
function later(a: QueryState, b: QueryState | undefined): QueryState {
  const pick = !b || Date.parse(a.newestAt) >= Date.parse(b.newestAt) ? a : b;
  return { newestId: pick.newestId, newestAt: pick.newestAt };
}
