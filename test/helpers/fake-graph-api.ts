/**
 * A fake Facebook Graph API on 127.0.0.1 for the facebook source's tests: routes `/{version}/{id}` and
 * `/{version}/{id}/{edge}` to recorded payloads, pages edges by `after`, and checks every request for the
 * bearer token (and for a token leaked into the query string).
 *
 *   const graph = await startFakeGraphApi({
 *     token: 'T',
 *     objects: { '19292868552': { id: '19292868552', name: 'Facebook for Developers' } },
 *     edges: { '19292868552_10158407654328553/comments': [p1Text, p2Text] }, // p2 for after=<p1's after>
 *     intercept: (req) => (req.edge === 'comments' ? graphError(4, 'Application request limit') : undefined),
 *   });
 *   graph.problems; // [] when every request carried `Authorization: Bearer T` and no access_token parameter
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { closeLocal, listenLocal } from './listen-local.js';

/** The recorded Graph responses in test/fixtures/facebook/ (see PROVENANCE.md), by file name. */
export const FB = {
  posts: 'page_posts_fields_p1.python-facebook.json',
  commentsP1: 'page_post_comments_stream_p1.python-facebook.json',
  commentsP2: 'page_post_comments_stream_p2.python-facebook.json',
  comment: 'comment_single_with_from.python-facebook.json',
} as const;

/** The page and post the recorded comment captures belong to ("Facebook for Developers"). */
export const RECORDED_PAGE = '19292868552';
export const RECORDED_POST = '19292868552_10158407654328553';

/** A recorded fixture's text, byte for byte. */
export function fbFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/facebook/${name}`, import.meta.url), 'utf8');
}

/** One answer: a status, a JSON body (a string is sent as is, e.g. a recorded file) and headers. */
export interface GraphReply {
  status?: number;
  body: string | object;
  headers?: Record<string, string>;
}

/** A request as the fake saw it. */
export interface GraphRequest {
  /** Path without query, e.g. `/v25.0/19292868552/feed`. */
  path: string;
  version: string;
  /** The object id, e.g. `19292868552` or `19292868552_10158407654328553`. */
  id: string;
  /** The edge (`feed`, `comments`) or '' for the object itself. */
  edge: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/** What the fake serves. */
export interface FakeGraphOptions {
  /** The only token accepted, as `Authorization: Bearer <token>`. */
  token: string;
  /** Objects by id, served for `GET /{version}/{id}`. */
  objects?: Record<string, object | string>;
  /** Edge pages by `{id}/{edge}`, first page first; a string is a recorded response, sent byte for byte. */
  edges?: Record<string, Array<object | string>>;
  /** Answers a request before routing when it returns a reply (errors, rate limits). */
  intercept?: (request: GraphRequest, index: number) => GraphReply | undefined;
}

/** A running fake. */
export interface FakeGraphApi {
  /** Base URL without a trailing slash, for the source's `baseUrl`. */
  url: string;
  requests: GraphRequest[];
  /** Requests that broke the rules: no bearer token, or a token in the query string. */
  problems: string[];
  close(): Promise<void>;
}

/** The documented Graph error body `{ error: { message, type, code, error_subcode, fbtrace_id } }`. */
export function graphError(
  code: number,
  message: string,
  opts: { type?: string; subcode?: number; status?: number; headers?: Record<string, string> } = {},
): GraphReply {
  const error: Record<string, unknown> = { message, type: opts.type ?? 'OAuthException', code };
  if (opts.subcode !== undefined) error.error_subcode = opts.subcode;
  error.fbtrace_id = 'AbCdEfGhIjK';
  return { status: opts.status ?? 400, body: { error }, headers: opts.headers };
}

function cursorAfter(page: object | string): string | undefined {
  const parsed = (typeof page === 'string' ? JSON.parse(page) : page) as {
    paging?: { cursors?: { after?: string } };
  };
  return parsed.paging?.cursors?.after;
}

function route(options: FakeGraphOptions, req: GraphRequest, problems: string[]): GraphReply {
  const missing = graphError(
    100,
    `Unsupported get request. Object with ID '${req.id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    { type: 'GraphMethodException', subcode: 33 },
  );
  if (!req.edge) {
    const object = options.objects?.[req.id];
    return object === undefined ? missing : { body: object };
  }
  const pages = options.edges?.[`${req.id}/${req.edge}`];
  if (!pages) return missing;
  const after = req.query.get('after');
  if (after === null) return { body: pages[0] };
  const index = pages.findIndex((page) => cursorAfter(page) === after);
  if (index === -1 || index === pages.length - 1) {
    problems.push(`${req.path}: no page after cursor "${after}"`);
    return graphError(100, 'Invalid cursor', { type: 'GraphMethodException' });
  }
  return { body: pages[index + 1] };
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeGraphApi(options: FakeGraphOptions): Promise<FakeGraphApi> {
  const requests: GraphRequest[] = [];
  const problems: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [version = '', id = '', edge = ''] = url.pathname.split('/').slice(1).map(decodeURIComponent);
    const request: GraphRequest = {
      path: url.pathname,
      version,
      id,
      edge,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(request);
    if (url.searchParams.has('access_token'))
      problems.push(`${url.pathname}: access_token in the query string`);
    let reply: GraphReply;
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      problems.push(`${url.pathname}: no bearer token`);
      reply = graphError(190, 'Invalid OAuth access token - Cannot parse access token');
    } else {
      reply = options.intercept?.(request, requests.length - 1) ?? route(options, request, problems);
    }
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res
      .writeHead(reply.status ?? 200, { 'Content-Type': 'application/json; charset=UTF-8', ...reply.headers })
      .end(body);
  });
  const url = await listenLocal(server);
  return {
    url,
    requests,
    problems,
    close: () => closeLocal(server),
  };
}
