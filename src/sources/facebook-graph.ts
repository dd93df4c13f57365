/** A small Graph API client for the facebook source: bearer auth, cursor paging and one-line errors. */
import { retryTime } from './retry-at.js';
import { formatUtcTime } from '../output/utc-time.js';
import { SourceError, type SourceContext } from './source.js';
import { redactUrl } from '../redact.js';

/** Where and how to call the Graph API. The token only ever goes to `baseUrl`, in a header. */
export interface GraphClient {
  source: string;
  baseUrl: string;
  apiVersion: string;
  accessToken: string;
  ctx: SourceContext;
}

/** One page of an edge (`/{id}/feed`, `/{id}/comments`) as Graph returns it. */
export interface GraphPage<T> {
  data?: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string; previous?: string };
}

/** The documented Graph error body: `{ error: { message, type, code, error_subcode, fbtrace_id } }`. */
export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  fbtrace_id?: string;
}

/** What went wrong, sorted by what the caller may do about it. */
export type GraphFailureKind = 'auth' | 'rate-limit' | 'permission' | 'not-found' | 'transient' | 'other';

/** A Graph call that failed; `partialOk` failures let the caller keep what it already read. */
export class GraphFailure extends SourceError {
  constructor(
    source: string,
    message: string,
    readonly kind: GraphFailureKind,
    options?: { cause?: unknown; retryAt?: Date },
  ) {
    super(source, message, options);
    this.name = 'GraphFailure';
  }

  /** Rate limits and outages stop the scan part-way; what was read so far is still worth storing. */
  get partialOk(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'transient';
  }
}

// Codes 4 (app), 17 (user), 32 (page), 613 (custom) and 80001 (Pages business use case) are all throttling.
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001]);
const READ_PERMISSIONS = 'pages_read_engagement and pages_read_user_content';

/** `path` (e.g. `/123/feed`) plus query under the configured base URL and version. */
export function graphUrl(client: GraphClient, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`${client.baseUrl.replace(/\/+$/, '')}/${client.apiVersion}${path}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}

/**
 * The `paging.next` URL made safe to follow: any `access_token` parameter removed (the token travels in
 * the header) and its path and query moved under `baseUrl`, so the token never goes to another host.
 */
export function nextPageUrl(client: GraphClient, next: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(next);
  } catch {
    return undefined;
  }
  parsed.searchParams.delete('access_token');
  const base = new URL(client.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${prefix}${parsed.pathname}${parsed.search}`;
}

/** GETs one Graph URL and parses its JSON, turning every failure into a GraphFailure. */
export async function graphGet<T>(client: GraphClient, url: string): Promise<T> {
  const { ctx, source } = client;
  const shown = redactUrl(url);
  let response: Response;
  let text: string;
  try {
    response = await ctx.fetch(url, {
      headers: {
        Authorization: `Bearer ${client.accessToken}`,
        Accept: 'application/json',
        'User-Agent': ctx.userAgent,
      },
      signal: ctx.signal,
    });
    text = await response.text();
  } catch (err) {
    const why = ctx.signal.aborted ? 'timed out' : networkReason(err);
    throw new GraphFailure(source, `${why} calling ${shown}; the next scan retries`, 'transient', {
      cause: err,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    if (response.ok) {
      throw new GraphFailure(source, `invalid json from ${shown}; check baseUrl`, 'other', { cause: err });
    }
  }
  const error = (body as { error?: GraphErrorBody } | undefined)?.error;
  if (error && typeof error === 'object') {
    throw describeGraphError(source, error, response.headers, ctx.now());
  }
  if (!response.ok) {
    const kind = response.status >= 500 || response.status === 429 ? 'transient' : 'other';
    const hint = kind === 'transient' ? 'the next scan retries' : 'check baseUrl and apiVersion';
    throw new GraphFailure(source, `http ${response.status} from ${shown}; ${hint}`, kind);
  }
  if (typeof body !== 'object' || body === null) {
    throw new GraphFailure(source, `unexpected response from ${shown}; check baseUrl`, 'other');
  }
  return body as T;
}

/** Maps a Graph error body (and the usage headers) to one actionable line. */
export function describeGraphError(
  source: string,
  error: GraphErrorBody,
  headers?: Headers,
  now?: Date,
): GraphFailure {
  const code = typeof error.code === 'number' ? error.code : undefined;
  // One line, and not a page of it: a server may send anything as its message.
  const message = String(error.message ?? '')
    .split('\n')[0]
    .slice(0, 200);
  if (code === 190 || code === 102 || (code === undefined && error.type === 'OAuthException')) {
    return new GraphFailure(
      source,
      `the page access token was refused or has expired (${code ?? 190}); create a new one (a page ` +
        'token from a long-lived user token, or a system user token in business settings) ' +
        'and update accessToken',
      'auth',
    );
  }
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    const wait = regainMinutes(headers);
    const until = wait ? ` for about ${wait} min` : '';
    // Facebook's estimate is when scans may ask again; the scan leaves the page alone until then.
    const retryAt = wait && now ? retryTime(new Date(now.getTime() + wait * 60_000), now) : undefined;
    const next = retryAt
      ? `scans wait until ${formatUtcTime(retryAt, now!)} and then resume`
      : 'the next scan resumes';
    return new GraphFailure(
      source,
      `rate limited (code ${code})${until}; ${next} from the saved cursor`,
      'rate-limit',
      { retryAt },
    );
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    const named = /\bpages_[a-z_]+\b/.exec(message)?.[0];
    const need = named ? `the ${named} permission` : READ_PERMISSIONS;
    return new GraphFailure(
      source,
      `permission denied (code ${code}); the token needs ${need}: create a page token that grants it`,
      'permission',
    );
  }
  if (code === 100 && error.error_subcode === 33) {
    return new GraphFailure(
      source,
      'object not found or not visible to this token (100); check pageId',
      'not-found',
    );
  }
  const transient = code === 1 || code === 2 || code === 341;
  const what = message ? ` (${message.replace(/\.$/, '').toLowerCase()})` : '';
  return new GraphFailure(
    source,
    `graph api error ${code ?? '?'}${what}; ${transient ? 'the next scan retries' : 'check the settings'}`,
    transient ? 'transient' : 'other',
  );
}

/** Minutes until access returns, from the `X-Business-Use-Case-Usage` / `X-App-Usage` headers. */
function regainMinutes(headers: Headers | undefined): number | undefined {
  const raw = headers?.get('x-business-use-case-usage') ?? headers?.get('x-page-usage') ?? undefined;
  if (!raw) return undefined;
  const found = /"estimated_time_to_regain_access"\s*:\s*(\d+)/g;
  let most = 0;
  for (let m = found.exec(raw); m; m = found.exec(raw)) most = Math.max(most, Number(m[1]));
  return most > 0 ? most : undefined;
}

/** One short phrase for a failed request; undici hides the useful part (ECONNREFUSED …) in `cause`. */
function networkReason(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { name?: unknown; cause?: unknown };
  if (e.name === 'TimeoutError') return 'timed out';
  const code = (e.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `network error (${code.toLowerCase()})` : 'network error';
}
