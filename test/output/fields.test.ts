import { MENTION_FIELDS, mentionToRecord, slaLevelFor } from '../../src/output/fields.js';
import { ago, makeMention, makeRecord, NOW, SLA } from './fixtures.js';

describe('mentionToRecord', () => {
  it('produces every field, in MENTION_FIELDS order', () => {
    expect(Object.keys(makeRecord())).toEqual([...MENTION_FIELDS]);
  });

  it('formats a typical open complaint', () => {
    expect(makeRecord()).toEqual({
      id: 42,
      source: 'hn',
      sourceType: 'hackernews',
      externalId: '40123456',
      brand: 'acme',
      url: 'https://news.ycombinator.com/item?id=40123456',
      author: 'throwaway123',
      authorName: null,
      authorFollowers: null,
      lang: null,
      threadId: null,
      title: null,
      text: 'Acme billing charged me twice and support has not replied in three days.',
      createdAt: '2024-05-14T08:48:00.000Z',
      firstSeenAt: '2024-05-14T09:00:00.000Z',
      complaint: true,
      complaintScore: 0.877,
      severity: null,
      personalData: [],
      language: null,
      reasons: ['charged twice', 'no reply'],
      question: false,
      status: 'open',
      answeredAt: null,
      answeredBy: null,
      note: null,
      rating: null,
      reach: 1200,
      ageSeconds: 11520,
      businessAgeSeconds: null,
      responseSeconds: null,
      slaBreached: true,
      slaLevel: 'firstResponse',
    });
  });

  it('does not share the reasons array with the mention', () => {
    const mention = makeMention();
    mentionToRecord(mention, NOW, SLA).reasons.push('changed');
    expect(mention.reasons).toEqual(['charged twice', 'no reply']);
  });

  it('gives answered mentions their response time', () => {
    const record = makeRecord({
      createdAt: ago(5000),
      status: 'answered',
      answeredAt: ago(4000),
      answeredBy: 'manual',
    });
    expect(record).toMatchObject({
      answeredAt: new Date(NOW.getTime() - 4000_000).toISOString(),
      answeredBy: 'manual',
      ageSeconds: 5000,
      responseSeconds: 1000,
      slaLevel: 'ok',
      slaBreached: false,
    });
  });

  it('counts whole seconds and never a negative age', () => {
    expect(makeRecord({ createdAt: new Date(NOW.getTime() - 1999) }).ageSeconds).toBe(1);
    expect(makeRecord({ createdAt: new Date(NOW.getTime() + 60_000) }).ageSeconds).toBe(0);
  });

  it.each([
    [0.1234, 0.123],
    [0.9995, 1],
    [0, 0],
    [1, 1],
  ])('rounds complaintScore %d to %d', (score, rounded) => {
    expect(makeRecord({ complaintScore: score }).complaintScore).toBe(rounded);
  });
});

describe('SLA levels', () => {
  const H = 3600;
  const cases: [string, Parameters<typeof makeMention>[0], string][] = [
    ['open, fresh', { createdAt: ago(600) }, 'ok'],
    ['open, exactly at first response', { createdAt: ago(H) }, 'ok'],
    ['open, past first response', { createdAt: ago(H + 1) }, 'firstResponse'],
    ['open, exactly at max', { createdAt: ago(24 * H) }, 'firstResponse'],
    ['open, past max', { createdAt: ago(24 * H + 1) }, 'max'],
    [
      'answered in 30m, now old',
      { createdAt: ago(48 * H), status: 'answered', answeredAt: ago(48 * H - 1800) },
      'ok',
    ],
    [
      'answered in 2h',
      { createdAt: ago(48 * H), status: 'answered', answeredAt: ago(46 * H) },
      'firstResponse',
    ],
    ['answered in 2d', { createdAt: ago(72 * H), status: 'answered', answeredAt: ago(24 * H) }, 'max'],
    ['answered without a time', { createdAt: ago(72 * H), status: 'answered', answeredAt: null }, 'ok'],
    ['ignored, very old', { createdAt: ago(90 * 24 * H), status: 'ignored' }, 'ok'],
  ];
  it.each(cases)('%s → %s', (_name, overrides, level) => {
    const record = makeRecord(overrides);
    expect(record.slaLevel).toBe(level);
    expect(record.slaBreached).toBe(level !== 'ok');
  });

  it('slaLevelFor can be used without a record', () => {
    expect(slaLevelFor('open', 90_000, null, SLA)).toBe('max');
    expect(slaLevelFor('answered', 90_000, 60, SLA)).toBe('ok');
  });
});
