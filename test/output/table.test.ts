import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { renderTable } from '../../src/output/table.js';
import { displayWidth } from '../../src/output/text-width.js';
import { ANY_ESCAPE, SGR, ago, makeRecord } from './fixtures.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

const records = [
  makeRecord(),
  makeRecord({
    id: 7,
    source: 'reddit-r/acme',
    author: 'a_very_long_reddit_username_indeed',
    title: 'Is Acme down?',
    text: 'Cannot log in since this morning, anyone else?',
    question: true,
    createdAt: ago(30 * 3600),
  }),
  makeRecord({ id: 1003, source: 'rss', author: null, text: 'Acme releases v2', createdAt: ago(45) }),
  makeRecord({
    id: 12,
    source: 'x',
    author: '田中太郎',
    text: 'アクメのサポートに連絡しても返事がありません 😡😡',
    createdAt: ago(600),
  }),
  makeRecord({ id: 13, author: 'spoof', text: 'refund \u202Efdp.exe please', status: 'ignored' }),
];

/** The lines of a rendered table, without the final newline. */
function lines(out: string): string[] {
  expect(out.endsWith('\n')).toBe(true);
  return out.slice(0, -1).split('\n');
}

describe('renderTable', () => {
  it.each([40, 60, 80, 120, 200])('makes every line exactly %d columns wide', (width) => {
    for (const color of [plain, colour]) {
      const out = lines(renderTable(records, { width, color }));
      expect(out).toHaveLength(records.length + 1);
      for (const line of out) expect(displayWidth(stripVTControlCharacters(line))).toBe(width);
    }
  });

  it('has no escape codes at all at colour level 0', () => {
    const out = renderTable(records, { width: 80, color: plain });
    expect(out).not.toMatch(ANY_ESCAPE);
  });

  it('colours the header and the SLA markers when colour is on', () => {
    const out = lines(renderTable(records, { width: 80, color: colour }));
    expect(out[0].startsWith('\x1b[1m')).toBe(true);
    expect(out[1]).toContain('\x1b[33m!');
    expect(out[2]).toContain('\x1b[31m\x1b[1m!!');
  });

  it('lays out a readable 100-column table', () => {
    expect(renderTable(records, { width: 100, color: plain })).toBe(
      [
        'ID    AGE     SOURCE         AUTHOR              TEXT                                         SLA  ?',
        '42    3h 12m  hn             throwaway123        Acme billing charged me twice and support …  !     ',
        '7     1d 6h   reddit-r/acme  a_very_long_reddi…  Is Acme down? — Cannot log in since this m…  !!   ?',
        '1003  45s     rss                                Acme releases v2                                   ',
        '12    10m     x              田中太郎            アクメのサポートに連絡しても返事がありませ…        ',
        '13    3h 12m  hn             spoof               refund fdp.exe please                              ',
        '',
      ].join('\n'),
    );
  });

  it('shows "title — text", or whichever exists', () => {
    const out = renderTable(
      [
        makeRecord({ id: 1, title: 'Title only', text: '' }),
        makeRecord({ id: 2, title: 'Both', text: 'and body' }),
        makeRecord({ id: 3, title: null, text: 'Body only' }),
      ],
      { width: 80, color: plain },
    );
    expect(out).toContain(' Title only ');
    expect(out).toContain(' Both — and body ');
    expect(out).toContain(' Body only ');
  });

  const attacks: [string, string][] = [
    ['OSC 8 hyperlink', '\x1b]8;;http://evil\x07click me\x1b]8;;\x07'],
    ['clear screen', 'hello\x1b[2J\x1b[H'],
    ['8-bit CSI', '\u009b31mred'],
    ['bidi override', 'invoice\u202Efdp.exe'],
    ['cursor up and overwrite', 'ok\x1b[1A\rFAKE'],
    ['newlines to forge rows', 'a\n99  1s  hn  admin  forged row'],
  ];
  it.each(attacks)('neutralises a %s in any cell', (_name, payload) => {
    const attack = makeRecord({ source: payload, author: payload, title: payload, text: payload });
    for (const color of [plain, colour]) {
      const out = lines(renderTable([attack], { width: 120, color }));
      expect(out).toHaveLength(2);
      const body = stripVTControlCharacters(out[1]);
      expect(body).toBe(out[1].replace(SGR, ''));
      expect(body).not.toMatch(ANY_ESCAPE);
      expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('keeps the text column usable on a narrow terminal by dropping author, then source', () => {
    const out = lines(renderTable(records, { width: 40, color: plain }));
    expect(out[0]).not.toContain('AUTHOR');
    expect(out[0]).toMatch(/^ID +AGE +.*TEXT +SLA {2}\?$/);
  });

  it('still fits lines when the terminal is narrower than the fixed columns', () => {
    for (const color of [plain, colour]) {
      for (const line of lines(renderTable(records, { width: 12, color }))) {
        expect(displayWidth(stripVTControlCharacters(line))).toBe(12);
      }
    }
  });

  it('renders nothing for no records', () => {
    expect(renderTable([], { width: 80, color: plain })).toBe('');
  });

  it('handles a large list', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => makeRecord({ id: i }));
    expect(lines(renderTable(many, { width: 80, color: plain }))).toHaveLength(200_001);
  });
});

describe('business hours', () => {
  it('adds a WORK column with the working age when business hours apply', () => {
    const out = renderTable([{ ...makeRecord(), businessAgeSeconds: 5400 }], {
      width: 100,
      color: new Chalk({ level: 0 }),
    });
    const [header, row] = out.split('\n');
    expect(header).toMatch(/^ID\s+AGE\s+WORK\s+SOURCE/);
    expect(row).toMatch(/^42\s+3h 12m\s+1h 30m\s+hn/);
  });
});

describe('personal data', () => {
  it('marks mentions with personal data, never printing the data', () => {
    const rows = [
      { ...makeRecord(), personalData: ['phone'], text: 'call me on 07700 900123' },
      makeRecord(),
    ];
    const out = renderTable(rows, { width: 100, color: new Chalk({ level: 1 }) });
    const [header, first, second] = stripVTControlCharacters(out).split('\n');
    expect(header).toMatch(/SLA\s+\?\s+PII$/);
    expect(first).toMatch(/!\s+PII$/);
    expect(second).not.toContain('PII');
    expect(first).toContain('call me on [hidden]');
    expect(out).not.toContain('07700');
    expect(out).toContain('\u001b[33m!'); // the SLA marker is still coloured
  });
});
