import { openDatabase } from '../../src/store/db.js';
import { runScan, type ScanDeps } from '../../src/scan/scan.js';
import { iterateMentions } from '../../src/store/mentions.js';
import { getSourceState } from '../../src/store/source-state.js';
import type { Source, SourceResult } from '../../src/sources/source.js';
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

test('a source tied to a brand with skipMatching stores every entry for that brand', async () => {
  const alert = source('alert', async () => result([{ externalId: 'x', text: 'no keyword here' }]), {
    brand: 'Acme',
    skipMatching: true,
  });
  const d = deps([alert]);
  await runScan(d);
  expect([...iterateMentions(d.db, { complaintsOnly: false })][0].brand).toBe('Acme');
});

test('a source that hangs is cut off by the timeout and reported', async () => {
  const hang = source('hang', () => new Promise<SourceResult>(() => undefined));
  const [o] = await runScan(deps([hang], { timeoutSeconds: 0.2 }));
  expect(o).toMatchObject({ ok: false, error: expect.stringMatching(/^hang: timed out after 0.2s/) });
});

test('concurrency is bounded by the limit', async () => {
  let running = 0;
  let peak = 0;
  const slow = (name: string) =>
    source(name, async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return result([]);
    });
  await runScan(
    deps(
      Array.from({ length: 10 }, (_, i) => slow(`s${i}`)),
      { concurrency: 3 },
    ),
  );
  expect(peak).toBe(3);
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
