import { MENTION_FIELDS } from '../../src/output/fields.js';
import { csvHeader, formatCsvRow } from '../../src/output/csv.js';
import { ANY_ESCAPE, ago, makeRecord } from './fixtures.js';

/** Splits one CSV line into cells (RFC 4180), enough to check what a spreadsheet would see. */
function parseRow(line: string): string[] {
  expect(line.endsWith('\r\n')).toBe(true);
  const cells: string[] = [];
  const body = line.slice(0, -2);
  let i = 0;
  while (i <= body.length) {
    if (body[i] === '"') {
      let cell = '';
      i++;
      while (i < body.length) {
        if (body[i] === '"' && body[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (body[i] === '"') {
          i++;
          break;
        } else {
          cell += body[i++];
        }
      }
      cells.push(cell);
      i++;
    } else {
      const end = body.indexOf(',', i);
      cells.push(body.slice(i, end === -1 ? body.length : end));
      i = end === -1 ? body.length + 1 : end + 1;
    }
  }
  return cells;
}

/** The cell for `field` in a row made from the given overrides. */
function cell(overrides: Parameters<typeof makeRecord>[0], field: (typeof MENTION_FIELDS)[number]): string {
  return parseRow(formatCsvRow(makeRecord(overrides)))[MENTION_FIELDS.indexOf(field)];
}

describe('csv', () => {
  it('has a header of every field name, CRLF-terminated', () => {
    expect(csvHeader()).toBe(`${MENTION_FIELDS.join(',')}\r\n`);
    expect(csvHeader().startsWith('id,source,sourceType,externalId,brand,url,')).toBe(true);
  });

  it('prints a typical row', () => {
    expect(formatCsvRow(makeRecord())).toBe(
      '42,hn,hackernews,40123456,acme,https://news.ycombinator.com/item?id=40123456,throwaway123,,,,,,' +
        'Acme billing charged me twice and support has not replied in three days.,' +
        '2024-05-14T08:48:00.000Z,2024-05-14T09:00:00.000Z,true,0.877,,,,charged twice; no reply,false,open,' +
        ',,,,1200,11520,,,true,firstResponse\r\n',
    );
  });

  it('has one cell per header field', () => {
    expect(parseRow(formatCsvRow(makeRecord({ text: 'a, "b", c\nd' })))).toHaveLength(MENTION_FIELDS.length);
  });

  const quoting: [string, string, string][] = [
    ['comma', 'slow, expensive', '"slow, expensive"'],
    ['quote', 'they said "soon"', '"they said ""soon"""'],
    ['newline', 'line one\nline two', '"line one\nline two"'],
    ['CRLF in text', 'line one\r\nline two', '"line one\nline two"'],
    ['plain', 'fine', 'fine'],
  ];
  it.each(quoting)('quotes a cell with a %s', (_name, text, expected) => {
    const fields = formatCsvRow(makeRecord({ text }));
    expect(fields).toContain(`,${expected},2024-05-14T08:48:00.000Z`);
  });

  const formulas: [string, string][] = [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['+1', `'+1`],
    ['\t=1', `'\t=1`],
    ['  =1', `'  =1`],
    ['\x1b[0m=1', `'=1`],
    ['\u202E=1', `'=1`],
  ];
  it.each(formulas)('defuses the formula %j in every string field', (input, expected) => {
    for (const field of ['text', 'title', 'author', 'url', 'note', 'source', 'brand'] as const) {
      expect(cell({ [field]: input }, field)).toBe(expected);
    }
    expect(cell({ reasons: [input, 'other'] }, 'reasons')).toBe(`${expected}; other`);
  });

  it('strips terminal escape sequences from cells', () => {
    const row = formatCsvRow(
      makeRecord({ author: '\x1b]8;;http://evil\x07admin\x1b]8;;\x07', text: '\u009b31mred\x1b[2J' }),
    );
    expect(row).not.toMatch(ANY_ESCAPE);
    expect(row).toContain(',admin,');
  });

  it('writes nulls empty, booleans as words and numbers plainly', () => {
    const answered = makeRecord({
      status: 'answered',
      answeredAt: ago(3 * 3600),
      answeredBy: 'auto',
      rating: 2,
      reach: null,
      question: true,
    });
    const cells = parseRow(formatCsvRow(answered));
    const byField = Object.fromEntries(MENTION_FIELDS.map((f, i) => [f, cells[i]]));
    expect(byField).toMatchObject({
      title: '',
      question: 'true',
      complaint: 'true',
      rating: '2',
      reach: '',
      answeredBy: 'auto',
      responseSeconds: '720',
      slaBreached: 'false',
    });
  });

  it('joins an empty reasons list to an empty cell', () => {
    expect(cell({ reasons: [] }, 'reasons')).toBe('');
  });
});
