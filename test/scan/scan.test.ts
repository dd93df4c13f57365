import { openDatabase } from '../../src/store/db.js';
import { runScan, type ScanDeps } from '../../src/scan/scan.js';
import { iterateMentions } from '../../src/store/mentions.js';
import { getSourceState } from '../../src/store/source-state.js';
import { SourceError, type Source, type SourceResult } from '../../src/sources/source.js';
import type { Classification } from '../../src/mention.js';
import { inlineClassifier } from '../../src/classify/worker-pool.js';

const now = new Date('2026-11-24T09:00:00Z');
const brands = [{ name: 'Acme', keywords: ['acme'], exclude: ['acme careers'], handles: {} }];
const classify = (text: string): Classification => ({
  complaint: /never|refund/.test(text),
  complaintScore: /never|refund/.test(text) ? 0.9 : 0.1,
  reasons: [],
  question: text.includes('?'),
});

function source(name: string, fetch: Source['fetch'], extra: Partial<Source> = {}): Source {
  return { name, type: 'rss', fetch, ...extra };
}
const result = (mentions: SourceResult['mentions'], cursor: SourceResult['cursor'] = null): SourceResult => ({
  mentions,
  cursor,
  notModified: false,
  warnings: [],
});

function deps(sources: Source[], over: Partial<ScanDeps> = {}): ScanDeps {
  return {
    db: openDatabase(':memory:'),
    sources,
    brands,
    classifier: inlineClassifier(classify),
    context: {
      fetch: globalThis.fetch,
      readFile: async () => Buffer.from(''),
      now: () => now,
      userAgent: 'test',
      baseDir: '/',
    },
    concurrency: 4,
    timeoutSeconds: 1,
    redact: (t) => t.replace('s3cret', '[redacted]'),
    ...over,
  };
}

test('matches, classifies and stores; a failing source does not stop the others', async () => {
  const good = source('good', async () =>
    result(
      [
        { externalId: '1', text: 'my acme parcel never arrived' },
        { externalId: '2', text: 'unrelated post' },
        { externalId: '3', text: 'apply via acme careers' },
        { externalId: '4', text: 'love acme?', createdAt: new Date('2026-11-20T00:00:00Z') },
      ],
      { etag: '"e1"' },
    ),
  );
  const bad = source('bad', async () => {
    throw new Error('bad: http 500 from https://user:s3cret@example.com');
  });
  const d = deps([good, bad]);
  const outcomes = await runScan(d);
  expect(outcomes[0]).toMatchObject({ ok: true, fetched: 4, unmatched: 2, inserted: 2, complaints: 1 });
  expect(outcomes[1]).toMatchObject({
    ok: false,
    error: 'bad: http 500 from https://user:[redacted]@example.com',
  });
  const stored = [...iterateMentions(d.db, { complaintsOnly: false })];
  expect(stored.map((m) => [m.externalId, m.brand, m.complaint, m.question])).toEqual([
    ['4', 'Acme', false, true],
    ['1', 'Acme', true, false],
  ]);
  // A mention without a date gets the time it was first seen.
  expect(stored[1].createdAt).toEqual(now);
  expect(getSourceState(d.db, 'good').cursor).toEqual({ etag: '"e1"' });
  expect(getSourceState(d.db, 'bad')).toMatchObject({
    consecutiveErrors: 1,
    lastError: expect.stringContaining('[redacted]'),
  });
});

test('a source tied to a brand with skipMatching stores every entry for that brand, but its exclusions', async () => {
  const alert = source(
    'alert',
    async () =>
      result([
        { externalId: 'x', text: 'no keyword here' },
        { externalId: 'y', text: 'see the acme careers page' },
      ]),
    { brand: 'Acme', skipMatching: true },
  );
  const d = deps([alert]);
  await runScan(d);
  expect([...iterateMentions(d.db, { complaintsOnly: false })].map((m) => [m.externalId, m.brand])).toEqual([
    ['x', 'Acme'],
  ]);
});

test("a mention the source already ties to a brand (a handle's timeline) still obeys its exclusions", async () => {
  const timeline = source('x', async () =>
    result([
      { externalId: 'a', text: '@acmehelp my parcel never arrived', brand: 'Acme' },
      { externalId: 'b', text: '@acmehelp see the acme careers page, hiring!', brand: 'Acme' },
    ]),
  );
  const d = deps([timeline]);
  const [outcome] = await runScan(d);
  expect([...iterateMentions(d.db, { complaintsOnly: false })].map((m) => m.externalId)).toEqual(['a']);
  expect(outcome.unmatched).toBe(1);
});

