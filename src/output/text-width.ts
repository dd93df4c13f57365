/** How wide text is on a terminal, and how to cut, pad and wrap it to a column, by code point. */

/** Ranges drawn two columns wide: East Asian Wide/Fullwidth blocks and emoji pictographs. */
const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b], // watch, hourglass
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f5],
  [0x26fa, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport and map
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd], // CJK extensions B onwards
];

/** Combining marks, zero-width joiners/spaces and variation selectors take no column of their own. */
const ZERO_WIDTH_RANGES: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200d],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0xe0100, 0xe01ef],
];

/** Whether `cp` falls in one of the sorted `ranges`. */
function inRanges(cp: number, ranges: readonly [number, number][]): boolean {
  for (const [low, high] of ranges) {
    if (cp < low) return false;
    if (cp <= high) return true;
  }
  return false;
}

/** Columns one code point occupies: 0, 1 or 2. */
export function codePointWidth(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO_WIDTH_RANGES)) return 0;
  return inRanges(cp, WIDE_RANGES) ? 2 : 1;
}

/** Columns a string occupies on a terminal (no escape codes expected: sanitise first). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const char of s) width += codePointWidth(char);
  return width;
}

/**
 * Cuts `s` to at most `width` columns, ending with `…` when anything was cut. Iterates by code point, so
 * a surrogate pair is never split; a wide character that would overflow is dropped whole.
 */
export function truncateToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of s) {
    const w = codePointWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** Cuts or pads `s` with spaces to exactly `width` columns. */
export function fitToWidth(s: string, width: number): string {
  const cut = truncateToWidth(s, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Splits a word wider than `width` into pieces that fit, by code point. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of word) {
    const w = codePointWidth(char);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += char;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Word-wraps one paragraph (no newlines) into lines of at most `width` columns; long words are split. */
function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ').filter((w) => w !== '')) {
    for (const piece of splitWord(word, width)) {
      const candidate = line === '' ? piece : `${line} ${piece}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
      } else {
        lines.push(line);
        line = piece;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** Wraps text to lines of at most `width` columns, keeping its own line breaks (blank lines included). */
export function wrapToWidth(text: string, width: number): string[] {
  const columns = Math.max(1, width);
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph.replace(/\s/g, ' '), columns));
}
