/** HTTP and file fetching against a real server on 127.0.0.1: validators, statuses, errors, redaction. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { decodeFeedText, fetchDocument } from '../../src/sources/feed-fetch.js';
import { create } from '../../src/sources/rss.js';
import { SourceError } from '../../src/sources/source.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { FIXTURES_DIR, testContext } from './test-context.js';

const REDDIT = 'rss/search_rss_atom_site_kevincox.feed-rs.xml';
let server: FeedServer;
let feed: Buffer;

beforeAll(async () => {
  feed = await readFile(`${FIXTURES_DIR}${REDDIT}`);
  server = await startFeedServer({
    '/feed.xml': { body: feed, etag: '"v1"', lastModified: 'Sat, 13 Nov 2021 00:32:22 GMT' },
    '/boom': { status: 500, body: 'internal error' },
    '/gone': { status: 404 },
    '/loop': { status: 302, headers: { Location: '/loop' } },
    '/busy': { status: 429, headers: { 'Retry-After': '120' } },
    '/for-ages': { status: 429, headers: { 'Retry-After': '999999999' } },
    '/bogus': { status: 429, headers: { 'Retry-After': '-5' } },
    '/down': { status: 503, headers: { 'Retry-After': 'Tue, 01 Dec 2026 13:30:00 GMT' } },
    '/nowhere': { status: 301 },
    '/latin1': {
      headers: { 'Content-Type': 'application/rss+xml; charset=ISO-8859-1' },
      body: Buffer.from(
        '<rss version="2.0"><channel><item><guid>1</guid><title>Crème</title></item></channel></rss>',
        'latin1',
      ),
    },
    '/page': {
      headers: { 'Content-Type': 'text/html' },
      body: '<head><title>Blog</title><body><p>oops</div>',
    },
    '/slow': { body: feed, delayMs: 5000 },
  });
});
afterAll(() => server.close());

function rss(url: string) {
  return create({ type: 'rss', name: 'rss:example', url }, []);
}

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

test('conditional GET: 200 with validators, then 304 → notModified with the validators kept', async () => {
  const source = rss(`${server.url}/feed.xml`);
  const first = await source.fetch(testContext(), null);
  expect(first.notModified).toBe(false);
  expect(first.mentions).toHaveLength(1);
  expect(first.cursor).toEqual({ etag: '"v1"', lastModified: 'Sat, 13 Nov 2021 00:32:22 GMT' });

  const before = server.requests.length;
  const second = await source.fetch(testContext(), first.cursor);
  expect(second).toEqual({ mentions: [], cursor: first.cursor, notModified: true, warnings: [] });

  const [request] = server.requests.slice(before);
  expect(request.headers['if-none-match']).toBe('"v1"');
  expect(request.headers['if-modified-since']).toBe('Sat, 13 Nov 2021 00:32:22 GMT');
  expect(request.headers['user-agent']).toBe(testContext().userAgent);
});

test('a non-2xx status is a one-line error naming the status and the url without secrets', async () => {
  const err = await rejection(rss(`${server.url}/boom`).fetch(testContext(), null));
  expect(err.message).toBe(`rss:example: http 500 from ${server.url}/boom`);

  const secret = server.url.replace('http://', 'http://reader:hunter2@');
  const gone = await rejection(rss(`${secret}/gone?token=s3cret#x`).fetch(testContext(), null));
  expect(gone.message).toBe(`rss:example: http 404 from ${server.url}/gone; check the url`);
  // Credentials in the url go out as basic auth, never in the message.
  expect(server.requests.at(-1)?.headers.authorization).toBe(
    `Basic ${Buffer.from('reader:hunter2').toString('base64')}`,
  );
});

test('a redirect loop, or a redirect with nowhere to go, says so', async () => {
  const loop = await rejection(rss(`${server.url}/loop`).fetch(testContext(), null));
  expect(loop.message).toBe(
    `rss:example: http 302 from ${server.url}/loop; too many redirects (more than 10, or a loop): check the url`,
  );
  const nowhere = await rejection(rss(`${server.url}/nowhere`).fetch(testContext(), null));
  expect(nowhere.message).toBe(
    `rss:example: http 301 from ${server.url}/nowhere; a redirect without a Location header: check the url`,
  );
});

test('a 429 or 503 with Retry-After says until when, and carries the time for the scan', async () => {
  // testContext's clock reads 2026-12-01T12:00:00Z.
  const busy = await rejection(rss(`${server.url}/busy`).fetch(testContext(), null));
  expect(busy.message).toBe(
    `rss:example: http 429 from ${server.url}/busy; rate limited until 12:02 UTC (Retry-After); scans wait until then`,
  );
  expect(busy.retryAt).toEqual(new Date('2026-12-01T12:02:00Z'));
  const down = await rejection(rss(`${server.url}/down`).fetch(testContext(), null));
  expect(down.message).toBe(
    `rss:example: http 503 from ${server.url}/down; unavailable until 13:30 UTC (Retry-After); scans wait until then`,
  );
  expect(down.retryAt).toEqual(new Date('2026-12-01T13:30:00Z'));
});

test('the message gives the wait scans keep: 25 hours at most, none for a value that is no time', async () => {
  const long = await rejection(rss(`${server.url}/for-ages`).fetch(testContext(), null));
  expect(long.message).toMatch(
    /rate limited until 2026-12-02 13:00 UTC \(Retry-After\); scans wait until then$/,
  );
  expect(long.retryAt).toEqual(new Date('2026-12-02T13:00:00Z'));
  const bogus = await rejection(rss(`${server.url}/bogus`).fetch(testContext(), null));
  expect(bogus.message).toMatch(/; rate limited, the next scan will retry$/);
  expect(bogus.retryAt).toBeUndefined();
});

test('charset from Content-Type decides the decoding', async () => {
  const result = await rss(`${server.url}/latin1`).fetch(testContext(), null);
  expect(result.mentions[0].title).toBe('Crème');
});

test('an HTML page served as text/html is reported as such', async () => {
  const err = await rejection(rss(`${server.url}/page`).fetch(testContext(), null));
  expect(err.message).toBe('rss:example: not a feed (got an HTML page); check the url');
});

test('a refused connection keeps the cause and names the url', async () => {
  const closed = await startFeedServer({});
  await closed.close();
  const err = await rejection(rss(`${closed.url}/feed.xml?key=abc`).fetch(testContext(), null));
  expect(err.message).toBe(`rss:example: network error (econnrefused) fetching ${closed.url}/feed.xml`);
  expect(err.cause).toBeDefined();
});

test('a timeout from the orchestrator signal is reported as a timeout', async () => {
  const ctx = testContext({ signal: AbortSignal.timeout(100) });
  const err = await rejection(rss(`${server.url}/slow`).fetch(ctx, null));
  expect(err.message).toBe(`rss:example: timed out fetching ${server.url}/slow`);
});

describe('local files', () => {
  test('a relative path resolves against baseDir; file: urls work too', async () => {
    const relative = await fetchDocument(testContext(), 'rss:local', REDDIT, { etag: 'old' });
    expect(relative).toEqual({ notModified: false, body: feed, cursor: {} });
    const url = pathToFileURL(`${FIXTURES_DIR}${REDDIT}`).href;
    expect((await fetchDocument(testContext(), 'rss:local', url, null)).body).toEqual(feed);
  });

  test('a missing file says which path and what to fix', async () => {
    const err = await rejection(fetchDocument(testContext(), 'rss:local', 'rss/nope.xml', null));
    expect(err.message).toBe(
      `rss:local: cannot read feed file ${FIXTURES_DIR}rss/nope.xml (no such file); fix \`url\` in the config`,
    );
    expect((err.cause as { code?: string }).code).toBe('ENOENT');
  });

  test('other url schemes are rejected', async () => {
    const err = await rejection(fetchDocument(testContext(), 'rss:ftp', 'ftp://user:pw@host/feed?x=1', null));
    expect(err.message).toBe(
      'rss:ftp: unsupported url scheme in ftp://host/feed; use http(s) or a file path',
    );
  });
});

describe('decodeFeedText', () => {
  test.each([
    [
      'a BOM beats the header and the declaration',
      Buffer.from([0xef, 0xbb, 0xbf, 0x3c, 0xc3, 0xa9]),
      'text/xml; charset=iso-8859-1',
      '<é',
    ],
    [
      'the header beats the declaration',
      Buffer.from('<?xml version="1.0" encoding="utf-8"?>\xe9', 'latin1'),
      'text/xml; charset="ISO-8859-1"',
      '<?xml version="1.0" encoding="utf-8"?>é',
    ],
    ['no hints means utf-8', Buffer.from('<a>é</a>'), undefined, '<a>é</a>'],
  ])('%s', (_name, body, contentType, expected) => {
    expect(decodeFeedText(body, contentType)).toEqual({ text: expected, warnings: [] });
  });

  test('Latin-1 bytes served as utf-8 are shown as \ufffd with a warning; a real \ufffd is no warning', () => {
    const body = Buffer.from('<a>acme caf\xe9 M\xfcller</a>', 'latin1');
    expect(decodeFeedText(body, 'application/rss+xml; charset=utf-8')).toEqual({
      text: '<a>acme caf\ufffd M\ufffdller</a>',
      warnings: [
        '2 invalid utf-8 sequences shown as \ufffd (declared utf-8); the feed may be in another encoding',
      ],
    });
    expect(decodeFeedText(Buffer.from('<a>\ufffd</a>'), undefined)).toEqual({
      text: '<a>\ufffd</a>',
      warnings: [],
    });
  });
});
