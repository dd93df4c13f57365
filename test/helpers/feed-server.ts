/**
 * A tiny HTTP server on 127.0.0.1 for tests, e2e runs and benchmarks: serves fixed routes, records requests.
 *
 *   const server = await startFeedServer({
 *     '/feed.xml': { body: readFileSync(fixture), etag: '"v1"' },        // answers 304 to If-None-Match "v1"
 *     '/broken': { status: 500, body: 'oops' },
 *     '/slow': { body: '<rss/>', delayMs: 2000 },
 *     '/dynamic': (req) => ({ body: `seen ${req.headers['user-agent']}` }),
 *   });
 *   await fetch(`${server.url}/feed.xml`);
 *   server.requests; // [{ method: 'GET', path: '/feed.xml', headers: {...} }]
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { closeLocal, listenLocal } from './listen-local.js';

/** What one route answers. Every field is optional: the default is 200 with an empty XML body. */
export interface FeedRoute {
  /** HTTP status; default 200. */
  status?: number;
  /** Response headers; `Content-Type` defaults to `application/xml; charset=utf-8` when absent. */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (timeouts, concurrency limits). */
  delayMs?: number;
  /** Sent as `ETag`; a request whose `If-None-Match` equals it gets 304 with no body. */
  etag?: string;
  /** Sent as `Last-Modified`; a request whose `If-Modified-Since` equals it gets 304 with no body. */
  lastModified?: string;
}

/** A request as the server saw it; header names are lowercase (node:http). */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/feed.xml?page=2`. */
  path: string;
  headers: IncomingHttpHeaders;
}

/** A route is fixed data, or a function of the request (e.g. to change answers between scans). */
export type FeedRouteHandler = FeedRoute | ((request: RecordedRequest) => FeedRoute);

/** A running server. */
export interface FeedServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every request received so far, in order (unknown paths included). */
  requests: RecordedRequest[];
  /** Stops the server, dropping open connections and pending delayed answers. */
  close(): Promise<void>;
}

/**
 * Starts a server on a free port of 127.0.0.1. `routes` is keyed by exact path with query first, then by
 * path without query; it is read on every request, so a test may add or replace routes while it runs.
 * Unknown paths get 404.
 */
export async function startFeedServer(routes: Record<string, FeedRouteHandler>): Promise<FeedServer> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
    };
    requests.push(request);
    const handler = routes[request.path] ?? routes[request.path.split('?')[0]];
    const route: FeedRoute = typeof handler === 'function' ? handler(request) : (handler ?? { status: 404 });

    const answer = (): void => {
      const headers: Record<string, string> = { 'Content-Type': 'application/xml; charset=utf-8' };
      for (const [name, value] of Object.entries(route.headers ?? {})) {
        if (name.toLowerCase() === 'content-type') delete headers['Content-Type'];
        headers[name] = value;
      }
      if (route.etag) headers.ETag = route.etag;
      if (route.lastModified) headers['Last-Modified'] = route.lastModified;
      const fresh =
        (route.etag !== undefined && req.headers['if-none-match'] === route.etag) ||
        (route.lastModified !== undefined && req.headers['if-modified-since'] === route.lastModified);
      if (fresh) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
    };

    if (route.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer();
      }, route.delayMs);
      timers.add(timer);
    } else {
      answer();
    }
  });

  const url = await listenLocal(server);
  return {
    url,
    requests,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return closeLocal(server);
    },
  };
}