test('a source that hangs is cut off by the timeout and reported', async () => {
  const hang = source('hang', () => new Promise<SourceResult>(() => undefined));
  const [o] = await runScan(deps([hang], { timeoutSeconds: 0.2 }));
  expect(o).toMatchObject({ ok: false, error: expect.stringMatching(/^hang: timed out after 0.2s/) });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the limit bounds requests in flight, not sources: parsing happens outside the slots', async () => {
  let requests = 0;
  let peakRequests = 0;
  let alive = 0;
  let peakAlive = 0;
  const slow = (name: string) =>
    source(name, async (ctx) => {
      alive++;
      peakAlive = Math.max(peakAlive, alive);
      await ctx.throttle!(async () => {
        requests++;
        peakRequests = Math.max(peakRequests, requests);
        await sleep(20);
        requests--;
      });
      // "Parsing" after the response holds no slot: other sources' requests go out meanwhile.
      await sleep(40);
      alive--;
      return result([]);
    });
  await runScan(
    deps(
      Array.from({ length: 10 }, (_, i) => slow(`s${i}`)),
      { concurrency: 3 },
    ),
  );
  expect(peakRequests).toBe(3);
  expect(peakAlive).toBeGreaterThan(3);
});

test('fetch calls count against the same limit', async () => {
  let inFlight = 0;
  let peak = 0;
  const fakeFetch = (async () => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep(15);
    inFlight--;
    return new Response('{}');
  }) as typeof globalThis.fetch;
  const api = (name: string) =>
    source(name, async (ctx) => {
      await Promise.all([ctx.fetch('http://127.0.0.1:9/a'), ctx.fetch('http://127.0.0.1:9/b')]);
      return result([]);
    });
  const d = deps(
    Array.from({ length: 6 }, (_, i) => api(`a${i}`)),
    { concurrency: 2 },
  );
  await runScan({ ...d, context: { ...d.context, fetch: fakeFetch } });
  expect(peak).toBe(2);
});

