/** Complaint spikes against a trailing baseline (synthetic complaints at fixed times), and the words of a spike. */
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention } from '../../src/store/mentions.js';
import { baselineOf, detectSpikes, spikeBanner, type Spike } from '../../src/crisis/spikes.js';
import type { CrisisConfig } from '../../src/config/crisis-schema.js';
import type { BrandConfig } from '../../src/sources/registry-types.js';
import { brandWords, topWords, wordsOf } from '../../src/crisis/words.js';
import { newMention } from '../helpers/mentions.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;
const ACME: BrandConfig = {
  name: 'Acme',
  keywords: ['acme', 'acme cloud'],
  exclude: [],
  handles: { twitter: 'acmehelp' },
};
const GLOBEX: BrandConfig = { name: 'Globex', keywords: ['globex'], exclude: [], handles: {} };
const CRISIS: CrisisConfig = { windowSeconds: 3600, baselineDays: 14, sigma: 3, minCount: 5 };
const config = (crisis: Partial<CrisisConfig> = {}) => ({
  brands: [ACME, GLOBEX],
  crisis: { ...CRISIS, ...crisis },
});

/** Stores `count` complaints of a brand spread evenly over the hour that ends `hoursAgo` hours before NOW. */
function complaints(
  db: Db,
  brand: string,
  hoursAgo: number,
  count: number,
  text = 'acme is slow',
  complaint = true,
) {
  const end = NOW.getTime() - hoursAgo * HOUR;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const createdAt = new Date(end - Math.floor(((i + 0.5) * HOUR) / count));
      insertMention(db, newMention({ brand, createdAt, firstSeenAt: createdAt, text, complaint }));
    }
  })();
}

/** A baseline of `perHour(h)` complaints in each of the 14 × 24 hours before the last hour. */
function baseline(db: Db, brand: string, perHour: (hour: number) => number) {
  for (let h = 1; h <= 14 * 24; h++) complaints(db, brand, h, perHour(h));
}

test('mean and standard deviation count quiet buckets as zero', () => {
  expect(baselineOf([], 10)).toEqual({ mean: 0, sd: 0 });
  expect(baselineOf([4, 4], 4)).toEqual({ mean: 2, sd: 2 });
  const { mean, sd } = baselineOf([1, 2, 3, 4], 4);
  expect(mean).toBe(2.5);
  expect(sd).toBeCloseTo(Math.sqrt(1.25), 12);
});

test('a quiet baseline then 14 complaints in the last hour is a spike, with the words people used', () => {
  const db = openDatabase(':memory:');
  baseline(db, 'Acme', () => 2);
  // "cannot", "everything" and "again" are stop words; acme, acmehelp and the URL are not content either.
  complaints(db, 'Acme', 0, 10, '@acmehelp the Acme app is down and I cannot login https://t.co/x');
  complaints(db, 'Acme', 0, 2, 'login broken, everything down #acme');
  complaints(db, 'Acme', 0, 2, 'ACME DOWN AGAIN??');
  complaints(db, 'Globex', 0, 3, 'globex lost my parcel');
  const spikes = detectSpikes(db, config(), NOW);
  expect(spikes).toEqual<Spike[]>([
    {
      brand: 'Acme',
      count: 14,
      usual: 2,
      threshold: 5,
      words: ['down', 'login', 'app', 'broken'],
      windowSeconds: 3600,
    },
  ]);
  expect(spikeBanner({ ...spikes[0], words: spikes[0].words.slice(0, 3) })).toBe(
    'complaint spike: 14 in the last hour (usual 2) — post a status update; most said: down, login, app',
  );
});

test('a steady high volume is not a spike, however many complaints it brings', () => {
  const db = openDatabase(':memory:');
  // 20 and 40 in turn: mean 30, sd 10, so the bar is 30 + 3 · 10 = 60.
  baseline(db, 'Acme', (h) => (h % 2 === 0 ? 20 : 40));
  complaints(db, 'Acme', 0, 45);
  expect(detectSpikes(db, config(), NOW)).toEqual([]);
  complaints(db, 'Acme', 0, 15);
  expect(detectSpikes(db, config(), NOW)).toMatchObject([
    { brand: 'Acme', count: 60, usual: 30, threshold: 60 },
  ]);
});

