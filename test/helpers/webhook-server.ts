/**
 * An HTTP server on 127.0.0.1 that records webhook POSTs (headers and body) and answers as told.
 *
 *   const hook = await startWebhookServer((_req, n) => (n < 2 ? { status: 500 } : { status: 200 }));
 *   … run alerts against hook.url …
 *   const [first] = await hook.received(1);
 *   JSON.parse(first.body);
 *   await hook.close();
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { closeLocal, listenLocal } from './listen-local.js';

/** One request as received; header names are lowercase. */
export interface WebhookRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers to one request. */
export interface WebhookAnswer {
  status?: number;
  body?: string;
}

/** A running server. */
export interface WebhookServer {
  /** Base URL without a trailing slash. */
  url: string;
  /** Every request received so far, in order. */
  requests: WebhookRequest[];
  /** Resolves with the first `n` requests once that many have arrived (no sleeping, no polling). */
  received(n: number): Promise<WebhookRequest[]>;
  /** Stops the server; calling it again does nothing. */
  close(): Promise<void>;
}

/** Starts a server on a free port; `answer` is asked for each request with its 0-based index. */
export async function startWebhookServer(
  answer: (request: WebhookRequest, index: number) => WebhookAnswer = () => ({ status: 200 }),
): Promise<WebhookServer> {
  const requests: WebhookRequest[] = [];
  const waiters: { n: number; resolve: (r: WebhookRequest[]) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: WebhookRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const a = answer(request, requests.length);
      requests.push(request);
      res.writeHead(a.status ?? 200, { 'Content-Type': 'text/plain' }).end(a.body ?? '');
      for (const w of waiters.filter((w) => requests.length >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(requests.slice(0, w.n));
      }
    });
  });
  const url = await listenLocal(server);
  return {
    url,
    requests,
    received: (n) =>
      requests.length >= n
        ? Promise.resolve(requests.slice(0, n))
        : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () => closeLocal(server),
  };
}
