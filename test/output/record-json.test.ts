/**
 * The NDJSON fast path (JSON fragments written by SQLite, finished in JavaScript) must print exactly
 * what JSON.stringify(mentionToRecord(…)) prints, for every kind of stored value and every filter.
 */
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention, type MentionFilter } from '../../src/store/mentions.js';
import type { NewMention } from '../../src/store/mention-rows.js';
import { iterateMentionJson } from '../../src/store/mention-json.js';
import { mentionJsonTexts, mentionRecords } from '../../src/cli/mention-records.js';
import type { MentionSla, SlaFor } from '../../src/output/fields.js';
import { NOW, SLA, ago, makeMention } from './fixtures.js';

const ALL_CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

/** Stored values that JSON or SQLite could write differently: each is one mention. */
const VARIANTS: Partial<NewMention>[] = [
  {},
  { text: `controls ${ALL_CONTROLS} DEL \u007f C1 \u009b[31m bidi \u202e\u2066 seps \u2028\u2029 end` },
  { text: 'quotes " and \\ backslashes \\" and a slash / and \\u0041', title: 'say "hi"\n' },
  { text: 'non-BMP 😀 accents é ß 日本語 and a lone surrogate \ud83d here', author: 'ünï' },
  { text: 'nul \u0000 inside', note: 'note with\ttab and\nnewline' },
  { brand: null, url: null, author: null, authorName: null, title: null, lang: null, reach: null },
  { authorFollowers: 1_234_567, threadId: 't3_abc', lang: 'de', language: 'de', authorName: 'Name' },
  { rating: 4, reach: 0 },
  { rating: 4.5, reach: 9_007_199_254_740_991 },
  { rating: 0.1 + 0.2, complaintScore: 0.1 + 0.2 },
  { complaintScore: 0.0625 },
  { complaintScore: 0.1235 },
  { complaintScore: 0.0005 },
  { complaintScore: 0.9995 },
  { complaintScore: 0.0004999 },
  { complaintScore: 1 },
  { complaintScore: 0, complaint: false },
  // Outside what SQLite writes as JavaScript does: these rows take the slow path.
  { complaintScore: 1.5 },
  { complaintScore: -0.25 },
  { rating: 3.25, authorFollowers: 2 ** 60 },
  { rating: 1e20 },
  { rating: -0 },
  { severity: 4, personalData: ['email', 'phone'], reasons: ['"quoted" reason', 'ünïcode', '!!'] },
  { question: true, complaint: false, reasons: [] },
  { status: 'answered', answeredAt: ago(60), answeredBy: 'manual', note: 'done' },
  { status: 'answered', answeredAt: null, answeredBy: 'auto' },
  { status: 'ignored' },
  { createdAt: new Date('1969-07-20T20:17:40.123Z'), firstSeenAt: new Date('1969-07-21T02:56:15.999Z') },
  { createdAt: new Date('0001-01-01T00:00:00.000Z'), firstSeenAt: new Date('0001-01-01T00:00:00.001Z') },
  { createdAt: new Date('9999-12-31T23:59:59.999Z'), firstSeenAt: new Date('9999-12-31T23:59:59.999Z') },
  // Outside the years 0000–9999 SQLite's strftime cannot write the date: those rows take the slow path.
  {
    createdAt: new Date('+010000-01-01T00:00:00.000Z'),
    firstSeenAt: new Date('+010000-01-01T00:00:00.000Z'),
  },
  { createdAt: new Date('-000050-06-01T00:00:00.000Z'), firstSeenAt: ago(10) },
  { status: 'answered', answeredAt: new Date('+020000-01-01T00:00:00.000Z'), answeredBy: 'manual' },
  { createdAt: new Date(NOW.getTime() + 3_600_000) },
];

function fill(db: Db): void {
  VARIANTS.forEach((overrides, i) => {
    const m = makeMention({ createdAt: ago((i + 1) * 1800), firstSeenAt: ago((i + 1) * 1800 - 60) });
    const { id: _id, ...rest } = { ...m, ...overrides };
    const inserted = insertMention(db, {
      ...rest,
      source: i % 2 === 0 ? 'hn' : 'reddit',
      brand: 'brand' in overrides ? overrides.brand! : i % 3 === 0 ? 'acme' : 'globex',
      externalId: `x${i}`,
      canonicalUrl: null,
    });
    expect(inserted).toBe('new');
  });
}

const BUSINESS: MentionSla = {
  ...SLA,
  businessHours: { timezone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 1020 },
};
const SLAS: [string, SlaFor][] = [
  ['one SLA', () => SLA],
  ['per-brand SLAs', (m) => (m.brand === 'acme' ? { firstResponseSeconds: 60, maxSeconds: 600 } : SLA)],
  ['business hours', () => BUSINESS],
];
const FILTERS: [string, MentionFilter][] = [
  ['open complaints (the indexed default)', { status: 'open', complaintsOnly: true }],
  ['open needing an answer', { status: 'open', complaintsOnly: true, needsAnswer: true }],
  ['everything', { complaintsOnly: false }],
  ['answered, one brand', { status: 'answered', brand: 'acme', complaintsOnly: false }],
  ['since, limited', { since: ago(6 * 3600), limit: 3, complaintsOnly: false }],
];

describe('mentionJsonTexts', () => {
  const db = openDatabase(':memory:');
  fill(db);

  test.each(FILTERS)('prints the records byte for byte: %s', (_name, filter) => {
    for (const [, slaFor] of SLAS) {
      const expected = [...mentionRecords(db, filter, NOW, slaFor)].map((r) => JSON.stringify(r));
      expect(expected.length).toBeGreaterThan(0);
      expect([...mentionJsonTexts(db, filter, NOW, slaFor)]).toEqual(expected);
    }
  });

  test('covers every stored variant, including the dates SQLite cannot write', () => {
    // Only the variants built to fall outside what SQLite writes exactly take the slow path.
    const slow = [...iterateMentionJson(db, { complaintsOnly: false })]
      .filter((row) => row[1] !== 1)
      .map((row) => row[2]);
    expect(slow).toHaveLength(8);
    const texts = [...mentionJsonTexts(db, { complaintsOnly: false }, NOW, () => SLA)];
    expect(texts).toHaveLength(VARIANTS.length);
    expect(texts.some((t) => t.includes('"createdAt":"+010000-01-01T00:00:00.000Z"'))).toBe(true);
    expect(texts.some((t) => t.includes('"createdAt":"-000050-06-01T00:00:00.000Z"'))).toBe(true);
  });
});