test('below minCount nothing is a spike, even from a silent baseline', () => {
  const db = openDatabase(':memory:');
  complaints(db, 'Acme', 0, 4, 'acme checkout fails');
  expect(detectSpikes(db, config(), NOW)).toEqual([]);
  expect(detectSpikes(db, config({ minCount: 4 }), NOW)).toMatchObject([
    { brand: 'Acme', count: 4, usual: 0, threshold: 4 },
  ]);
});

test('only complaints of configured brands inside the window count; the window edge belongs to the baseline', () => {
  const db = openDatabase(':memory:');
  complaints(db, 'Acme', 0, 6, 'acme support is great', false);
  complaints(db, 'Unconfigured', 0, 9);
  const edge = new Date(NOW.getTime() - HOUR);
  insertMention(db, newMention({ brand: 'Acme', createdAt: edge, firstSeenAt: edge }));
  for (let i = 0; i < 4; i++)
    insertMention(db, newMention({ brand: 'Acme', createdAt: NOW, firstSeenAt: NOW }));
  expect(detectSpikes(db, config(), NOW)).toEqual([]);
  expect(detectSpikes(db, config({ minCount: 4 }), NOW)).toMatchObject([{ count: 4 }]);
});

test('the window and baseline buckets follow windowSeconds, and the banner says so', () => {
  const db = openDatabase(':memory:');
  complaints(db, 'Globex', 0, 8, 'globex refund refused');
  const spikes = detectSpikes(db, config({ windowSeconds: 1800, minCount: 4 }), NOW);
  expect(spikes).toMatchObject([{ brand: 'Globex', count: 4, words: ['refund', 'refused'] }]);
  expect(detectSpikes(db, config({ windowSeconds: 1800, minCount: 5 }), NOW)).toEqual([]);
  expect(spikeBanner({ ...spikes[0], usual: 0 })).toBe(
    'complaint spike: 4 in the last 30m (usual 0) — post a status update; most said: refund, refused',
  );
});

test('the banner without words, without a window length, and with hostile words stays one clean line', () => {
  const base = { brand: 'Acme', count: 9, usual: 1, threshold: 5 };
  expect(spikeBanner({ ...base, words: [] })).toBe(
    'complaint spike: 9 in the last hour (usual 1) — post a status update',
  );
  expect(spikeBanner({ ...base, words: ['a\x1b[31mred', 'x\u202ey'] })).toBe(
    'complaint spike: 9 in the last hour (usual 1) — post a status update; most said: ared, xy',
  );
});

// The words of a spike: content words, lowercased, without stop words or the brand's own words.

const ACME_WORDS = { name: 'Acme', keywords: ['acme cloud', '#acmefail'], handles: { twitter: 'acmehelp' } };

test('words are lowercased, without URLs, handles, hashtags marks or apostrophes', () => {
  expect(wordsOf("@AcmeHelp Can't LOGIN #AcmeFail https://t.co/abc")).toEqual(['cant', 'login', 'acmefail']);
});

test("the brand's name, keyword words and handles are excluded", () => {
  expect([...brandWords(ACME_WORDS)].sort()).toEqual(['acme', 'acme cloud', 'acmefail', 'acmehelp', 'cloud']);
});

test.each([
  [
    ['the app is down', 'app down again', 'down down down'],
    ['down', 'app'],
  ],
  [
    ['Acme Cloud outage', 'acme cloud outage in EU', '#acmefail outage'],
    ['outage', 'eu'],
  ],
  [['please help, I need my refund', 'still no refund!!', 'refund? hello?'], ['refund']],
  [
    ['a b c d e f g h', 'zebra yak xylophone wolf vole unicorn'],
    ['unicorn', 'vole', 'wolf', 'xylophone', 'yak'],
  ],
  [
    ['login fails', 'LOGIN FAILS', 'Login page blank', 'checkout error', 'checkout error', 'payment error'],
    ['error', 'login', 'checkout', 'fails', 'blank'],
  ],
])('top words of %j are %j', (texts, expected) => {
  expect(topWords(texts, brandWords(ACME_WORDS))).toEqual(expected);
});

test('each complaint counts a word once, so one rant cannot outvote many voices', () => {
  const texts = ['broken broken broken broken broken', 'billing wrong', 'billing wrong again'];
  expect(topWords(texts, new Set())).toEqual(['billing', 'wrong', 'broken']);
});
