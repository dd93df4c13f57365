/**
 * A fake YouTube Data API v3 on 127.0.0.1 for tests: routes by resource path and query, serves the recorded
 * payloads in test/fixtures/youtube/, and records every request.
 *
 *   const api = await startFakeYouTube({
 *     '/commentThreads?videoId=F1UP7wRCPH8': { body: youtubeFixture('commentThreads_by_video_paged_1') },
 *     '/commentThreads?videoId=F1UP7wRCPH8&pageToken=QURT…': { status: 403, body: googleError(403, 'quotaExceeded') },
 *   });
 *   // source option baseUrl: api.url  (it ends in /youtube/v3, like the real root)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: a JSON body (object or text) and a status (default 200). */
export interface FakeAnswer {
  status?: number;
  body: unknown;
}

/** A request as the fake saw it. */
export interface FakeRequest {
  /** The resource, e.g. `/commentThreads`. */
  resource: string;
  query: URLSearchParams;
}

/** Fixed data, or a function of the request (e.g. to fail the second time). */
export type FakeRoute = FakeAnswer | ((request: FakeRequest) => FakeAnswer);

/** A running fake. */
export interface FakeYouTube {
  /** The API root to give the source as `baseUrl`, e.g. `http://127.0.0.1:41234/youtube/v3`. */
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

const ROOT = '/youtube/v3';
const FIXTURES = new URL('../fixtures/youtube/', import.meta.url);

/** The text of `test/fixtures/youtube/<name>.python-youtube.json`, byte for byte. */
export function youtubeFixture(name: string): string {
  return readFileSync(new URL(`${name}.python-youtube.json`, FIXTURES), 'utf8');
}

/** The same fixture, parsed (for tests that derive a clearly synthetic variant from it). */
export function youtubeJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(youtubeFixture(name)) as T;
}

/**
 * An error body in Google's shape, `{error: {code, message, errors: [{message, domain, reason}]}}`.
 * Synthetic: the structure and default domains follow the API's documented errors.
 */
export function googleError(
  code: number,
  reason: string,
  message = `${reason} (synthetic)`,
  domain = 'youtube.api',
) {
  return { error: { code, message, errors: [{ message, domain, reason }] } };
}

/** Does `key` (`/resource?a=1&b=2`) match the request? Every listed parameter must be equal. */
function matches(key: string, request: FakeRequest): number | undefined {
  const [resource, query = ''] = key.split('?');
  if (resource !== request.resource) return undefined;
  const wanted = new URLSearchParams(query);
  for (const [name, value] of wanted) if (request.query.get(name) !== value) return undefined;
  return [...wanted.keys()].length;
}

/** Starts the fake; the most specific matching route answers, anything else gets Google's 404. */
export async function startFakeYouTube(routes: Record<string, FakeRoute>): Promise<FakeYouTube> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = {
      resource: parsed.pathname.startsWith(ROOT) ? parsed.pathname.slice(ROOT.length) : parsed.pathname,
      query: parsed.searchParams,
    };
    requests.push(request);
    let best: { route: FakeRoute; score: number } | undefined;
    for (const [key, route] of Object.entries(routes)) {
      const score = matches(key, request);
      if (score !== undefined && (!best || score > best.score)) best = { route, score };
    }
    const answer: FakeAnswer = best
      ? typeof best.route === 'function'
        ? best.route(request)
        : best.route
      : { status: 404, body: googleError(404, 'notFound', 'Requested entity was not found.', 'global') };
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json; charset=UTF-8' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${ROOT}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
