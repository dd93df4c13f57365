/** The YouTube Data API v3 over HTTP: GETs with the API key, Google's error JSON turned into typed errors. */
import { SourceError, type SourceContext } from './source.js';
import { formatUtcTime, nextPacificMidnight } from '../output/utc-time.js';
import { collapseWhitespace, htmlToText } from './html-text.js';
import { redactUrl } from '../redact.js';

/** The official API root; `baseUrl` in the config may point elsewhere (a proxy, a test server). */
export const DEFAULT_BASE_URL = 'https://www.googleapis.com/youtube/v3';

/** Reasons that mean the project's daily quota is spent: nothing more can be read until it resets. */
const DAILY_QUOTA = new Set(['quotaExceeded', 'dailyLimitExceeded', 'dailyLimitExceededUnreg']);
/** Reasons that mean too many requests in a short time (not the daily quota). */
const RATE_LIMIT = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED']);
const KEY_INVALID = new Set(['keyInvalid', 'API_KEY_INVALID', 'keyExpired', 'API_KEY_EXPIRED']);
const API_DISABLED = new Set(['accessNotConfigured', 'SERVICE_DISABLED']);
const KEY_BLOCKED = new Set([
  'ipRefererBlocked',
  'API_KEY_HTTP_REFERRER_BLOCKED',
  'API_KEY_IP_ADDRESS_BLOCKED',
  'API_KEY_SERVICE_BLOCKED',
  'API_KEY_ANDROID_APP_BLOCKED',
  'API_KEY_IOS_APP_BLOCKED',
]);

/** An error answer from the API: the HTTP status and Google's most specific reason for it. */
export class YouTubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'YouTubeApiError';
  }

  /** True when the project's quota or rate limit stopped the request (retrying now will not help). */
  get isQuota(): boolean {
    return DAILY_QUOTA.has(this.reason) || RATE_LIMIT.has(this.reason) || this.status === 429;
  }
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    errors?: Array<{ domain?: string; reason?: string; message?: string }>;
    details?: Array<{ reason?: string }>;
  };
}

/** Reads `{error: {code, message, errors: [{reason}], details: [{reason}]}}`; the first known reason wins. */
function parseGoogleError(status: number, body: string): YouTubeApiError {
  let parsed: GoogleErrorBody | undefined;
  try {
    parsed = JSON.parse(body) as GoogleErrorBody;
  } catch {
    // Proxies and load balancers answer with HTML; the status is all there is.
  }
  const error = parsed?.error;
  const reasons = [
    ...(error?.errors ?? []).map((e) => e.reason),
    ...(error?.details ?? []).map((d) => d.reason),
  ].filter((r): r is string => typeof r === 'string' && r !== '');
  // Newer answers say `badRequest` in `errors` and the useful `API_KEY_INVALID` only in `details`.
  const known = [DAILY_QUOTA, RATE_LIMIT, KEY_INVALID, API_DISABLED, KEY_BLOCKED];
  const reason = reasons.find((r) => known.some((set) => set.has(r))) ?? reasons[0] ?? 'unknown';
  return new YouTubeApiError(status, reason, typeof error?.message === 'string' ? error.message : '');
}

