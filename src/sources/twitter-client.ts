/** The X API v2 through twitter-api-v2: one GET per call, failures turned into one typed error. */
import type { Agent } from 'node:https';

import { ApiRequestError, ApiResponseError, TwitterApi, type ITwitterApiClientPlugin } from 'twitter-api-v2';

import { throttled, type Throttle } from './source.js';

/** The official API root; `baseUrl` replaces it for a proxy or a local test server. */
export const X_API_ROOT = 'https://api.x.com';

/** A user object as `includes.users` or the user lookup carries it. */
export interface XUser {
  id: string;
  username?: string;
  name?: string;
  public_metrics?: { followers_count?: number };
}

/** A tweet with the fields this source asks for (all optional but `id` and `text`). */
export interface XTweet {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  lang?: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  public_metrics?: {
    like_count?: number;
    retweet_count?: number;
    reply_count?: number;
    quote_count?: number;
  };
}

/** One page of a timeline or search. */
export interface XPage {
  data?: XTweet[];
  includes?: { users?: XUser[] };
  meta?: { newest_id?: string; oldest_id?: string; result_count?: number; next_token?: string };
}

/** A request the API refused or that never got an answer; `status` 0 means no HTTP answer. */
export class XApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** When the exhausted rate limit resets (from `x-rate-limit-reset` or the 24-hour headers). */
    readonly resetAt?: Date,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'XApiError';
  }
}

/** What the source needs from the API: a GET of a v2 path such as `tweets/search/recent`. */
export interface XClient {
  get<T>(path: string, params: Record<string, string>, query: Record<string, string | number>): Promise<T>;
}

/** How to reach the API; `agent` carries extra trusted CAs for tests or a corporate proxy's CA. */
export interface XClientOptions {
  bearerToken: string;
  baseUrl: string;
  userAgent: string;
  signal: AbortSignal;
  agent?: Agent;
  /** The scan's limit on requests in flight (see `SourceContext.throttle`). */
  throttle?: Throttle;
}

/** A client bound to one fetch: its requests stop when `signal` aborts (the scan's timeout). */
export function openXClient(options: XClientOptions): XClient {
  // twitter-api-v2 has no abort support of its own; its request hook hands us the options it passes to
  // https.request, which does honour `signal`.
  const abortPlugin: ITwitterApiClientPlugin = {
    onBeforeRequest: (args) => {
      args.requestOptions.signal = options.signal;
    },
  };
  const api = new TwitterApi(options.bearerToken, {
    plugins: [abortPlugin],
    ...(options.agent ? { httpAgent: options.agent } : {}),
  }).readOnly.v2;
  // The library joins `prefix` and the endpoint as strings; every v2 endpoint lives under `<root>/2/`.
  const prefix = `${options.baseUrl.replace(/\/+$/, '')}/2/`;
  return {
    async get<T>(path: string, params: Record<string, string>, query: Record<string, string | number>) {
      const request = () =>
        api.get<T>(path, query, { prefix, params, headers: { 'user-agent': options.userAgent } });
      try {
        return await throttled(options.throttle, request);
      } catch (err) {
        throw toXApiError(err, options.signal);
      }
    },
  };
}

function toXApiError(err: unknown, signal: AbortSignal): XApiError {
  if (err instanceof ApiResponseError) {
    return new XApiError(problemDetail(err.data), err.code, resetTime(err), { cause: err });
  }
  if (signal.aborted) return new XApiError('aborted', 0, undefined, { cause: err });
  if (err instanceof ApiRequestError) {
    // twitter-api-v2 keeps the socket's error as `error` but reads it back as `requestError`, which is
    // then undefined: look in both places.
    const options = (err as unknown as { _options?: { error?: unknown } })._options;
    const cause = (err.requestError ?? options?.error) as { code?: unknown; message?: unknown } | undefined;
    const why =
      typeof cause?.code === 'string'
        ? cause.code.toLowerCase()
        : typeof cause?.message === 'string'
          ? cause.message.toLowerCase()
          : 'request failed';
    return new XApiError(`network error (${why})`, 0, undefined, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new XApiError(`unreadable response (${message.split('\n')[0].toLowerCase()})`, 0, undefined, {
    cause: err,
  });
}

/** The useful words of an error body: a v2 problem (`detail`), v1.1 `errors[].message`, or plain text. */
function problemDetail(data: unknown): string {
  if (typeof data === 'string') return data.trim().split('\n')[0].slice(0, 200);
  const body = (data ?? {}) as { detail?: unknown; title?: unknown; errors?: Array<{ message?: unknown }> };
  const text = body.detail ?? body.title ?? body.errors?.[0]?.message;
  return typeof text === 'string' ? text.split('\n')[0].slice(0, 200) : '';
}

/** The latest reset among the exhausted limits (15-minute window, then the 24-hour app and user caps). */
function resetTime(err: ApiResponseError): Date | undefined {
  const limits = [err.rateLimit, err.rateLimit?.day, err.rateLimit?.userDay];
  const exhausted = limits.filter((l) => l && l.remaining === 0 && Number.isFinite(l.reset) && l.reset > 0);
  const fallback = Number(err.headers?.['x-rate-limit-reset']);
  const seconds = exhausted.length
    ? Math.max(...exhausted.map((l) => l!.reset))
    : Number.isFinite(fallback) && fallback > 0
      ? fallback
      : undefined;
  return seconds === undefined ? undefined : new Date(seconds * 1000);
}
