/**
 * Atom markup that rss-parser (through xml2js) reads wrongly, rewritten before parsing: text constructs of
 * type xhtml, whose markup xml2js flattens out of order ("The <a>Acme</a> app" came out as "The  appAcme"),
 * and links given as text rather than `href`, on which it throws. Both rewrites leave CDATA sections,
 * comments and anything unbalanced as they are, and read the document once.
 */

const TEXT_ELEMENT = /^<((?:atom:)?(?:title|subtitle|summary|content|rights))(\s[\s\S]*)?>$/;
const XHTML_TYPE = /\btype\s*=\s*(["'])xhtml\1/;
/** A comment that cannot run past its own end: a run of comments is read in linear time. */
export const XML_COMMENT = String.raw`<!--(?:[^-]|-(?!->))*-->`;
/**
 * What may come before a document's root element: white space, processing instructions, comments and a
 * DOCTYPE, whose internal subset (in brackets) may hold `>`. No part can run past its own end, so a long
 * run of comments is read in linear time.
 */
export const XML_PROLOGUE = String.raw`(?:\s|<\?(?:[^?]|\?(?!>))*\?>|${XML_COMMENT}|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>)*`;
const ATOM_ROOT = new RegExp(String.raw`^${XML_PROLOGUE}<(?:atom:)?feed[\s>]`, 'i');

const escapeText = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Where a CDATA section or comment starting at `at` ends (just past it), -1 if never; `at` when none starts. */
function skipOpaque(xml: string, at: number): number {
  if (xml.startsWith('<![CDATA[', at)) {
    const end = xml.indexOf(']]>', at + 9);
    return end < 0 ? -1 : end + 3;
  }
  if (xml.startsWith('<!--', at)) {
    const end = xml.indexOf('-->', at + 4);
    return end < 0 ? -1 : end + 3;
  }
  return at;
}

/** The index of the `>` ending the tag that starts at `at`, past quoted attribute values; -1 if none. */
function tagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

/** A tag's span: `start` at its `<`, `end` just past its `>`. */
interface Span {
  start: number;
  end: number;
}

/** The next tag at or after `from`, passing over CDATA sections and comments; null if none is complete. */
function nextTag(xml: string, from: number): Span | null {
  for (let i = xml.indexOf('<', from); i >= 0; i = xml.indexOf('<', i)) {
    const skipped = skipOpaque(xml, i);
    if (skipped < 0) return null;
    if (skipped === i) {
      const gt = tagEnd(xml, i);
      return gt < 0 ? null : { start: i, end: gt + 1 };
    }
    i = skipped;
  }
  return null;
}

/** The tag closing element `name` opened before `from`, counting nested ones; null if none. */
function closingTag(xml: string, name: string, from: number): Span | null {
  const escaped = name.replace(':', '\\:');
  const closes = new RegExp(`^</${escaped}\\s*>$`);
  const opens = new RegExp(`^<${escaped}[\\s>/]`);
  let depth = 0;
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end)) {
    const tag = xml.slice(t.start, t.end);
    if (closes.test(tag)) {
      if (depth === 0) return t;
      depth--;
    } else if (opens.test(tag) && !tag.endsWith('/>')) {
      depth++;
    }
  }
  return null;
}

/** `xml` with `rewrite` applied to each stretch outside CDATA sections and comments. */
function outsideOpaque(xml: string, rewrite: (part: string) => string): string {
  let out = '';
  let from = 0;
  for (let i = xml.indexOf('<!', 0); i >= 0; i = xml.indexOf('<!', i + 2)) {
    const skipped = skipOpaque(xml, i);
    if (skipped === i) continue;
    out += rewrite(xml.slice(from, i));
    // An unterminated section runs to the end, left as it is.
    if (skipped < 0) return out + xml.slice(i);
    out += xml.slice(i, skipped);
    from = skipped;
    i = skipped - 2;
  }
  return out + rewrite(xml.slice(from));
}

/** XHTML markup as the HTML text an html text construct would hold (CDATA sections become escaped text). */
function innerAsHtml(inner: string): string {
  return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_whole, text: string) => escapeText(text));
}

/** Rewrites an Atom document's xhtml text constructs as the equivalent escaped html ones. */
export function xhtmlAsHtml(xml: string): string {
  if (!xml.includes('xhtml') || !ATOM_ROOT.test(xml.slice(0, 4096))) return xml;
  let out = '';
  let copied = 0;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    const open = TEXT_ELEMENT.exec(xml.slice(t.start, t.end));
    const attrs = open?.[2] ?? '';
    if (!open || !XHTML_TYPE.test(attrs) || attrs.endsWith('/')) continue;
    const close = closingTag(xml, open[1], t.end);
    // Unbalanced: the rest is left for the parser to judge.
    if (!close) break;
    const html = innerAsHtml(xml.slice(t.end, close.start));
    out += `${xml.slice(copied, t.start)}<${open[1]}${attrs.replace(XHTML_TYPE, 'type="html"')}>${escapeText(html)}</${open[1]}>`;
    copied = close.end;
    t = close;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

// An Atom root whose elements carry a namespace prefix: `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`.
const PREFIXED_ROOT = new RegExp(String.raw`^${XML_PROLOGUE}<[A-Za-z_][\w.-]*:feed[\s>]`);
// A prefix bound to the Atom namespace, anywhere in the document (an entry may bind its own).
const ATOM_PREFIX = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])http:\/\/www\.w3\.org\/2005\/Atom\/?\2/g;
const escapeRegExp = (s: string): string => s.replace(/[.]/g, '\\.');

/**
 * Rewrites an Atom document written with namespace prefixes (`<atom:feed>`, `<atom:entry>`), which
 * rss-parser does not recognise, without them. Only prefixes the document binds to the Atom namespace
 * are dropped, and never inside CDATA sections or comments.
 */
export function unprefixedAtom(xml: string): string {
  if (!xml.includes(':feed') || !PREFIXED_ROOT.test(xml.slice(0, 4096))) return xml;
  const prefixes = new Set([...xml.matchAll(ATOM_PREFIX)].map((m) => escapeRegExp(m[1])));
  if (prefixes.size === 0) return xml;
  const tag = new RegExp(`<(/?)(?:${[...prefixes].join('|')}):(?=[A-Za-z_])`, 'g');
  return outsideOpaque(xml, (part) => part.replace(tag, '<$1'));
}

/** Rewrites an Atom document's `<link>URL</link>` (no `href`, on which rss-parser throws) as `<link href="URL"/>`. */
export function textLinksAsHref(xml: string): string {
  if (!xml.includes('<link') || !ATOM_ROOT.test(xml.slice(0, 4096))) return xml;
  // With or without other attributes (rel, type), but no href of its own.
  return outsideOpaque(xml, (part) =>
    part.replace(/<link\b([^>]*)>\s*([^<\s]+)\s*<\/link\s*>/g, (whole, attrs: string, url: string) =>
      /\bhref\s*=/.test(attrs) || attrs.endsWith('/')
        ? whole
        : `<link${attrs.trimEnd()} href="${url.replaceAll('"', '&quot;')}"/>`,
    ),
  );
}
