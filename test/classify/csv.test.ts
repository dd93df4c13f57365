import { readFileSync } from 'node:fs';
import { parseCsv, toLabelledTexts } from '../../src/classify/csv.js';

describe('parseCsv', () => {
  test.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma', 'x,"hello, world"\n', [['x', 'hello, world']]],
    ['doubled quotes', '"she said ""no""",2\n', [['she said "no"', '2']]],
    ['embedded newline', '"line one\nline two",1\n', [['line one\nline two', '1']]],
    ['embedded CRLF', '"a\r\nb",1\r\n', [['a\r\nb', '1']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['empty quoted field', '"",x\n', [['', 'x']]],
    ['byte order mark', '\ufeffid,text\n', [['id', 'text']]],
    ['quote inside an unquoted field is literal', 'a"b,c\n', [['a"b', 'c']]],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });
});

describe('toLabelledTexts', () => {
  test('reads id, text, label and domain by header name, skipping blank lines', () => {
    const rows = parseCsv('complaint,domain,text,id\n1,food,"cold, again",7\n\n0,cars,fine,8\n');
    expect(toLabelledTexts(rows)).toEqual([
      { id: '7', text: 'cold, again', complaint: true, domain: 'food' },
      { id: '8', text: 'fine', complaint: false, domain: 'cars' },
    ]);
  });

  test('rejects a missing column and a bad label with the row number', () => {
    expect(() => toLabelledTexts(parseCsv('id,text\n1,x\n'))).toThrow('missing column complaint');
    expect(() => toLabelledTexts(parseCsv('text,complaint\nx,yes\n'))).toThrow('row 2 has complaint "yes"');
    expect(() => toLabelledTexts([])).toThrow('empty');
  });

  test('parses the fixture copied from the dev file, quotes and all', () => {
    const text = readFileSync(new URL('../fixtures/classify/dev-examples.csv', import.meta.url), 'utf8');
    const rows = toLabelledTexts(parseCsv(text));
    expect(rows).toHaveLength(14);
    expect(rows[1].text).toContain(
      'awful. Waited over 15 minutes for 3 things and when we got in the car, the',
    );
    expect(rows.filter((r) => r.complaint)).toHaveLength(7);
  });
});
