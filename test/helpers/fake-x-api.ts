/**
 * A fake X API v2 for tests: an HTTPS server on 127.0.0.1 (certificate in test/fixtures/tls/) that routes
 * recent search, user mentions and user lookup to handlers, and records every request with its query.
 *
 *   const api = await startFakeXApi({
 *     search: (q) => (q.next_token ? recorded('search_recent_conversation_expansions.postman') : recorded('search_recent_nyc_tweet_fields.postman')),
 *     user: () => recorded('users_by_username_Twitter.tweepy'),
 *     mentions: () => ({ status: 403, body: '…' }),
 *   });
 *   create({ …, baseUrl: api.url }, brands, { agent: api.agent });   // in-process: trust the CA via the agent
 *   runBin([...], { env: { NODE_EXTRA_CA_CERTS: CA_FILE } });         // spawned: trust it via the env
 */
import { readFileSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const TLS_DIR = fileURLToPath(new URL('../fixtures/tls/', import.meta.url));
const TWITTER_DIR = fileURLToPath(new URL('../fixtures/twitter/', import.meta.url));

/** The test server's self-signed certificate (also its own CA), for NODE_EXTRA_CA_CERTS. */
export const CA_FILE = `${TLS_DIR}localhost-cert.pem`;
const CERT = readFileSync(CA_FILE);
const KEY = readFileSync(`${TLS_DIR}localhost-key.pem`);

/** What one request gets. */
export interface XReply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A request as the server saw it. */
export interface XRequest {
  method: string;
  /** Path without the query, e.g. `/2/users/783214/mentions`. */
  pathname: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
}

/** Handlers per endpoint; a missing one answers 404. */
export interface XRoutes {
  search?: (query: Record<string, string>, request: XRequest) => XReply;
  mentions?: (userId: string, query: Record<string, string>, request: XRequest) => XReply;
  user?: (username: string, request: XRequest) => XReply;
}

/** A running fake API. */
export interface FakeXApi {
  /** API root for `baseUrl`, e.g. `https://127.0.0.1:41234` (no trailing slash). */
  url: string;
  requests: XRequest[];
  /** An https agent that trusts the test certificate, for in-process clients. */
  agent: Agent;
  /** Replaces the handlers (e.g. to make the next scan fail). */
  routes: XRoutes;
  close(): Promise<void>;
}

/**
 * A recorded payload from test/fixtures/twitter/ with its recorded status and headers (from the sibling
 * `.headers.json`, minus content-encoding and content-length, since it is served uncompressed).
 */
export function recorded(name: string, ext = 'json'): XReply {
  const body = readFileSync(`${TWITTER_DIR}${name}.${ext}`, 'utf8');
  let meta: { status?: number; headers?: Record<string, string> };
  try {
    meta = JSON.parse(readFileSync(`${TWITTER_DIR}${name}.headers.json`, 'utf8'));
  } catch {
    meta = { headers: { 'content-type': 'application/json; charset=utf-8' } };
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta.headers ?? {})) {
    if (!['content-encoding', 'content-length'].includes(k.toLowerCase())) headers[k] = v;
  }
  return { status: meta.status ?? 200, headers, body };
}

/** A JSON reply built in a test (synthetic, not a recording). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): XReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

const NOT_FOUND = json({ title: 'Not Found', detail: 'no such route in the fake x api', status: 404 }, 404);

function answer(routes: XRoutes, r: XRequest): XReply {
  const mentions = /^\/2\/users\/([^/]+)\/mentions$/.exec(r.pathname);
  const user = /^\/2\/users\/by\/username\/([^/]+)$/.exec(r.pathname);
  if (r.pathname === '/2/tweets/search/recent' && routes.search) return routes.search(r.query, r);
  if (user && routes.user) return routes.user(decodeURIComponent(user[1]), r);
  if (mentions && routes.mentions) return routes.mentions(decodeURIComponent(mentions[1]), r.query, r);
  return NOT_FOUND;
}

/** Starts the fake API on a free port of 127.0.0.1. */
export async function startFakeXApi(routes: XRoutes): Promise<FakeXApi> {
  const requests: XRequest[] = [];
  const api = { routes } as FakeXApi;
  const server: Server = createServer({ cert: CERT, key: KEY }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const request: XRequest = {
      method: req.method ?? 'GET',
      pathname: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
    };
    requests.push(request);
    const reply = answer(api.routes, request);
    res.writeHead(reply.status ?? 200, reply.headers ?? {}).end(reply.body ?? '');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ ca: CERT, keepAlive: false });
  return Object.assign(api, {
    url: `https://127.0.0.1:${port}`,
    requests,
    agent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        agent.destroy();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  });
}
