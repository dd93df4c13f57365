/** The one interface every source implements, and what the scan hands it. */
import type { FoundMention } from '../mention.js';

/** Where a source left off: HTTP validators and/or a source-specific cursor (since_id, page token …). */
export interface SourceCursor {
  etag?: string;
  lastModified?: string;
  value?: string;
}

/** A request-runner that bounds requests in flight (see `SourceContext.throttle`). */
export type Throttle = <T>(request: () => Promise<T>) => Promise<T>;

/** Runs `request` within `throttle` when there is one (during a scan), else at once. */
export function throttled<T>(throttle: Throttle | undefined, request: () => Promise<T>): Promise<T> {
  return throttle ? throttle(request) : request();
}

/** What a source may use: injected so tests point it at 127.0.0.1 and fix the clock. */
export interface SourceContext {
  /**
   * WHATWG fetch (global fetch by default). The orchestrator sets a timeout through `signal`, and during a
   * scan each call counts against the limit on requests in flight, like `throttle`.
   */
  fetch: typeof globalThis.fetch;
  /**
   * Runs one network request within the scan's limit on requests in flight (`concurrency`). A source wraps
   * each request it makes without `fetch` in it, and parses outside it, so that no slot waits on the CPU.
   * Absent outside a scan: requests then run at once.
   */
  throttle?: Throttle;
  /** Reads a local file as bytes (feeds given as a path, for offline use). */
  readFile: (path: string) => Promise<Buffer>;
  now: () => Date;
  signal: AbortSignal;
  userAgent: string;
  /** Directory relative paths in the config are resolved against. */
  baseDir: string;
}

/** The outcome of one fetch of one source. */
export interface SourceResult {
  mentions: FoundMention[];
  /** The cursor to save with these mentions (same transaction); null keeps the old one. */
  cursor: SourceCursor | null;
  /** True when the server answered 304 Not Modified. */
  notModified: boolean;
  /** Problems that did not stop the fetch (e.g. an entry without an id was skipped). */
  warnings: string[];
  /**
   * The brand's own replies the source saw: each marks the mention with that external id (from this
   * source) answered at that time, unless someone already dealt with it.
   */
  answers?: BrandAnswer[];
  /**
   * Set when the fetch stopped part-way (rate limit, quota): what was read is stored with the cursor
   * the source returns, and the source is still reported as failed with this one-line message.
   */
  partialError?: string;
  /** With `partialError`: the server asked not to be fetched again before this time (rate limit reset). */
  retryAt?: Date;
}

/**
 * The brand replied at `answeredAt`: to the mention `externalId`, or inside the thread `threadId`
 * (answering every mention of that thread posted before the reply, only those by `toAuthor` if given).
 */
export interface BrandAnswer {
  externalId?: string;
  threadId?: string;
  toAuthor?: string;
  answeredAt: Date;
  /** The reply itself (id at the source and text), kept for reply lint. */
  reply?: { id: string; text: string };
}

/** A configured source instance: fetches and normalises, never touches the terminal or the database. */
export interface Source {
  /** Unique name from the config (defaults to `<type>:<url>`), stored with each mention. */
  readonly name: string;
  readonly type: string;
  /** Brand this source is tied to, if the config says so. */
  readonly brand?: string;
  /** True when every entry is already a mention of `brand` (e.g. a Google Alert is the query). */
  readonly skipMatching?: boolean;
  /**
   * False when entries are news or web pages about a brand rather than posts by its customers (Google
   * Alerts): the classifier then does not assume the text is addressed to the brand.
   */
  readonly addressed?: boolean;
  fetch(ctx: SourceContext, cursor: SourceCursor | null): Promise<SourceResult>;
  /**
   * For `mentions doctor`: checks online that the credentials are accepted, returning a short
   * description (never the credential); throws a SourceError when they are not.
   */
  verify?(ctx: SourceContext): Promise<string>;
}

/**
 * A typed, one-line error from a source; `cause` keeps the underlying error, and `retryAt` the time the
 * server asked not to be fetched again before (Retry-After).
 */
export class SourceError extends Error {
  readonly retryAt?: Date;

  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown; retryAt?: Date },
  ) {
    super(`${source}: ${message}`, options);
    this.name = 'SourceError';
    if (options?.retryAt !== undefined) this.retryAt = options.retryAt;
  }
}
