/**
 * A small HTTP(S) GET over node:http, for feeds. Node's global fetch loads and compiles undici on first
 * use, which costs a short-lived CLI about 90 ms before the first request; node:http is already there.
 * Follows redirects, decompresses gzip/deflate/brotli, stops at a size limit and honours an AbortSignal.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { Transform, type Readable } from 'node:stream';

/** The parts of a response a feed reader needs. */
export interface HttpResponse {
  status: number;
  /** Header names are lower case; a repeated header keeps its first value. */
  headers: Record<string, string>;
  /** The decoded (decompressed) body; empty for 304 and for error statuses. */
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** Bodies larger than this (after decompression) fail with `BodyTooLargeError`. */
  maxBytes: number;
  maxRedirects?: number;
}

/** The body passed `maxBytes`. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('response body too large');
    this.name = 'BodyTooLargeError';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs `url`; bodies are read only for 2xx answers, which is all a feed reader uses. */
export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  let target = new URL(url);
  const headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br', ...options.headers };
  for (let hop = 0; ; hop++) {
    const res = await send(target, headers, options.signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location !== undefined && hop < (options.maxRedirects ?? 10)) {
      res.resume();
      const next = new URL(location, target);
      // Credentials are for the host they were written for, as fetch does.
      if (next.origin !== target.origin) delete headers.Authorization;
      target = next;
      continue;
    }
    const flat = flatten(res.headers);
    if (status < 200 || status > 299) {
      res.resume();
      return { status, headers: flat, body: Buffer.alloc(0), url: target.href };
    }
    if (Number(flat['content-length'] ?? 0) > options.maxBytes) {
      res.destroy();
      throw new BodyTooLargeError();
    }
    const body = await readBody(decoded(res, flat['content-encoding']), options.maxBytes, options.signal);
    return { status, headers: flat, body, url: target.href };
  }
}

function send(
  target: URL,
  headers: Record<string, string>,
  signal?: AbortSignal,
  retried = false,
): Promise<IncomingMessage> {
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.reject(new Error(`redirected to unsupported scheme ${target.protocol}`));
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'GET', headers, signal }, resolve);
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed just as it was reused: a GET is safe to send again.
      if (req.reusedSocket && err.code === 'ECONNRESET' && !retried && !signal?.aborted) {
        resolve(send(target, headers, signal, true));
      } else reject(err);
    });
    req.end();
  });
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * The body with its content codings undone, last applied first ("gzip, br" was gzipped, then brotli'd).
 * "deflate" is meant to be zlib-wrapped, but some servers send it raw, as browsers and curl accept.
 */
function decoded(res: IncomingMessage, encoding: string | undefined): Readable {
  const names = (encoding ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '' && n !== 'identity')
    .reverse();
  let stream: Readable = res;
  for (const name of names) {
    const decoder =
      name === 'gzip' || name === 'x-gzip'
        ? createGunzip()
        : name === 'deflate'
          ? inflateAnyDeflate()
          : name === 'br'
            ? createBrotliDecompress()
            : undefined;
    // A name no server should send ("utf-8", "none"): the body is most likely as it came.
    if (decoder === undefined) continue;
    const from = stream;
    from.on('error', (err) => decoder.destroy(err));
    stream = from.pipe(decoder);
  }
  return stream;
}

/** Inflates zlib-wrapped or raw deflate data, told apart by the zlib header's first byte and check. */
function inflateAnyDeflate(): Transform {
  let inner: Transform | undefined;
  // The first bytes, held until there are two to tell the formats apart (a chunk may be one byte).
  let head = Buffer.alloc(0);
  const start = (self: Transform): Transform => {
    // A zlib stream opens with CMF/FLG: method 8 in the low nibble, and CMF·256+FLG divisible by 31.
    const zlib = head.length >= 2 && (head[0] & 0x0f) === 8 && (head[0] * 256 + head[1]) % 31 === 0;
    const created = zlib ? createInflate() : createInflateRaw();
    created.on('data', (d: Buffer) => self.push(d));
    created.on('error', (err) => self.destroy(err));
    return created;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (inner) return void inner.write(chunk, done);
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) return done();
      inner = start(this);
      inner.write(head, done);
    },
    flush(done) {
      if (!inner && head.length === 0) return done();
      inner ??= start(this);
      if (head.length < 2 && head.length > 0) inner.write(head);
      inner.once('end', () => done());
      inner.end();
    },
  });
}

function readBody(stream: Readable, maxBytes: number, signal?: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    // The signal outlives this body (it is the source's whole deadline): its listener goes either way.
    const onAbort = (): void => fail(signal?.reason);
    const fail = (err: unknown): void => {
      signal?.removeEventListener('abort', onAbort);
      stream.destroy();
      reject(err);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(new BodyTooLargeError());
      else chunks.push(chunk);
    });
    stream.on('error', fail);
    stream.on('end', () => {
      ended = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(Buffer.concat(chunks, size));
    });
    // A connection cut mid-body closes the stream without an end (and without an error on some paths).
    stream.on('close', () => {
      if (!ended)
        fail(Object.assign(new Error('connection closed before the body ended'), { code: 'ECONNRESET' }));
    });
  });
}
