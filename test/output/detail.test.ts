import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { renderDetail } from '../../src/output/detail.js';
import { MENTION_FIELDS } from '../../src/output/fields.js';
import { displayWidth } from '../../src/output/text-width.js';
import { ANY_ESCAPE, ago, makeRecord } from './fixtures.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

const longText =
  'I have been a customer of Acme for six years and this is the first time I am this disappointed.\n\n' +
  'My order #A-99812 was charged twice, support closed my ticket without reading it, and the refund page ' +
  'just says "try again later". https://acme.example/account/billing/refunds/request?order=A-99812&retry=1';

describe('renderDetail', () => {
  it('lists every field by its JSON name', () => {
    const out = renderDetail(makeRecord(), { width: 80, color: plain });
    const labels = out
      .split('\n')
      .filter((line) => /^\S/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(labels).toEqual([...MENTION_FIELDS]);
  });

  it('prints a readable block', () => {
    const record = makeRecord({ status: 'answered', answeredAt: ago(3 * 3600), answeredBy: 'manual' });
    expect(renderDetail(record, { width: 80, color: plain })).toBe(
      [
        'id                  42',
        'source              hn',
        'sourceType          hackernews',
        'externalId          40123456',
        'brand               acme',
        'url                 https://news.ycombinator.com/item?id=40123456',
        'author              throwaway123',
        'authorName          -',
        'authorFollowers     -',
        'lang                -',
        'threadId            -',
        'title               -',
        'text                Acme billing charged me twice and support has not replied in',
        '                    three days.',
        'createdAt           2024-05-14T08:48:00Z (3h 12m ago)',
        'firstSeenAt         2024-05-14T09:00:00Z',
        'complaint           yes',
        'complaintScore      0.877',
        'severity            -',
        'personalData        -',
        'language            -',
        'reasons             - charged twice',
        '                    - no reply',
        'question            no',
        'status              answered',
        'answeredAt          2024-05-14T09:00:00Z',
        'answeredBy          manual',
        'note                -',
        'rating              -',
        'reach               1200',
        'ageSeconds          11520 (3h 12m)',
        'businessAgeSeconds  -',
        'responseSeconds     720 (12m)',
        'slaBreached         no',
        'slaLevel            ok',
        '',
      ].join('\n'),
    );
  });

  it.each([40, 80, 200])('wraps the full text to %d columns', (width) => {
    const out = renderDetail(makeRecord({ text: longText }), { width, color: plain });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const textLines = out.slice(out.indexOf('\ntext ') + 1, out.indexOf('\ncreatedAt')).split('\n');
    const words = textLines.map((line) => line.slice(20)).join(' ');
    expect(words.replace(/\s+/g, '')).toBe(longText.replace(/\s+/g, ''));
  });

  it('keeps the blank line between paragraphs', () => {
    const out = renderDetail(makeRecord({ text: 'first\n\nsecond' }), { width: 80, color: plain });
    expect(out).toContain('text                first\n\n                    second\n');
  });

  it('wraps long reasons under their own text', () => {
    const out = renderDetail(
      makeRecord({ reasons: ['a b c d e f g h i j k l m n o p q r s t u v w x y z'] }),
      {
        width: 43,
        color: plain,
      },
    );
    expect(out).toContain(
      'reasons             - a b c d e f g h i j k\n                      l m n o p q r s t u v\n                      w x y z\n',
    );
  });

  it('measures wide characters and emoji', () => {
    const text = 'アクメのサポートに連絡しても三日間返事がありません😡😡 もう解約します';
    const out = renderDetail(makeRecord({ text, author: '田中太郎' }), { width: 40, color: plain });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(out).toContain('author              田中太郎\n');
  });

  const attacks: [string, string][] = [
    ['OSC 8 hyperlink', '\x1b]8;;http://evil\x07click me\x1b]8;;\x07'],
    ['clear screen', 'hello\x1b[2J\x1b[H'],
    ['8-bit CSI', '\u009b31mred'],
    ['bidi override', 'invoice\u202Efdp.exe'],
    ['carriage return overwrite', 'harmless\rstatus          answered'],
  ];
  it.each(attacks)('neutralises a %s in every text field', (_name, payload) => {
    const attack = makeRecord({
      source: payload,
      author: payload,
      title: payload,
      text: payload,
      url: payload,
      note: payload,
      reasons: [payload],
    });
    const out = renderDetail(attack, { width: 80, color: plain });
    expect(out).not.toMatch(ANY_ESCAPE);
    expect(out).not.toMatch(/[\r\u202a-\u202e\u2066-\u2069]/);
  });

  it('has no escape codes at colour level 0 and some at level 1', () => {
    const breached = makeRecord({ createdAt: ago(48 * 3600) });
    expect(renderDetail(breached, { width: 80, color: plain })).not.toMatch(ANY_ESCAPE);
    const coloured = renderDetail(breached, { width: 80, color: colour });
    expect(coloured).toContain('\x1b[31m');
    expect(stripVTControlCharacters(coloured)).toBe(renderDetail(breached, { width: 80, color: plain }));
  });
});
