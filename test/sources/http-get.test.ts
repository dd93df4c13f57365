/** The feed HTTP client against real servers on 127.0.0.1: redirects, compression, limits, cut connections. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

import { BodyTooLargeError, httpGet } from '../../src/sources/http-get.js';
import { closeLocal, listenLocal } from '../helpers/listen-local.js';

const FEED = '<rss version="2.0"><channel><title>café ☕</title></channel></rss>';
const seen: Record<string, IncomingMessage['headers']> = {};
let main: Server;
let other: Server;
let base: string;
let otherBase: string;

function handler(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  seen[path] = req.headers;
  const routes: Record<string, () => void> = {
    '/plain': () => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(FEED),
    '/gzip': () => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(FEED)),
    '/deflate': () => res.writeHead(200, { 'Content-Encoding': 'deflate' }).end(deflateSync(FEED)),
    '/br': () => res.writeHead(200, { 'Content-Encoding': 'br' }).end(brotliCompressSync(FEED)),
    // Raw deflate under "deflate" (a common server quirk), and codings stacked in order.
    '/raw-deflate': () => res.writeHead(200, { 'Content-Encoding': 'deflate' }).end(deflateRawSync(FEED)),
    '/gzip-br': () =>
      res.writeHead(200, { 'Content-Encoding': 'gzip, br' }).end(brotliCompressSync(gzipSync(FEED))),
    '/gzip-gzip': () =>
      res.writeHead(200, { 'Content-Encoding': 'GZIP, gzip' }).end(gzipSync(gzipSync(FEED))),
    // zlib deflate whose first chunk is a single byte: the format is told from two.
    '/deflate-split': () => {
      const body = deflateSync(FEED);
      res.writeHead(200, { 'Content-Encoding': 'deflate' });
      res.write(body.subarray(0, 1));
      setTimeout(() => res.end(body.subarray(1)), 20);
    },
    '/bad-gzip': () => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end('not gzip at all'),
    '/moved': () => res.writeHead(301, { Location: '/plain' }).end(),
    '/away': () => res.writeHead(302, { Location: `${otherBase}/landing` }).end(),
    '/loop': () => res.writeHead(302, { Location: '/loop' }).end(),
    '/missing': () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such feed'),
    '/declared-big': () => res.writeHead(200, { 'Content-Length': '5000' }).end('x'.repeat(5000)),
    '/chunked-big': () => {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    },
    '/cut': () => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('<rss version="2.0"><chan');
      setTimeout(() => res.socket?.destroy(), 20);
    },
    '/hang': () => res.writeHead(200).write('<rss'),
    '/landing': () => res.writeHead(200).end('landed'),
  };
  (routes[path] ?? (() => res.writeHead(500).end()))();
}

beforeAll(async () => {
  main = createServer(handler);
  other = createServer(handler);
  base = await listenLocal(main);
  otherBase = await listenLocal(other);
});
afterAll(async () => {
  await closeLocal(main);
  await closeLocal(other);
});

const get = (path: string, extra: Partial<Parameters<typeof httpGet>[1]> = {}) =>
  httpGet(`${base}${path}`, { headers: { 'User-Agent': 'mentions-test' }, maxBytes: 4096, ...extra });

test('a plain 200: status, lower-case headers, body, and the headers sent', async () => {
  const res = await get('/plain');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/rss+xml');
  expect(res.body.toString('utf8')).toBe(FEED);
  expect(seen['/plain']).toMatchObject({
    'user-agent': 'mentions-test',
    'accept-encoding': 'gzip, deflate, br',
  });
});

test.each(['/gzip', '/deflate', '/br', '/raw-deflate', '/gzip-br', '/gzip-gzip', '/deflate-split'])(
  '%s bodies are decompressed',
  async (path) => {
    expect((await get(path)).body.toString('utf8')).toBe(FEED);
  },
);

test('a body that is not what its Content-Encoding says fails instead of returning garbage', async () => {
  await expect(get('/bad-gzip')).rejects.toThrow(/header|check/i);
});

test('redirects are followed, relative Location included, and the final url is reported', async () => {
  const res = await get('/moved');
  expect(res.body.toString('utf8')).toBe(FEED);
  expect(res.url).toBe(`${base}/plain`);
});

test('credentials are not sent on to another origin', async () => {
  const res = await get('/away', { headers: { Authorization: 'Basic c2VjcmV0' } });
  expect(res.body.toString('utf8')).toBe('landed');
  expect(seen['/away'].authorization).toBe('Basic c2VjcmV0');
  expect(seen['/landing'].authorization).toBeUndefined();
});

test('a redirect loop stops after the limit and returns the redirect status', async () => {
  const res = await get('/loop', { maxRedirects: 3 });
  expect(res.status).toBe(302);
});

test('an error status comes back with an empty body', async () => {
  const res = await get('/missing');
  expect(res.status).toBe(404);
  expect(res.body.length).toBe(0);
});

test.each(['/declared-big', '/chunked-big'])('%s: a body over maxBytes fails', async (path) => {
  await expect(get(path)).rejects.toBeInstanceOf(BodyTooLargeError);
});

test('a connection cut mid-body fails with ECONNRESET rather than returning half a feed', async () => {
  await expect(get('/cut')).rejects.toMatchObject({ code: 'ECONNRESET' });
});

test('the signal aborts a body that never ends', async () => {
  const signal = AbortSignal.timeout(100);
  await expect(get('/hang', { signal })).rejects.toMatchObject({ name: 'TimeoutError' });
});

test('a request after the server dropped its idle kept-alive connections succeeds', async () => {
  await get('/plain');
  main.closeIdleConnections();
  expect((await get('/plain')).status).toBe(200);
});

test('a refused connection rejects with its code', async () => {
  const closed = createServer();
  const port = Number(new URL(await listenLocal(closed)).port);
  await closeLocal(closed);
  await expect(httpGet(`http://127.0.0.1:${port}/x`, { headers: {}, maxBytes: 10 })).rejects.toMatchObject({
    code: 'ECONNREFUSED',
  });
});
