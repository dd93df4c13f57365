/** Fetching a feed document over HTTP (with conditional GET) or from a local file, and decoding its bytes. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';

import { SourceError, throttled, type SourceContext, type SourceCursor } from './source.js';
import { mapWindows1252 } from './html-text.js';
import { redactUrl } from '../redact.js';
import { takeBasicAuth } from '../http-auth.js';
import { formatUtcTime } from '../output/utc-time.js';
import { parseRetryAfter, retryTime } from './retry-at.js';
import { BodyTooLargeError, httpGet, type HttpResponse } from './http-get.js';

/** A fetched document: the raw bytes plus the validators to send next time. */
export interface FetchedDocument {
  notModified: boolean;
  body: Buffer;
  contentType?: string;
  cursor: SourceCursor;
}

// Feeds are small; a body this large is a misconfigured url (a video, a dump) and would only waste memory.
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.8',
  'text/xml;q=0.8',
  '*/*;q=0.5',
].join(', ');

/** Hints for the statuses people actually hit, so the message says what to do next. */
function statusHint(
  status: number,
  headers: Record<string, string>,
  until: Date | undefined,
  now: Date,
): string {
  // httpGet follows redirects: one still here had no Location, or was one too many (a loop).
  if (status >= 300 && status <= 399 && status !== 304) {
    return headers.location === undefined
      ? '; a redirect without a Location header: check the url'
      : '; too many redirects (more than 10, or a loop): check the url';
  }
  if (status === 401 || status === 403) return '; the feed may be private or block this user agent';
  if (status === 404 || status === 410) return '; check the url';
  if (status === 429 || status === 503) {
    const what = status === 429 ? 'rate limited' : 'unavailable';
    return until
      ? `; ${what} until ${formatUtcTime(until, now)} (Retry-After); scans wait until then`
      : status === 429
        ? '; rate limited, the next scan will retry'
        : '';
  }
  return '';
}

/** Fetches `url` (http/https) or reads it as a local file path resolved against `ctx.baseDir`. */
export async function fetchDocument(
  ctx: SourceContext,
  sourceName: string,
  url: string,
  cursor: SourceCursor | null,
): Promise<FetchedDocument> {
  if (/^https?:\/\//i.test(url)) return fetchHttp(ctx, sourceName, url, cursor);
  if (/^file:/i.test(url)) {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch (err) {
      throw new SourceError(sourceName, `invalid file url ${url}; fix \`url\` in the config`, { cause: err });
    }
    return readLocal(ctx, sourceName, path);
  }
  // A Windows drive letter (`C:\feeds`) looks like a scheme, so only reject `scheme://`.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new SourceError(
      sourceName,
      `unsupported url scheme in ${redactUrl(url)}; use http(s) or a file path`,
    );
  }
  return readLocal(ctx, sourceName, resolve(ctx.baseDir, url));
}

async function fetchHttp(
  ctx: SourceContext,
  sourceName: string,
  url: string,
  cursor: SourceCursor | null,
): Promise<FetchedDocument> {
  const shown = redactUrl(url);
  const headers: Record<string, string> = { 'User-Agent': ctx.userAgent, Accept: ACCEPT };
  // A feed behind basic auth is written `https://user:pass@host/feed`; the credentials go in a header.
  let target: URL;
  try {
    target = new URL(url);
    const authorization = takeBasicAuth(target);
    if (authorization) headers.Authorization = authorization;
  } catch (err) {
    throw new SourceError(sourceName, `invalid url ${shown}; fix \`url\` in the config`, { cause: err });
  }
  if (cursor?.etag) headers['If-None-Match'] = cursor.etag;
  if (cursor?.lastModified) headers['If-Modified-Since'] = cursor.lastModified;

  let response: HttpResponse;
  try {
    response = await throttled(ctx.throttle, () =>
      httpGet(target.href, { headers, signal: ctx.signal, maxBytes: MAX_BODY_BYTES }),
    );
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw tooLarge(sourceName, shown);
    throw new SourceError(sourceName, `${describeNetworkError(err, ctx.signal)} fetching ${shown}`, {
      cause: err,
    });
  }
  if (response.status === 304) {
    return { notModified: true, body: Buffer.alloc(0), cursor: nextCursor(cursor, response.headers) };
  }
  if (response.status < 200 || response.status > 299) {
    const busy = response.status === 429 || response.status === 503;
    const until = busy
      ? retryTime(parseRetryAfter(response.headers['retry-after'], ctx.now()), ctx.now())
      : undefined;
    const hint = statusHint(response.status, response.headers, until, ctx.now());
    throw new SourceError(sourceName, `http ${response.status} from ${shown}${hint}`, { retryAt: until });
  }
  return {
    notModified: false,
    body: response.body,
    contentType: response.headers['content-type'],
    cursor: nextCursor(null, response.headers),
  };
}

