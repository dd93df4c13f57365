/**
 * The `twitter` source: X API v2 recent search for each brand, the brand handle's mentions timeline, and
 * the brand's own replies (which mark mentions answered). Incremental through a per-query cursor.
 */
import type { Agent } from 'node:https';

import type { FoundMention } from '../mention.js';
import type { BrandConfig, SourceOptions } from './registry-types.js';
import {
  SourceError,
  type BrandAnswer,
  type Source,
  type SourceContext,
  type SourceCursor,
} from './source.js';
import { openXClient, X_API_ROOT, XApiError, type XClient, type XUser } from './twitter-client.js';
import { describeFailure } from './twitter-errors.js';
import { readQuery, type QueryRead } from './twitter-paging.js';
import { parseCursor, planQueries, type QueryPlan, type TwitterCursor } from './twitter-query.js';
import { isRetweet, replyToAnswers, tweetToMention } from './twitter-tweets.js';
import { redactUrl } from '../redact.js';

/** Settings of one configured twitter source, after defaults. */
interface Settings {
  name: string;
  bearerToken: string;
  baseUrl: string;
  maxPages: number;
  overlapMinutes: number;
  plans: QueryPlan[];
  /** Every brand's handle, lower-case: their posts are never mentions. */
  ownHandles: Set<string>;
}

/** Connection details only tests (or an embedding program) set: an https agent with extra CAs. */
export interface TwitterTransport {
  agent?: Agent;
}

function settingsOf(options: SourceOptions, brands: BrandConfig[]): Settings {
  const name = options.name;
  const token = typeof options.bearerToken === 'string' ? options.bearerToken.trim() : '';
  if (!token) {
    throw new SourceError(
      name,
      'missing `bearerToken`; set it to your app\'s bearer token, e.g. "${X_BEARER_TOKEN}"',
    );
  }
  const baseUrl = typeof options.baseUrl === 'string' && options.baseUrl ? options.baseUrl : X_API_ROOT;
  // twitter-api-v2 sends every request with node:https; a plain-http proxy address cannot work.
  if (!/^https:\/\/[^\s/]+/i.test(baseUrl)) {
    throw new SourceError(name, `\`baseUrl\` must be an https url, got "${redactUrl(baseUrl)}"`);
  }
  const count = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  const query = typeof options.query === 'string' && options.query.trim() ? options.query.trim() : undefined;
  const plans = planQueries(brands, query, options.brand);
  if (plans.length === 0) {
    throw new SourceError(
      name,
      'nothing to search for: give the brand keywords or handles.twitter, or set `query`',
    );
  }
  const ownHandles = new Set(
    brands.map((b) => b.handles.twitter?.toLowerCase()).filter((h) => h !== undefined),
  );
  return {
    name,
    bearerToken: token,
    baseUrl,
    maxPages: Math.max(1, Math.floor(count(options.maxPages, 5))),
    overlapMinutes: Math.max(0, count(options.overlapMinutes, 10)),
    plans,
    ownHandles,
  };
}

// The longest recent-search query X takes (docs.x.com, search introduction: 4,096 for Enterprise).
const QUERY_LIMIT = 512;

/** One fetch: the reads of every plan, gathered into mentions, answers and the next cursor. */
class Scan {
  readonly mentions: FoundMention[] = [];
  readonly answers: BrandAnswer[] = [];
  readonly warnings: string[] = [];
  readonly next: TwitterCursor;
  private readonly seen = new Set<string>();
  private retweets = 0;

  constructor(
    private readonly s: Settings,
    private readonly client: XClient,
    private readonly ctx: SourceContext,
    private readonly saved: TwitterCursor,
  ) {
    this.next = { queries: { ...saved.queries }, userIds: { ...saved.userIds } };
  }

  /** What a failed request means for this scan (see twitter-errors.ts). */
  describe(err: XApiError, plan: QueryPlan | undefined) {
    return describeFailure(err, plan, new URL(this.s.baseUrl).host, this.ctx.now());
  }

  /** The user id of a brand handle, from the cursor or looked up (`/2/users/by/username/:username`). */
  async userId(handle: string): Promise<string | undefined> {
    const key = handle.toLowerCase();
    if (this.next.userIds[key]) return this.next.userIds[key];
    const found = await this.client.get<{ data?: XUser }>(
      'users/by/username/:username',
      { username: handle },
      {},
    );
    if (found?.data?.id) this.next.userIds[key] = found.data.id;
    else this.warnings.push(`@${handle} was not found on x; check brands[].handles.twitter`);
    return found?.data?.id;
  }

  private isOwn(authorId: string | undefined, users: Map<string, XUser>): boolean {
    const username = authorId ? users.get(authorId)?.username?.toLowerCase() : undefined;
    const ownIds = new Set(Object.values(this.next.userIds));
    return (
      (username !== undefined && this.s.ownHandles.has(username)) || (!!authorId && ownIds.has(authorId))
    );
  }

