/**
 * The benchmark's feed server on 127.0.0.1: fixed documents, a fixed latency on every answer, and ETag/304.
 * (dist/ cannot import test/helpers/feed-server.ts, and a benchmark wants fewer moving parts anyway.)
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One served document. */
export interface BenchDocument {
  body: Buffer;
  /** Sent as `ETag`; a request whose `If-None-Match` equals it gets 304 with no body. */
  etag: string;
}

/** What the server answered so far, to check that a rescan really was all 304s. */
export interface BenchServerCounts {
  ok: number;
  notModified: number;
  notFound: number;
}

/** A running bench server. */
export interface BenchServer {
  /** Base URL without a trailing slash. */
  url: string;
  counts: BenchServerCounts;
  resetCounts(): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 answering `documents` by path, each after `delayMs`. */
export async function startBenchServer(
  documents: ReadonlyMap<string, BenchDocument>,
  delayMs: number,
): Promise<BenchServer> {
  const counts: BenchServerCounts = { ok: 0, notModified: 0, notFound: 0 };
  const timers = new Set<NodeJS.Timeout>();

  const answer = (res: ServerResponse, doc: BenchDocument | undefined, ifNoneMatch: string | undefined) => {
    if (res.destroyed) return;
    if (!doc) {
      counts.notFound++;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    } else if (ifNoneMatch === doc.etag) {
      counts.notModified++;
      res.writeHead(304, { ETag: doc.etag }).end();
    } else {
      counts.ok++;
      res
        .writeHead(200, {
          'Content-Type': 'application/rss+xml; charset=utf-8',
          'Content-Length': String(doc.body.length),
          ETag: doc.etag,
        })
        .end(doc.body);
    }
  };

  const server = createServer((req, res) => {
    const doc = documents.get((req.url ?? '/').split('?')[0]);
    const ifNoneMatch = req.headers['if-none-match'];
    // Every answer waits, 304 and 404 included: the latency models the network, not the server's work.
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer(res, doc, ifNoneMatch);
    }, delayMs);
    timers.add(timer);
  });
  // The default backlog is plenty for 200 connections, but a concurrency of 100 opens them all at once.
  server.maxConnections = 1024;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    resetCounts: () => Object.assign(counts, { ok: 0, notModified: 0, notFound: 0 }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
