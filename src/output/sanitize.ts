/** Makes text written by strangers safe to print on a terminal or open in a spreadsheet. */

const ESC = 0x1b;
const BEL = 0x07;
const DEL = 0x7f;
/** 8-bit String Terminator, the C1 form of `ESC \`. */
const ST = 0x9c;

/** Bidi embedding/override/isolate marks and LRM/RLM/ALM: they reorder what is shown ("trojan source"). */
const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/**
 * Characters that show nothing yet change what a reader sees as the text: zero width space, word joiner
 * and invisible operators, the Mongolian vowel separator and a stray byte order mark ("@ac\u200bme" reads
 * as "@acme"). The joiners emoji and scripts need (ZWJ, ZWNJ) and variation selectors stay.
 */
const INVISIBLE = new Set([0x180e, 0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
/** Unicode's line and paragraph separators: some terminals break the line, others show nothing. */
const LINE_SEPARATORS = new Set([0x2028, 0x2029]);
/** High surrogate of the tag characters U+E0000–U+E007F, which hide ASCII text ("ASCII smuggling"). */
const TAG_HIGH = 0xdb40;
/** U+1F3F4 WAVING BLACK FLAG, as its low surrogate: the one base tag characters belong to (🏴 Scotland). */
const FLAG_LOW = 0xdff4;

/** 8-bit C1 introducers of control strings (DCS, SOS, OSC, PM, APC), each ended by ST (or BEL). */
const C1_STRING_INTRODUCERS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** The 7-bit forms: `ESC P`, `ESC X`, `ESC ]`, `ESC ^`, `ESC _`. */
const ESC_STRING_INTRODUCERS = new Set(['P', 'X', ']', '^', '_']);

/** Options for {@link sanitizeForTerminal}. */
export interface SanitizeOptions {
  /** Collapse every whitespace run (including newlines and tabs) into one space. */
  singleLine?: boolean;
}

/** The last terminator search: from `from`, the first terminator starts at `at` and ends at `end` (-1: none). */
interface TerminatorSearch {
  from: number;
  at: number;
  end: number;
}

/**
 * Finds where a control string (OSC, DCS …) whose payload starts at `start` ends, just past its
 * terminator; -1 when it is never terminated. The first terminator found serves every later start before
 * it, and "none" every later start, so text full of unterminated introducers is still read in linear time.
 */
function endOfControlString(s: string, start: number, last: TerminatorSearch): number {
  if (start >= last.from && (last.end === -1 || start <= last.at)) return last.end;
  last.from = start;
  last.at = s.length;
  last.end = -1;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BEL || c === ST || (c === ESC && s[i + 1] === '\\')) {
      last.at = i;
      last.end = c === ESC ? i + 2 : i + 1;
      break;
    }
  }
  return last.end;
}

/** Index just past a CSI sequence whose parameters start at `start` (params, intermediates, one final). */
function endOfCsi(s: string, start: number): number {
  let i = start;
  while (i < s.length && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x3f) i++;
  if (i < s.length && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/** Index just past an escape sequence starting with ESC at `i`. */
function endOfEscape(s: string, i: number, last: TerminatorSearch): number {
  const next = s[i + 1];
  if (next === undefined) return i + 1;
  if (next === '[') return endOfCsi(s, i + 2);
  if (ESC_STRING_INTRODUCERS.has(next)) {
    // An unterminated string would make a terminal swallow everything after it; here the payload is
    // harmless once the introducer is gone, so keep it visible instead of silently losing the text.
    const end = endOfControlString(s, i + 2, last);
    return end === -1 ? i + 2 : end;
  }
  // nF/Fp/Fe/Fs sequences: optional intermediates (0x20–0x2F) then one final byte (0x30–0x7E).
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  if (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e) return j + 1;
  return i + 1;
}

/** Whether `s[i]` starts a tag character (U+E0000–U+E007F, a surrogate pair). */
function isTag(s: string, i: number): boolean {
  const low = s.charCodeAt(i + 1);
  return s.charCodeAt(i) === TAG_HIGH && low >= 0xdc00 && low <= 0xdc7f;
}

/** Index just past a run of tag characters at `i`. */
function endOfTags(s: string, i: number): number {
  let j = i;
  while (isTag(s, j)) j += 2;
  return j;
}

/**
 * Removes escape sequences, control characters (keeping `\n` and `\t` unless `singleLine`), DEL, bidi
 * controls and invisible characters, so untrusted text can neither drive the terminal nor disguise itself.
 * Tag characters stay only in a flag emoji (🏴 followed by its tags), the one thing that shows them.
 */
export function sanitizeForTerminal(s: string, options: SanitizeOptions = {}): string {
  let out = '';
  let i = 0;
  const last: TerminatorSearch = { from: s.length, at: s.length, end: -1 };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === ESC) {
      i = endOfEscape(s, i, last);
    } else if (c === 0x9b) {
      i = endOfCsi(s, i + 1);
    } else if (C1_STRING_INTRODUCERS.has(c)) {
      const end = endOfControlString(s, i + 1, last);
      i = end === -1 ? i + 1 : end;
    } else if (c === 0x0d) {
      // A bare CR lets a line overwrite itself on screen; as a line break it keeps the text readable.
      out += '\n';
      i += s[i + 1] === '\n' ? 2 : 1;
    } else if (c === 0x0a || c === 0x09) {
      out += s[i];
      i++;
    } else if (LINE_SEPARATORS.has(c)) {
      out += '\n';
      i++;
    } else if (c === TAG_HIGH && isTag(s, i)) {
      const end = endOfTags(s, i);
      if (out.charCodeAt(out.length - 1) === FLAG_LOW) out += s.slice(i, end);
      i = end;
    } else if (c < 0x20 || (c >= DEL && c <= 0x9f) || BIDI_CONTROLS.has(c) || INVISIBLE.has(c)) {
      i++;
    } else {
      out += s[i];
      i++;
    }
  }
  return options.singleLine ? out.replace(/\s+/g, ' ') : out;
}

/** Cells a spreadsheet would evaluate as a formula: `=`, `+`, `-`, `@`, tab or CR, after any whitespace. */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would run as a formula with `'` (OWASP CSV injection advice). */
export function sanitizeCsvCell(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}