  private take(plan: QueryPlan, read: QueryRead): void {
    for (const tweet of read.tweets) {
      if (plan.kind === 'answers') {
        // Only the brand's own replies answer anything, whatever else a proxy may return.
        if (this.isOwn(tweet.author_id, read.users)) this.answers.push(...replyToAnswers(tweet, read.users));
      } else if (isRetweet(tweet)) this.retweets++;
      else if (!this.isOwn(tweet.author_id, read.users) && !this.seen.has(tweet.id)) {
        this.seen.add(tweet.id);
        this.mentions.push(tweetToMention(tweet, read.users, plan.brand));
      }
    }
  }

  /** Runs every plan; returns the message that stopped the scan, if one did. */
  async run(): Promise<{ stop?: string; fatal: boolean; retryAt?: Date }> {
    let mentionsComplete = true;
    for (const plan of this.s.plans) {
      const length = plan.query?.length ?? 0;
      if (length > QUERY_LIMIT) {
        this.warnings.push(
          `${plan.key}: the query is ${length} characters; X takes ${QUERY_LIMIT} (4,096 with Enterprise access): give the brand fewer keywords or set \`query\``,
        );
      }
      let read: QueryRead;
      try {
        const id = plan.kind === 'mentions' ? await this.userId(plan.handle ?? '') : undefined;
        if (plan.kind === 'mentions' && !id) continue;
        const paging = {
          maxPages: this.s.maxPages,
          overlapMinutes: this.s.overlapMinutes,
          now: this.ctx.now(),
        };
        read = await readQuery(this.client, plan, this.saved.queries[plan.key], paging, id);
      } catch (err) {
        read = {
          tweets: [],
          users: new Map(),
          state: undefined,
          complete: false,
          pages: 0,
          error: err as XApiError,
        };
      }
      this.take(plan, read);
      const failure = read.error ? this.describe(read.error, plan) : undefined;
      // A timeline the token may not read (a warning) holds nothing back; a cut-short mention read does.
      if (plan.kind !== 'answers' && failure?.effect !== 'warning') mentionsComplete &&= read.complete;
      // A reply whose mention was not read yet must be seen again, so answers wait for complete mention reads.
      // A pass cut at maxPages is saved with where to go on (`resume`); one cut by an error is not.
      const saveable = read.complete || (!failure && read.state?.resume !== undefined);
      if (saveable && read.state && (plan.kind !== 'answers' || mentionsComplete)) {
        this.next.queries[plan.key] = read.state;
      }
      if (!failure && !read.complete) {
        this.warnings.push(
          `${plan.key}: stopped after ${this.s.maxPages} pages (maxPages); the next scan goes on from there`,
        );
      }
      if (!failure) continue;
      if (failure.effect === 'warning') {
        this.warnings.push(failure.message);
        continue;
      }
      return { stop: failure.message, fatal: failure.effect === 'fail', retryAt: failure.retryAt };
    }
    if (this.retweets)
      this.warnings.push(`skipped ${this.retweets} retweet${this.retweets === 1 ? '' : 's'}`);
    return { fatal: false };
  }
}

/** The `twitter` source for one config entry; `transport` only for tests (a CA for a local server). */
export function create(
  options: SourceOptions,
  brands: BrandConfig[],
  transport: TwitterTransport = {},
): Source {
  const s = settingsOf(options, brands);
  const client = (ctx: SourceContext) =>
    openXClient({
      bearerToken: s.bearerToken,
      baseUrl: s.baseUrl,
      userAgent: ctx.userAgent,
      signal: ctx.signal,
      agent: transport.agent,
      throttle: ctx.throttle,
    });
  return {
    name: s.name,
    type: 'twitter',
    brand: options.brand,
    async fetch(ctx: SourceContext, cursor: SourceCursor | null) {
      const saved = parseCursor(cursor?.value);
      const scan = new Scan(s, client(ctx), ctx, saved);
      const { stop, fatal, retryAt } = await scan.run();
      const moved = JSON.stringify(scan.next) !== JSON.stringify(saved);
      const gathered = scan.mentions.length > 0 || scan.answers.length > 0 || moved;
      if (stop && fatal && !gathered) throw new SourceError(s.name, stop, { retryAt });
      return {
        mentions: scan.mentions,
        cursor: moved ? { value: JSON.stringify(scan.next) } : null,
        notModified: false,
        warnings: scan.warnings,
        answers: scan.answers,
        ...(stop ? { partialError: `${s.name}: ${stop}` } : {}),
        ...(stop && retryAt ? { retryAt } : {}),
      };
    },
    async verify(ctx: SourceContext) {
      const scan = new Scan(s, client(ctx), ctx, { queries: {}, userIds: {} });
      const handle = s.plans.find((p) => p.handle)?.handle;
      try {
        if (handle) {
          const id = await scan.userId(handle);
          if (!id)
            throw new SourceError(
              s.name,
              `token accepted, but @${handle} was not found; check brands[].handles.twitter`,
            );
          return `token accepted; @${handle} is user ${id}`;
        }
        const plan = s.plans[0];
        const read = await readQuery(client(ctx), plan, undefined, {
          maxPages: 1,
          overlapMinutes: 0,
          now: ctx.now(),
        });
        if (read.error) throw read.error;
        return `token accepted; recent search returned ${read.tweets.length} tweets`;
      } catch (err) {
        if (!(err instanceof XApiError)) throw err;
        throw new SourceError(s.name, scan.describe(err, undefined).message, { cause: err });
      }
    },
  };
}