/** Turns an API error into the one-line, actionable message the user sees (never the key or a query). */
export function describeApiError(
  sourceName: string,
  err: YouTubeApiError,
  apiKey: string,
  now?: Date,
): SourceError {
  const code = `${err.status} ${err.reason}`;
  let message: string;
  if (DAILY_QUOTA.has(err.reason)) {
    if (now === undefined) {
      message = `daily quota exceeded (${code}); the next scan after the quota resets (midnight Pacific time) resumes`;
    } else {
      // Scans wait for the reset: every request before it is refused, and would only be counted.
      const reset = nextPacificMidnight(now);
      message = `daily quota exceeded (${code}); scans wait until it resets at ${formatUtcTime(reset, now)} (midnight Pacific time) and then resume`;
      return new SourceError(sourceName, message, { cause: err, retryAt: reset });
    }
  } else if (err.isQuota) {
    message = `rate limited (${code}); the next scan resumes from the saved cursor`;
  } else if (KEY_INVALID.has(err.reason) || (err.status === 400 && /api key/i.test(err.message))) {
    message = `api key rejected (${code}); check \`apiKey\`: create one in the google cloud console under apis & services → credentials`;
  } else if (API_DISABLED.has(err.reason)) {
    message = `youtube data api v3 is not enabled for the project of \`apiKey\` (${code}); enable it in the google cloud console under apis & services → library, then retry`;
  } else if (KEY_BLOCKED.has(err.reason)) {
    message = `\`apiKey\` may not call the youtube data api from here (${code}); check the key's application and api restrictions`;
  } else if (err.status >= 500) {
    message = `youtube api error (${code}); the next scan retries`;
  } else {
    const detail = safeDetail(err.message, apiKey);
    message = `youtube api error (${code})${detail ? `: ${detail}` : ''}`;
  }
  return new SourceError(sourceName, message, { cause: err });
}

/** Google's own message, shortened to plain text without URLs or the key, for errors we have no words for. */
function safeDetail(text: string, apiKey: string): string {
  const plain = collapseWhitespace(htmlToText(text))
    .split(apiKey)
    .join('***')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, (url) => redactUrl(url))
    .toLowerCase()
    .replace(/\.$/, '');
  return plain.length > 160 ? `${plain.slice(0, 157)}…` : plain;
}

/** What the client needs to know about the configured source. */
export interface ClientOptions {
  sourceName: string;
  apiKey: string;
  baseUrl: string;
}

/** A key-authenticated API client for one fetch; counts the pages it read so a stop can be partial. */
export class YouTubeClient {
  /** Successful requests so far. */
  pagesRead = 0;

  constructor(
    private readonly ctx: SourceContext,
    private readonly options: ClientOptions,
  ) {}

  /** GET `<baseUrl>/<resource>?<params>&key=…` as JSON; throws YouTubeApiError or SourceError. */
  async get<T>(resource: string, params: Record<string, string | undefined>): Promise<T> {
    const { sourceName, apiKey } = this.options;
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
    // The API takes the key only as a query parameter, so the full URL is a secret: show only `shown`.
    query.set('key', apiKey);
    const url = `${base}/${resource}?${query.toString()}`;
    const shown = redactUrl(url);
    let response: Response;
    let body: string;
    try {
      response = await this.ctx.fetch(url, {
        headers: { 'User-Agent': this.ctx.userAgent, Accept: 'application/json' },
        signal: this.ctx.signal,
      });
      body = await response.text();
    } catch (err) {
      throw new SourceError(sourceName, `${networkProblem(err, this.ctx.signal)} fetching ${shown}`, {
        cause: err,
      });
    }
    if (response.status < 200 || response.status > 299) throw parseGoogleError(response.status, body);
    try {
      const parsed = JSON.parse(body) as T;
      this.pagesRead++;
      return parsed;
    } catch (err) {
      throw new SourceError(sourceName, `invalid json from ${shown}; check \`baseUrl\``, { cause: err });
    }
  }
}

/** One short phrase for a failed request; undici keeps the useful code (ECONNREFUSED …) in `cause`. */
function networkProblem(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) return 'timed out';
  const e = (typeof err === 'object' && err !== null ? err : {}) as { name?: unknown; cause?: unknown };
  if (e.name === 'TimeoutError') return 'timed out';
  const code = (typeof e.cause === 'object' && e.cause !== null ? e.cause : {}) as { code?: unknown };
  // Never the error's own message: fetch may quote the URL, and the URL carries the key.
  return typeof code.code === 'string' ? `network error (${code.code.toLowerCase()})` : 'network error';
}
