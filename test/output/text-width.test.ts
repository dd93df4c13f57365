import {
  codePointWidth,
  displayWidth,
  fitToWidth,
  truncateToWidth,
  wrapToWidth,
} from '../../src/output/text-width.js';

describe('displayWidth', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['abc', 3],
    ['café', 4],
    ['cafe\u0301', 4],
    ['日本語', 6],
    ['한국어', 6],
    ['ＡＢ', 4],
    ['😡', 2],
    ['ok 👍', 5],
    ['✅ done', 7],
    ['Ω≈ç√', 4],
  ];
  it.each(cases)('%j is %d columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('counts zero-width joiners and variation selectors as nothing', () => {
    expect(codePointWidth('\u200d')).toBe(0);
    expect(codePointWidth('\ufe0f')).toBe(0);
  });
});

describe('truncateToWidth', () => {
  const cases: [string, number, string][] = [
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['longer than ten', 10, 'longer th…'],
    ['日本語のテキスト', 7, '日本語…'],
    ['日本語のテキスト', 6, '日本…'],
    ['😡😡😡😡', 5, '😡😡…'],
    ['😡😡😡😡', 4, '😡…'],
    ['abc', 1, '…'],
    ['abc', 0, ''],
  ];
  it.each(cases)('%j at %d → %j', (text, width, expected) => {
    const cut = truncateToWidth(text, width);
    expect(cut).toBe(expected);
    expect(displayWidth(cut)).toBeLessThanOrEqual(width);
  });

  it('never leaves half a surrogate pair', () => {
    for (let width = 1; width < 12; width++) {
      const cut = truncateToWidth('a😡b🎉c💥d🔥e', width);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});

describe('fitToWidth', () => {
  it.each([
    ['ab', 4, 'ab  '],
    ['日本', 5, '日本 '],
    ['日本語', 5, '日本…'],
    ['日本語x', 6, '日本…'],
  ])('%j in %d columns → %j', (text, width, expected) => {
    const fitted = fitToWidth(text, width);
    expect(fitted).toBe(expected.padEnd(expected.length + width - displayWidth(expected)));
    expect(displayWidth(fitted)).toBe(width);
  });
});

describe('wrapToWidth', () => {
  it('wraps at word boundaries', () => {
    expect(wrapToWidth('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps blank lines and its own line breaks', () => {
    expect(wrapToWidth('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  it('splits words longer than the width', () => {
    expect(wrapToWidth('https://example.com/very/long/path', 12)).toEqual([
      'https://exam',
      'ple.com/very',
      '/long/path',
    ]);
  });

  it('measures wide characters', () => {
    const lines = wrapToWidth('サポートに連絡しても返事がありません', 10);
    expect(lines.every((line) => displayWidth(line) <= 10)).toBe(true);
    expect(lines.join('')).toBe('サポートに連絡しても返事がありません');
  });
});
