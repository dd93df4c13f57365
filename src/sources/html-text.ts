/** HTML fragments from feeds to plain, single-line text: tags stripped, entities decoded, whitespace collapsed. */

// The entities feeds actually use. XML parsing has already resolved one level of escaping, so what is left
// here is the HTML inside titles and snippets; anything unknown is left as written rather than guessed.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  bull: '\u2022',
  middot: '\u00b7',
  prime: '\u2032',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  sect: '\u00a7',
  para: '\u00b6',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  agrave: '\u00e0',
  aacute: '\u00e1',
  acirc: '\u00e2',
  atilde: '\u00e3',
  auml: '\u00e4',
  aring: '\u00e5',
  aelig: '\u00e6',
  ccedil: '\u00e7',
  egrave: '\u00e8',
  eacute: '\u00e9',
  ecirc: '\u00ea',
  euml: '\u00eb',
  igrave: '\u00ec',
  iacute: '\u00ed',
  icirc: '\u00ee',
  iuml: '\u00ef',
  ntilde: '\u00f1',
  ograve: '\u00f2',
  oacute: '\u00f3',
  ocirc: '\u00f4',
  otilde: '\u00f5',
  ouml: '\u00f6',
  oslash: '\u00f8',
  ugrave: '\u00f9',
  uacute: '\u00fa',
  ucirc: '\u00fb',
  uuml: '\u00fc',
  yacute: '\u00fd',
  yuml: '\u00ff',
  szlig: '\u00df',
  Agrave: '\u00c0',
  Aacute: '\u00c1',
  Auml: '\u00c4',
  Ccedil: '\u00c7',
  Eacute: '\u00c9',
  Ntilde: '\u00d1',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
};

// HTML maps numeric references 128–159 to Windows-1252 characters; feeds converted from that encoding
// write `&#146;` for an apostrophe and expect it to render as one.
const WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'.concat(
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178',
  );

/** Replaces C1 control characters (U+0080–U+009F) with the Windows-1252 characters those bytes stand for. */
export function mapWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]);
}

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80];
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes named (common set), decimal and hex character references in one pass. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (ref, dec, hex, name) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? ref;
    },
  );
}

// Elements whose boundaries separate words; every other tag (b, a, span …) is removed without a gap so
// `<b>Sl</b>ack` stays one word.
const BLOCK_TAG =
  /<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|caption|h[1-6]|blockquote|pre|section|article|aside|nav|main|header|footer|figure|figcaption|details|summary|hr)\b[^<>]*>/gi;

const SCRIPT_OR_STYLE_OPEN = /<(script|style)\b[^<>]*>/gi;
const CLOSING: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * The HTML without its script and style elements. Once one has no closing tag, no later one of its kind
 * has either: they are left as they are without searching again, so many unclosed ones take linear time.
 */
function withoutScripts(html: string): string {
  if (!/<(?:script|style)/i.test(html)) return html;
  let out = '';
  let from = 0;
  const unclosed = new Set<string>();
  SCRIPT_OR_STYLE_OPEN.lastIndex = 0;
  for (let m = SCRIPT_OR_STYLE_OPEN.exec(html); m !== null; m = SCRIPT_OR_STYLE_OPEN.exec(html)) {
    const name = m[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const close = CLOSING[name];
    close.lastIndex = SCRIPT_OR_STYLE_OPEN.lastIndex;
    if (close.exec(html) === null) {
      unclosed.add(name);
      continue;
    }
    out += `${html.slice(from, m.index)} `;
    from = close.lastIndex;
    SCRIPT_OR_STYLE_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Plain text from an HTML fragment: tags and comments removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const stripped = withoutScripts(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '))
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(BLOCK_TAG, ' ')
    // A tag must start with a letter, `/` or `!`, so "I <3 Acme" and "a < b" survive.
    .replace(/<[a-zA-Z/!][^<>]*>/g, '');
  // Decode after stripping: `&lt;b&gt;` in the source is text the author meant to show, not a tag.
  return collapseWhitespace(decodeEntities(stripped));
}

/** Runs of whitespace (including no-break spaces and line breaks) become one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}