function tooLarge(sourceName: string, shown: string): SourceError {
  return new SourceError(sourceName, `response from ${shown} is larger than 20 MiB; check the url`);
}

/** Validators from this response; on a 304 the server may omit them, so the old ones stay. */
function nextCursor(previous: SourceCursor | null, headers: Record<string, string>): SourceCursor {
  const cursor: SourceCursor = {};
  const etag = headers.etag ?? previous?.etag;
  const lastModified = headers['last-modified'] ?? previous?.lastModified;
  if (etag) cursor.etag = etag;
  if (lastModified) cursor.lastModified = lastModified;
  return cursor;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
}

// Duck-typed rather than `instanceof Error`: AbortSignal reasons may come from another realm (DOMException
// under a test VM), where instanceof is false.
function errorLike(value: unknown): ErrorLike {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : { message: String(value) };
}

/** One short phrase for a failed request: its system error code (ECONNREFUSED …) when it has one. */
function describeNetworkError(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) return errorLike(signal.reason).name === 'TimeoutError' ? 'timed out' : 'aborted';
  const { name, message, code } = errorLike(err);
  if (name === 'TimeoutError') return 'timed out';
  if (typeof code === 'string') return `network error (${code.toLowerCase()})`;
  // An error message may quote a URL, query string and all.
  const line = String(message ?? err).split('\n')[0];
  return `network error (${line.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, redactUrl).toLowerCase()})`;
}

async function readLocal(ctx: SourceContext, sourceName: string, path: string): Promise<FetchedDocument> {
  try {
    const body = await ctx.readFile(path);
    // Local files have no validators; the store's unique ids make re-reading them harmless.
    return { notModified: false, body, cursor: {} };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code ?? err);
    throw new SourceError(sourceName, `cannot read feed file ${path} (${why}); fix \`url\` in the config`, {
      cause: err,
    });
  }
}

/** Decoded feed text plus any warnings about how the encoding was chosen. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * Bytes to text: a BOM wins, then the Content-Type charset, then the XML declaration, then UTF-8.
 * An unknown encoding falls back to UTF-8 with a warning instead of failing the whole source.
 */
export function decodeFeedText(body: Buffer, contentType?: string): DecodedText {
  const warnings: string[] = [];
  let label: string | undefined;
  let start = 0;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) [label, start] = ['utf-8', 3];
  else if (body[0] === 0xff && body[1] === 0xfe) [label, start] = ['utf-16le', 2];
  else if (body[0] === 0xfe && body[1] === 0xff) [label, start] = ['utf-16be', 2];
  else label = charsetOf(contentType) ?? declaredEncoding(body);

  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    warnings.push(`unknown encoding "${label}"; decoded as utf-8`);
    decoder = new TextDecoder('utf-8');
  }
  const bytes = body.subarray(start);
  // Node 20.18.3+ mis-decodes windows-1252 (and the latin1/ascii labels that alias it) in 0x80–0x9F, so
  // decode it as bytes and map that range ourselves (nodejs/node#56542, #60888).
  const text =
    decoder.encoding === 'windows-1252' ? mapWindows1252(bytes.toString('latin1')) : decoder.decode(bytes);
  // Bytes that are no UTF-8 (a Latin-1 feed declared or served as UTF-8) become U+FFFD: say so.
  if (decoder.encoding === 'utf-8' && text.includes('\ufffd')) {
    const replaced = countOf(text, '\ufffd') - countOf(bytes.toString('latin1'), '\xef\xbf\xbd');
    if (replaced > 0) {
      warnings.push(
        `${replaced} invalid utf-8 sequence${replaced === 1 ? '' : 's'} shown as \ufffd${label ? ` (declared ${label})` : ''}; the feed may be in another encoding`,
      );
    }
  }
  return { text: text.replace(/^\ufeff/, ''), warnings };
}

function countOf(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

function declaredEncoding(body: Buffer): string | undefined {
  // The declaration is ASCII in every encoding a BOM-less feed can use, so latin1 reads it safely.
  const head = body.subarray(0, 200).toString('latin1');
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1].toLowerCase();
}
