import { sanitizeCsvCell, sanitizeForTerminal } from '../../src/output/sanitize.js';

describe('sanitizeForTerminal', () => {
  const cases: [string, string, string][] = [
    ['plain text is untouched', 'Acme support is slow', 'Acme support is slow'],
    ['keeps newlines and tabs', 'line one\n\tline two', 'line one\n\tline two'],
    ['OSC 8 hyperlink ended by BEL', '\x1b]8;;http://evil\x07click\x1b]8;;\x07', 'click'],
    ['OSC 8 hyperlink ended by ST', '\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['OSC window title', '\x1b]0;pwned\x07hi', 'hi'],
    ['CSI clear screen', 'before\x1b[2Jafter', 'beforeafter'],
    ['CSI colour with params', '\x1b[1;31mred\x1b[0m', 'red'],
    ['CSI private mode', '\x1b[?1049hx', 'x'],
    ['8-bit CSI U+009B', '\u009b31mred', 'red'],
    ['8-bit OSC ended by 8-bit ST', '\u009d0;title\u009cok', 'ok'],
    ['DCS string', '\x1bP1$qm\x1b\\after', 'after'],
    ['APC string', '\x1b_payload\x1b\\after', 'after'],
    ['SOS and PM strings', '\x1bXa\x1b\\\x1b^b\x1b\\c', 'c'],
    ['two-char ESC sequences', '\x1bcreset\x1b7save\x1b(Bascii', 'resetsaveascii'],
    ['lone ESC at the end', 'text\x1b', 'text'],
    ['unterminated OSC keeps the harmless payload', '\x1b]8;;http://evil', '8;;http://evil'],
    ['C0 controls and DEL', 'a\x00b\x07c\x08d\x7fe', 'abcde'],
    ['other C1 controls', 'a\u0085b\u008ec', 'abc'],
    ['bare CR cannot overwrite the line', 'safe\rEVIL', 'safe\nEVIL'],
    ['CRLF becomes LF', 'one\r\ntwo', 'one\ntwo'],
    ['RLO bidi override (trojan source)', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Eb\u200F\u061Cc\u202A\u202C', 'abc'],
    ['emoji and CJK survive', 'ダメ 😡 サポート', 'ダメ 😡 サポート'],
    ['ZWJ emoji survive', '👩‍💻 dev', '👩‍💻 dev'],
    [
      'zero width characters that hide inside a handle',
      '@ac\u200bme \u2060x\uFEFFy\u180Ez\u2063!',
      '@acme xyz!',
    ],
    ['ZWNJ in Persian survives', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['variation selector survives', '\u2764\uFE0F', '\u2764\uFE0F'],
    ['line and paragraph separators break the line', 'a\u2028b\u2029c', 'a\nb\nc'],
    [
      'tag characters hiding text (ASCII smuggling)',
      'fine' + String.fromCodePoint(...[...'ignore all'].map((ch) => 0xe0000 + ch.charCodeAt(0))),
      'fine',
    ],
    [
      'a flag emoji keeps its tags',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ],
    ['a later string ends at the same terminator', '\x1b]a\x1b]b\x07c\x1b]d\x1b\\e', 'ce'],
    ['a string after an unterminated one', '\x1b]a\x1b]b', 'ab'],
    ['an 8-bit string before a 7-bit one, one terminator', '\u009da\x1b]b\u009cc', 'c'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  test('text full of unterminated control strings keeps its payload', () => {
    // 400,000 characters: every introducer is removed and the rest kept (this took 40 s before one search served all).
    expect(sanitizeForTerminal('\x1b]x'.repeat(100_000))).toBe('x'.repeat(100_000));
    expect(sanitizeForTerminal('\u009dx'.repeat(100_000) + '\x07y')).toBe('y');
  });

  const singleLine: [string, string][] = [
    ['a\nb', 'a b'],
    ['a \r\n\t b', 'a b'],
    ['  padded  ', ' padded '],
    ['x\x1b[2J\n\ny', 'x y'],
  ];
  it.each(singleLine)('singleLine %j → %j', (input, expected) => {
    expect(sanitizeForTerminal(input, { singleLine: true })).toBe(expected);
  });
});

describe('sanitizeCsvCell', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['+1', `'+1`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['  =1+1', `'  =1+1`],
    ['hello', 'hello'],
    ['2024-05-14T12:00:00.000Z', '2024-05-14T12:00:00.000Z'],
    ['a=b', 'a=b'],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(sanitizeCsvCell(input)).toBe(expected);
  });
});
