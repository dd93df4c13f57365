import { formatJson, formatJsonChunks, formatJsonDocument } from '../../src/output/json.js';
import { formatNdjsonChunks, formatNdjsonLine, recordsAsJson } from '../../src/output/ndjson.js';
import { ANY_ESCAPE, makeRecord } from './fixtures.js';

const hostile = makeRecord({
  id: 7,
  author: '\x1b]8;;http://evil\x07admin\x1b]8;;\x07',
  title: '\u009b31mURGENT',
  text: 'refund\u202Edecnal\nplease\x1b[2J',
});

describe('formatJson', () => {
  it('prints one pretty array with a trailing newline, exactly like JSON.stringify', () => {
    const records = [makeRecord(), makeRecord({ id: 43, title: 'Billing', question: true })];
    const out = formatJson(records);
    expect(out).toBe(`${JSON.stringify(records, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(records);
  });

  it('prints an empty array for no records', () => {
    expect(formatJson([])).toBe('[]\n');
  });

  it('streams in chunks that join to the same text', () => {
    const records = [makeRecord(), makeRecord({ id: 2 }), makeRecord({ id: 3 })];
    const chunks = [...formatJsonChunks(records)];
    expect(chunks).toHaveLength(4);
    expect(chunks.join('')).toBe(formatJson(records));
  });

  it('accepts any iterable, such as a generator over a database cursor', () => {
    function* rows() {
      yield makeRecord({ id: 1 });
      yield makeRecord({ id: 2 });
    }
    expect(JSON.parse(formatJson(rows())).map((r: { id: number }) => r.id)).toEqual([1, 2]);
  });

  it('escapes terminal controls but keeps the data exact', () => {
    const out = formatJson([hostile]);
    expect(out).not.toMatch(ANY_ESCAPE);
    expect(out).not.toContain('\u202E');
    expect(out).toContain('\\u009b31mURGENT');
    expect(out).toContain('\\u202e');
    expect(JSON.parse(out)).toEqual([hostile]);
  });
});

describe('formatNdjsonLine', () => {
  it('prints one compact object per line', () => {
    const record = makeRecord({ text: 'two\nlines' });
    const line = formatNdjsonLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(record);
  });

  it('keeps key order stable', () => {
    expect(formatNdjsonLine(makeRecord())).toMatch(/^\{"id":42,"source":"hn","sourceType":"hackernews",/);
  });

  it('escapes terminal controls but keeps the data exact', () => {
    const line = formatNdjsonLine(hostile);
    expect(line).not.toMatch(ANY_ESCAPE);
    expect(line).not.toContain('\u202E');
    expect(JSON.parse(line)).toEqual(hostile);
  });

  it('escapes line and paragraph separators', () => {
    const line = formatNdjsonLine(makeRecord({ text: 'a\u2028b\u2029c' }));
    expect(line).toContain('a\\u2028b\\u2029c');
  });
});

describe('formatNdjsonChunks', () => {
  const records = [makeRecord(), hostile, makeRecord({ id: 3, text: 'a\u2028b' }), makeRecord({ id: 4 })];

  it('joins to exactly the lines formatNdjsonLine prints, escapes included', () => {
    expect([...formatNdjsonChunks(recordsAsJson(records), 1)].join('')).toBe(
      records.map(formatNdjsonLine).join(''),
    );
    expect([...formatNdjsonChunks(recordsAsJson(records), 1 << 20)].join('')).toBe(
      records.map(formatNdjsonLine).join(''),
    );
  });

  it('cuts pieces only between lines, each at least the asked size but the last', () => {
    const size = formatNdjsonLine(records[0]).length + 1;
    const pieces = [...formatNdjsonChunks(recordsAsJson(records), size)];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(size);
  });

  it('counts every record and prints nothing for none', () => {
    let seen = 0;
    expect([...formatNdjsonChunks(recordsAsJson(records), 64, () => seen++)].join('')).not.toBe('');
    expect(seen).toBe(records.length);
    expect([...formatNdjsonChunks(recordsAsJson([]), 64)]).toEqual([]);
  });
});

describe('formatJsonDocument', () => {
  it('pretty-prints any value with a trailing newline, escaping what a terminal would act on', () => {
    const value = { records: [hostile], count: 1 };
    const out = formatJsonDocument(value);
    expect(out).toBe(
      `${JSON.stringify(value, null, 2).replace('\u009b', '\\u009b').replace('\u202E', '\\u202e')}\n`,
    );
    expect(JSON.parse(out)).toEqual(value);
  });
});