test('time queued behind other sources does not count against a source timeout', async () => {
  // One slot; each request takes 150 ms and the timeout is 0.25 s: the fourth source waits about 450 ms
  // for its slot but is not cut off, since only its own request time counts.
  const one = (name: string) =>
    source(name, async (ctx) => {
      await ctx.throttle!(() => sleep(150));
      return result([]);
    });
  const outcomes = await runScan(
    deps(['q1', 'q2', 'q3', 'q4'].map(one), { concurrency: 1, timeoutSeconds: 0.25 }),
  );
  expect(outcomes.map((o) => o.error ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok']);
});

test('a request that outlives the timeout is aborted through the signal', async () => {
  let aborted = false;
  const slow = source('slow', async (ctx) => {
    await ctx.throttle!(
      () =>
        new Promise<void>((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
    );
    return result([]);
  });
  const [o] = await runScan(deps([slow], { timeoutSeconds: 0.1 }));
  expect(aborted).toBe(true);
  expect(o.error).toMatch(/^slow: timed out after 0.1s/);
});

test('a partial fetch (rate limit) stores what was read and still reports the source as failed', async () => {
  const limited = source('x', async () => ({
    ...result([{ externalId: '1', text: 'acme refund please' }], { value: 'cursor-1' }),
    partialError: 'x: rate limited until 14:05 (429); the next scan resumes from the saved cursor',
  }));
  const d = deps([limited]);
  const [o] = await runScan(d);
  expect(o).toMatchObject({
    ok: false,
    inserted: 1,
    error: expect.stringContaining('rate limited until 14:05'),
  });
  expect(getSourceState(d.db, 'x')).toMatchObject({ cursor: { value: 'cursor-1' }, consecutiveErrors: 1 });
});

test('a rescan does not classify entries that are already stored', async () => {
  let classified = 0;
  const counting = (text: string) => {
    classified++;
    return classify(text);
  };
  const feed = source('feed', async () =>
    result([
      { externalId: '1', text: 'acme refund please' },
      { externalId: '2', text: 'acme never arrived' },
    ]),
  );
  const d = deps([feed], { classifier: inlineClassifier(counting) });
  await runScan(d);
  expect(classified).toBe(2);
  const [again] = await runScan(d);
  expect(classified).toBe(2);
  expect(again).toMatchObject({ inserted: 0, duplicates: 2 });
});

test('a post dated in the future counts from when it was first seen, so it can still be late', async () => {
  const d = deps([
    source('dates', async () =>
      result([
        { externalId: 'f', text: 'acme refund please', createdAt: new Date('2100-01-01T10:00:00Z') },
        { externalId: 's', text: 'acme refund now', createdAt: new Date('2026-11-24T09:03:00Z') },
        { externalId: 'p', text: 'acme refund then', createdAt: new Date('2026-11-24T08:00:00Z') },
      ]),
    ),
  ]);
  await runScan(d);
  const stored = [...iterateMentions(d.db, { complaintsOnly: false })];
  const created = Object.fromEntries(stored.map((m) => [m.externalId, m.createdAt.toISOString()]));
  // Three minutes ahead is a clock a little off, and kept; the year 2100 is not.
  expect(created).toEqual({
    f: '2026-11-24T09:00:00.000Z',
    s: '2026-11-24T09:03:00.000Z',
    p: '2026-11-24T08:00:00.000Z',
  });
});

describe("a server's Retry-After", () => {
  const at = (iso: string) => new Date(iso);
  /** A source that fails with `retryAt` until `healthyFrom`, counting its fetches. */
  function limitedUntil(healthyFrom: Date, retryAt: Date) {
    const calls: Date[] = [];
    const src = source('reddit', async (ctx) => {
      calls.push(ctx.now());
      if (ctx.now() < healthyFrom) {
        throw new SourceError('reddit', 'http 429 from https://www.reddit.com/search.rss', { retryAt });
      }
      return result([{ externalId: '1', text: 'acme refund please' }]);
    });
    return { src, calls };
  }
  const run = (d: ScanDeps, when: Date) => runScan({ ...d, context: { ...d.context, now: () => when } });

  test('keeps scans away from the source until then; the first scan after it fetches', async () => {
    const { src, calls } = limitedUntil(at('2026-11-24T09:02:00Z'), at('2026-11-24T09:02:00Z'));
    const d = deps([src]);
    const [first] = await runScan(d);
    expect(first).toMatchObject({ ok: false, error: expect.stringContaining('429') });
    expect(getSourceState(d.db, 'reddit').retryAt).toEqual(at('2026-11-24T09:02:00Z'));

    const [waiting] = await run(d, at('2026-11-24T09:01:00Z'));
    expect(waiting).toMatchObject({ ok: true, fetched: 0, waitingUntil: '2026-11-24T09:02:00.000Z' });
    expect(calls).toHaveLength(1);
    // Waiting is no new failure.
    expect(getSourceState(d.db, 'reddit').consecutiveErrors).toBe(1);

    const [after] = await run(d, at('2026-11-24T09:02:00Z'));
    expect(after).toMatchObject({ ok: true, inserted: 1 });
    expect(after.waitingUntil).toBeUndefined();
    expect(calls).toHaveLength(2);
    expect(getSourceState(d.db, 'reddit')).toMatchObject({ retryAt: null, consecutiveErrors: 0 });
  });

  test('a partial fetch stores what it read and waits for the reset', async () => {
    const limited = source('x', async () => ({
      ...result([{ externalId: '1', text: 'acme refund please' }], { value: 'cursor-1' }),
      partialError: 'x: rate limited until 09:15 UTC (429); scans wait until then',
      retryAt: at('2026-11-24T09:15:00Z'),
    }));
    const d = deps([limited]);
    const [o] = await runScan(d);
    expect(o).toMatchObject({ ok: false, partial: true, inserted: 1 });
    expect(getSourceState(d.db, 'x')).toMatchObject({
      cursor: { value: 'cursor-1' },
      retryAt: at('2026-11-24T09:15:00Z'),
      consecutiveErrors: 1,
    });
  });

  test('a time more than 25 hours off, or already past, is not believed', async () => {
    const far = limitedUntil(at('2030-01-01T00:00:00Z'), at('2026-12-24T09:00:00Z'));
    const d = deps([far.src]);
    await runScan(d);
    expect(getSourceState(d.db, 'reddit').retryAt).toEqual(at('2026-11-25T10:00:00Z'));
    const past = limitedUntil(at('2030-01-01T00:00:00Z'), at('2026-11-24T08:00:00Z'));
    const e = deps([past.src]);
    await runScan(e);
    expect(getSourceState(e.db, 'reddit').retryAt).toBeNull();
    await runScan(e);
    expect(past.calls).toHaveLength(2);
  });
});
