/** `stats --json` on the TWCS sample, against figures computed here straight from the CSV. */
import type { StatsReport } from '../../src/stats/report.js';
import { runInProcess } from '../helpers/cli.js';
import { removeDir, type Workspace } from '../helpers/e2e-setup.js';
import { readTwcs, repliesTo, TWCS_SOURCE, twcsWorkspace } from './twcs.js';

const tweets = readTwcs();
const NOW = new Date('2017-10-13T00:00:00Z');
let ws: Workspace;

beforeAll(() => {
  ws = twcsWorkspace(tweets);
});
afterAll(() => removeDir(ws.dir));

async function stats(args: string[] = []): Promise<StatsReport> {
  const r = await runInProcess(['--config', ws.config, 'stats', '--since', '2017-10-01', ...args], {
    now: NOW,
    cwd: ws.dir,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as StatsReport;
}

/** Seconds from each customer tweet to the brand's first reply (null when unanswered), from the CSV alone. */
function expectedResponses(): { created: number; seconds: number | null }[] {
  return tweets
    .filter((t) => t.inbound)
    .map((t) => {
      const first = repliesTo(tweets, t.id)[0];
      const created = t.createdAt.getTime();
      return { created, seconds: first ? (first.createdAt.getTime() - created) / 1000 : null };
    });
}

/** Among tweets at least `limit` seconds old at NOW, the share answered within `limit` seconds. */
function shareWithin(all: { created: number; seconds: number | null }[], limit: number): number {
  const judged = all.filter((r) => r.created <= NOW.getTime() - limit * 1000);
  return judged.filter((r) => r.seconds !== null && r.seconds <= limit).length / judged.length;
}

/** Median the schoolbook way: the middle value, or the mean of the two middle values. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return Number.isInteger(mid) ? (s[mid - 1] + s[mid]) / 2 : s[Math.floor(mid)];
}

test('the first-response median, p90 and within-1h share match the CSV', async () => {
  const all = expectedResponses();
  const answered = all
    .map((r) => r.seconds)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  // p90 by linear interpolation: rank (n − 1) · 0.9, between the two neighbouring values.
  const rank = (answered.length - 1) * 0.9;
  const p90 =
    answered[Math.floor(rank)] + (rank % 1) * (answered[Math.ceil(rank)] - answered[Math.floor(rank)]);
  const report = await stats();
  expect(report.firstResponse.answered).toBe(answered.length);
  expect(report.firstResponse.medianSeconds).toBeCloseTo(median(answered), 6);
  expect(report.firstResponse.p90Seconds).toBeCloseTo(p90, 6);
  expect(report.firstResponse.within1hShare).toBeCloseTo(shareWithin(all, 3600), 4);
  // Two tweets of 12 October are less than a day old at NOW: they have not yet missed the 24 h target.
  expect(report.firstResponse.within24hShare).toBeCloseTo(shareWithin(all, 86400), 4);
  expect(report.responseRate).toBeCloseTo(answered.length / all.length, 4);
  expect(report.firstResponse.percentileMethod).toBe('linear');
});

test('by hand: 49 customer tweets, 41 answered, median 47m 56s, p90 6h 26m 13s, 23 within the hour', async () => {
  const report = await stats();
  expect(report.totals).toEqual({ mentions: 49, complaints: 49, answered: 41, open: 8, ignored: 0 });
  // The median is one reply: 119256 at 12:53:29 answered by SpotifyCares (119254) at 13:41:25.
  expect(report.firstResponse.medianSeconds).toBe(47 * 60 + 56);
  // (41 − 1) · 0.9 = 36 falls on a value: the 37th fastest, 119294 (07:03:47) answered at 13:30:00.
  expect(report.firstResponse.p90Seconds).toBe(6 * 3600 + 26 * 60 + 13);
  expect(report.firstResponse.within1hShare).toBe(Math.round((23 / 49) * 10_000) / 10_000);
  expect(report.firstResponse.within24hShare).toBe(Math.round((39 / 47) * 10_000) / 10_000);
  expect(report.responseRate).toBe(Math.round((41 / 49) * 10_000) / 10_000);
  expect(report.backlog).toEqual({ total: 8, under1h: 0, from1hTo4h: 0, from4hTo24h: 0, over24h: 8 });
  expect(report.bySource).toEqual([{ source: TWCS_SOURCE, mentions: 49, complaints: 49 }]);
  expect(report.byDay.map((d) => d.day)).toEqual(['2017-10-10', '2017-10-11', '2017-10-12']);
  expect(report.byDay.reduce((s, d) => s + d.mentions, 0)).toBe(49);
});

test('--brand narrows every figure to that brand', async () => {
  const report = await stats(['--brand', 'tesco']);
  expect(report.brand).toBe('Tesco');
  const tesco = tweets.filter((t) => t.inbound && repliesTo(tweets, t.id)[0]?.author === 'Tesco');
  expect(report.totals.answered).toBe(tesco.length);
  expect(report.totals.mentions).toBeGreaterThanOrEqual(tesco.length);
});

test('the reply lint summary counts the sample canned Apple replies and the phone-number reply', async () => {
  const report = await stats();
  expect(report.replyLint.canned).toBeGreaterThanOrEqual(3);
  expect(report.replyLint.otherChannel).toBeGreaterThanOrEqual(1);
  expect(report.replyLint.personalData).toBe(0);
});
