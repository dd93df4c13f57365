import { renderScanSummary } from '../../src/cli/scan-summary.js';
import { emptyOutcome, type SourceOutcome } from '../../src/scan/scan.js';

const now = new Date('2026-11-24T13:50:00Z');
const outcome = (source: string, counts: Partial<SourceOutcome>): SourceOutcome => ({
  ...emptyOutcome(source, 'rss'),
  ok: true,
  ...counts,
});

test('counts read as English: one complaint, two duplicates, one source', () => {
  const one = renderScanSummary([outcome('alerts', { inserted: 20, duplicates: 2, complaints: 1 })], 0, now);
  expect(one).toBe(
    '✓ alerts  20 new, 2 duplicates, 1 complaint\ntotal: 20 new, 2 duplicates, 1 complaint from 1 source\n',
  );
  const two = renderScanSummary(
    [outcome('a', { duplicates: 1, complaints: 3, unmatched: 2 }), outcome('b', { notModified: true })],
    0,
    now,
  );
  expect(two).toBe(
    [
      '✓ a       0 new, 1 duplicate, 3 complaints, 2 not matching any brand',
      '✓ b       unchanged (304)',
      'total: 0 new, 1 duplicate, 3 complaints from 2 sources',
      '',
    ].join('\n'),
  );
});

test('a source waiting out its Retry-After says until when, and is not a failure', () => {
  const text = renderScanSummary([outcome('reddit', { waitingUntil: '2026-11-24T14:05:00.000Z' })], 0, now);
  expect(text).toBe(
    [
      '– reddit  not fetched: waiting until 14:05 UTC, when its rate limit or quota ends',
      'total: 0 new, 0 duplicates, 0 complaints from 1 source',
      '',
    ].join('\n'),
  );
});
