/** The stats report on small synthetic databases: definitions at their edges. */
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention } from '../../src/store/mentions.js';
import { backlogOf, buildStatsReport, percentile } from '../../src/stats/report.js';
import type { NewMention } from '../../src/store/mention-rows.js';
import type { ComplaintTimes } from '../../src/store/stats.js';
import { newMention } from '../helpers/mentions.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const MIN = 60_000;
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MIN);
const since = new Date('2026-11-17T12:00:00Z');

/** A complaint posted `minutes` ago, answered `answeredAfter` minutes later, or open/ignored. */
function complaint(
  minutes: number,
  answeredAfter: number | 'open' | 'ignored',
  over: Partial<NewMention> = {},
) {
  const createdAt = ago(minutes);
  const answered = typeof answeredAfter === 'number';
  return newMention({
    createdAt,
    firstSeenAt: createdAt,
    status: answered ? 'answered' : answeredAfter,
    answeredAt: answered ? new Date(createdAt.getTime() + answeredAfter * MIN) : null,
    answeredBy: answered ? 'manual' : null,
    ...over,
  });
}

function dbWith(mentions: NewMention[]): Db {
  const db = openDatabase(':memory:');
  for (const m of mentions) insertMention(db, m);
  return db;
}

test.each([
  [[], 0.5, null],
  [[7], 0.9, 7],
  [[1, 2, 3, 4], 0.5, 2.5],
  [[1, 2, 3, 4], 0.9, 3.7],
  [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91],
  [[5, 5, 5], 0.9, 5],
])('percentile(%j, %d) by linear interpolation is %p', (values, p, expected) => {
  const got = percentile(values, p);
  if (expected === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(expected, 10);
});

test('backlog buckets: [0, 1h), [1h, 4h), [4h, 24h), 24h and older; only open complaints', () => {
  const t = NOW.getTime();
  const open = (minutes: number): ComplaintTimes => ({
    status: 'open',
    createdAt: t - minutes * MIN,
    answeredAt: null,
  });
  const rows = [0, 59, 60, 239, 240, 1439, 1440, 5000].map(open);
  rows.push(
    { status: 'answered', createdAt: t, answeredAt: t },
    { status: 'ignored', createdAt: t, answeredAt: null },
  );
  expect(backlogOf(rows, t)).toEqual({ total: 8, under1h: 2, from1hTo4h: 2, from4hTo24h: 2, over24h: 2 });
});

test('ignored complaints leave the response rate; young open ones do not count against the 1h share', () => {
  const db = dbWith([
    complaint(600, 30), // answered in 30 min
    complaint(600, 90), // answered in 1h 30m
    complaint(600, 60), // exactly 1h: within
    complaint(300, 'open'),
    complaint(20, 'open'), // too young to have missed 1h
    complaint(500, 'ignored'),
    newMention({ createdAt: ago(100), firstSeenAt: ago(100), complaint: false }),
  ]);
  const r = buildStatsReport(db, { since }, NOW);
  expect(r.totals).toEqual({ mentions: 7, complaints: 6, answered: 3, open: 2, ignored: 1 });
  expect(r.responseRate).toBe(0.6);
  expect(r.firstResponse).toEqual({
    answered: 3,
    medianSeconds: 3600,
    p90Seconds: 5040,
    within1hShare: 0.5, // 2 of the 4 complaints at least an hour old
    within24hShare: null, // nothing is a day old yet
    percentileMethod: 'linear',
  });
  expect(r.backlog).toEqual({ total: 2, under1h: 1, from1hTo4h: 0, from4hTo24h: 1, over24h: 0 });
});

test('mentions before --since are left out; brand and source narrow everything', () => {
  const db = dbWith([
    complaint(60 * 24 * 8, 10), // eight days ago
    complaint(60, 5, { brand: 'Acme', source: 'rss:a' }),
    complaint(60, 15, { brand: 'Globex', source: 'rss:a' }),
    complaint(60, 'open', { brand: 'Acme', source: 'rss:b' }),
  ]);
  expect(buildStatsReport(db, { since }, NOW).totals.complaints).toBe(3);
  const acme = buildStatsReport(db, { since, brand: 'Acme' }, NOW);
  expect(acme).toMatchObject({
    brand: 'Acme',
    source: null,
    totals: { complaints: 2, answered: 1, open: 1 },
  });
  expect(acme.bySource).toEqual([
    { source: 'rss:a', mentions: 1, complaints: 1 },
    { source: 'rss:b', mentions: 1, complaints: 1 },
  ]);
  const both = buildStatsReport(db, { since, brand: 'Acme', source: 'rss:a' }, NOW);
  expect(both.totals).toMatchObject({ complaints: 1, answered: 1 });
  expect(both.firstResponse.medianSeconds).toBe(300);
});

test('an empty period gives zeros and nulls, never NaN', () => {
  const r = buildStatsReport(openDatabase(':memory:'), { since }, NOW);
  expect(r).toMatchObject({
    totals: { mentions: 0, complaints: 0, answered: 0, open: 0, ignored: 0 },
    bySource: [],
    byDay: [],
    responseRate: null,
    firstResponse: {
      answered: 0,
      medianSeconds: null,
      p90Seconds: null,
      within1hShare: null,
      within24hShare: null,
    },
    backlog: { total: 0 },
    replyLint: { canned: 0, otherChannel: 0, personalData: 0 },
  });
  expect(JSON.stringify(r)).not.toMatch(/NaN/);
});

test('days are UTC calendar days, oldest first, with per-day complaint counts', () => {
  const at = (iso: string, c = true) =>
    newMention({ createdAt: new Date(iso), firstSeenAt: new Date(iso), complaint: c });
  const db = dbWith([
    at('2026-11-22T23:59:59Z'),
    at('2026-11-23T00:00:00Z', false),
    at('2026-11-23T10:00:00Z'),
  ]);
  expect(buildStatsReport(db, { since }, NOW).byDay).toEqual([
    { day: '2026-11-22', mentions: 1, complaints: 1 },
    { day: '2026-11-23', mentions: 2, complaints: 1 },
  ]);
});
