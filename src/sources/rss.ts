/** Any RSS 2.0, Atom or RDF feed as a source; also the shared feed pipeline google-alerts builds on. */
import { createHash } from 'node:crypto';

import type Parser from 'rss-parser';

import type { FoundMention } from '../mention.js';
import { afterPendingIo } from '../io-turn.js';
import { textLinksAsHref, unprefixedAtom, xhtmlAsHtml, XML_COMMENT, XML_PROLOGUE } from './atom-text.js';
import type { BrandConfig, SourceOptions } from './registry-types.js';
import {
  SourceError,
  type Source,
  type SourceContext,
  type SourceCursor,
  type SourceResult,
} from './source.js';
import { decodeFeedText, fetchDocument } from './feed-fetch.js';
import { collapseWhitespace, htmlToText } from './html-text.js';
import { unwrapGoogleRedirect } from './url.js';

/** One parsed entry as rss-parser returns it, with the extra fields we ask it to copy. */
export type FeedItem = Parser.Item & {
  id?: unknown;
  guid?: unknown;
  author?: unknown;
  creator?: unknown;
  'content:encoded'?: unknown;
  'im:rating'?: unknown;
  'im:name'?: unknown;
};

/** Entries of a parsed feed plus problems that did not stop parsing. */
export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
  warnings: string[];
}

// Comments are read so that none can run past its own end: a run of them is read in linear time.
const HTML_PAGE = new RegExp(
  String.raw`^(?:\s|<\?xml[^>]*>|${XML_COMMENT})*<(?:!doctype\s+html|html[\s>])`,
  'i',
);

// rss-parser (with xml2js and xmlbuilder, some 60 files) loads with the first feed request, not at start:
// commands that read no feed never load it.
let parserClass: Promise<typeof Parser> | undefined;

function loadParser(): Promise<typeof Parser> {
  parserClass ??= import('rss-parser').then((m) => m.default);
  return parserClass;
}

async function newParser(): Promise<Parser<Record<string, unknown>, FeedItem>> {
  const RssParser = await loadParser();
  const parser = new RssParser<Record<string, unknown>, FeedItem>({
    customFields: { item: ['im:rating', 'im:name'] },
    // Some generators omit `<rss version>`; without this rss-parser rejects their feeds outright.
    defaultRSS: 2,
  });
  // rss-parser calls `new Date(published).toISOString()` on Atom entries, which throws on a bad date and
  // loses the whole feed; drop unparseable dates first so the entry survives with `createdAt` unset.
  const atom = parser as unknown as { parseItemAtom(entry: Record<string, unknown>): FeedItem };
  const parseItemAtom = atom.parseItemAtom.bind(parser);
  atom.parseItemAtom = (entry) => {
    const clean = { ...entry };
    for (const key of ['published', 'updated']) {
      const value = (clean[key] as unknown[] | undefined)?.[0];
      if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
        delete clean[key];
    }
    return parseItemAtom(clean);
  };
  return parser;
}

/** The feed text with the Atom markup rss-parser misreads rewritten (see atom-text.ts). */
const atomFixed = (xml: string): string => textLinksAsHref(xhtmlAsHtml(unprefixedAtom(xml)));

// Broken feeds most often carry a bare `&` (`AT&T`), an HTML-only entity or a control character reference;
// escaping every `&` that is not an XML entity keeps them as text for htmlToText to decode later.
function repairXml(xml: string): string {
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos);)/g, '&amp;');
}

function describeXmlError(err: unknown): string {
  const message = String((err as { message?: unknown } | undefined)?.message ?? err);
  const reason = message.split('\n')[0].replace(/\.$/, '');
  const line = /Line: (\d+)/.exec(message);
  const where = line ? ` at line ${Number(line[1]) + 1}` : '';
  const truncated = /unclosed|unexpected end/i.test(reason) ? '; the document may be truncated' : '';
  return `invalid feed xml (${reason.toLowerCase()}${where})${truncated}`;
}

const ROOT_ELEMENT = new RegExp(String.raw`^${XML_PROLOGUE}<([A-Za-z_][\w:.-]*)`, 'i');

function rootElement(xml: string): string | undefined {
  return ROOT_ELEMENT.exec(xml)?.[1];
}

/** Parses feed text (RSS 2.0, Atom, RDF), telling an HTML page, a non-feed and broken XML apart. */
export async function parseFeed(sourceName: string, xml: string, contentType?: string): Promise<ParsedFeed> {
  if (xml.trim() === '') throw new SourceError(sourceName, 'empty response (no feed); check the url');
  if (HTML_PAGE.test(xml.slice(0, 4096))) {
    throw new SourceError(sourceName, 'not a feed (got an HTML page); check the url');
  }
  const warnings: string[] = [];
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await (await newParser()).parseString(atomFixed(xml));
  } catch (strictErr) {
    if (/feed not recognized/i.test(String(strictErr))) {
      const root = rootElement(xml);
      throw new SourceError(sourceName, `not a feed (root element <${root ?? '?'}>); check the url`);
    }
    // Well-formed XML that rss-parser trips over: an <rss> without <channel>, an empty <rdf:RDF>.
    // (xml2js re-emits it from a stream, wrapped as an unhandled 'error' event with it as the context.)
    const typeError =
      strictErr instanceof TypeError || (strictErr as { context?: unknown }).context instanceof TypeError;
    if (typeError && !/<(?:\w+:)?(?:channel|item|entry)[\s>/]/.test(xml)) {
      const root = rootElement(xml);
      throw new SourceError(
        sourceName,
        `not a feed (<${root ?? '?'}> holds no channel or entries); check the url`,
        {
          cause: strictErr,
        },
      );
    }
    try {
      feed = await (await newParser()).parseString(atomFixed(repairXml(xml)));
      warnings.push(`${describeXmlError(strictErr)}; parsed after escaping stray '&' characters`);
    } catch {
      if (/html/i.test(contentType ?? '')) {
        throw new SourceError(sourceName, 'not a feed (got an HTML page); check the url', {
          cause: strictErr,
        });
      }
      throw new SourceError(sourceName, describeXmlError(strictErr), { cause: strictErr });
    }
  }
  const title = typeof feed.title === 'string' ? collapseWhitespace(feed.title) : undefined;
  return { title, items: feed.items, warnings };
}

/** The value as a trimmed non-empty string, or undefined (xml2js yields objects for odd markup). */
export function stringField(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') {
    return stringField((value as { _: string })._);
  }
  return undefined;
}

/** The entry's date (rss-parser's isoDate covers published, pubDate, dc:date and updated), if valid. */
export function entryDate(item: FeedItem): Date | undefined {
  const iso = stringField(item.isoDate);
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** A stable id for an entry without guid/id/link: a hash of what identifies it to a reader. */
export function fallbackId(title: string | undefined, date: Date | undefined, text: string): string {
  // Without a date a title ("Help") is no identity: the text, part of the entry itself, tells them apart
  // whatever their order in the feed.
  const basis = date ? `${title ?? ''}\n${date.toISOString()}` : title ? `${title}\n\n${text}` : text;
  return `${FALLBACK}${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`;
}
const FALLBACK = 'sha256:';

/**
 * The id of an entry whose title-and-date id an earlier entry of the feed already has ("Help", no
 * date): its text tells the two apart. Undefined for an entry that had an id of its own.
 */
function textualId(m: FoundMention): string | undefined {
  if (!m.externalId.startsWith(FALLBACK)) return undefined;
  const basis = `${m.title ?? ''}\n${m.createdAt?.toISOString() ?? ''}\n${m.text}`;
  return `${FALLBACK}${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`;
}

// Reddit appends "submitted by /u/name to r/sub [link] [comments]" to every entry; it is boilerplate,
// not something the author wrote.
const REDDIT_FOOTER =
  /\s*submitted by\s+\/?u\/[\w-]+(?:\s+to\s+\/?r\/[\w-]+)?(?:\s*\[link\])?(?:\s*\[comments\])?\s*$/i;

function readableAuthor(value: unknown): string | undefined {
  const author = stringField(value);
  if (!author) return undefined;
  // "/u/name" is Reddit's Atom form; "mail@host (Name)" is RSS 2.0's.
  // The mailbox holds one "@" (two runs that could both take it made each "@" a split point to try).
  return author.replace(/^\/(u\/)/, '$1').replace(/^[^\s@]+@\S+\s+\((.+)\)$/, '$1');
}

function ratingOf(item: FeedItem): number | undefined {
  const rating = Number(stringField(item['im:rating']));
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : undefined;
}

/** A generic feed entry as a mention, before id de-duplication; undefined for entries that are not posts. */
export function itemToMention(item: FeedItem): FoundMention | undefined {
  // The App Store feed's first entry (when present) describes the app itself, not a review.
  if (item['im:name'] !== undefined) return undefined;
  const rawTitle = stringField(item.title);
  const title = rawTitle ? htmlToText(rawTitle) || undefined : undefined;
  const body = stringField(item['content:encoded']) ?? stringField(item.content) ?? stringField(item.summary);
  const text = body ? htmlToText(body).replace(REDDIT_FOOTER, '') : '';
  const link = stringField(item.link);
  const url = link ? unwrapGoogleRedirect(link) : undefined;
  const createdAt = entryDate(item);
  const rating = ratingOf(item);
  const mention: FoundMention = {
    externalId: stringField(item.guid) ?? stringField(item.id) ?? url ?? fallbackId(title, createdAt, text),
    text,
  };
  if (url) mention.url = url;
  // An App Store review (the feed with `im:rating`) links only to the app's review page, which all share.
  if (url && rating !== undefined) mention.sharedUrl = true;
  const author = readableAuthor(item.creator) ?? readableAuthor(item.author);
  if (author) mention.author = author;
  if (title) mention.title = title;
  if (createdAt) mention.createdAt = createdAt;
  if (rating !== undefined) mention.rating = rating;
  return mention;
}

/** Fetches, decodes and parses a feed, then maps its entries with `toMention` (empty and repeated ones dropped). */
export async function readFeed(
  ctx: SourceContext,
  sourceName: string,
  url: string,
  cursor: SourceCursor | null,
  toMention: (item: FeedItem) => FoundMention | undefined = itemToMention,
): Promise<SourceResult> {
  // The parser loads while the request is out, not after the answer: on a scan's first feeds the load
  // fills the wait for the network instead of adding to it. (A failed load surfaces when parsing.)
  loadParser().catch(() => undefined);
  const doc = await fetchDocument(ctx, sourceName, url, cursor);
  if (doc.notModified) return { mentions: [], cursor: doc.cursor, notModified: true, warnings: [] };
  // Parsing is the heaviest step of a feed: other feeds' answers that arrived meanwhile are read first.
  await afterPendingIo();
  const decoded = decodeFeedText(doc.body, doc.contentType);
  const feed = await parseFeed(sourceName, decoded.text, doc.contentType);
  const warnings = [...decoded.warnings, ...feed.warnings];

  const mentions: FoundMention[] = [];
  const seen = new Set<string>();
  let empty = 0;
  let repeated = 0;
  for (const item of feed.items) {
    const mention = toMention(item);
    if (!mention) continue;
    if (!mention.text && !mention.title) empty++;
    else if (seen.has(mention.externalId)) {
      const distinct = textualId(mention);
      if (distinct === undefined || seen.has(distinct)) repeated++;
      else {
        seen.add(distinct);
        mentions.push({ ...mention, externalId: distinct });
      }
    } else {
      seen.add(mention.externalId);
      // The same entry again (same title, date and text) is a repeat, not a second one.
      const textual = textualId(mention);
      if (textual !== undefined) seen.add(textual);
      mentions.push(mention);
    }
  }
  if (empty)
    warnings.push(`skipped ${empty} ${empty === 1 ? 'entry' : 'entries'} with neither title nor text`);
  if (repeated)
    warnings.push(`skipped ${repeated} ${repeated === 1 ? 'entry' : 'entries'} repeating an earlier id`);
  return { mentions, cursor: doc.cursor, notModified: false, warnings };
}

/** The `rss` source: every entry of the feed is a candidate, matched against the brands by the scan. */
export function create(options: SourceOptions, _brands: BrandConfig[]): Source {
  const url = options.url;
  if (typeof url !== 'string' || url.trim() === '') {
    throw new SourceError(options.name, 'missing `url`; set it to the feed url or a local file path');
  }
  return {
    name: options.name,
    type: 'rss',
    brand: options.brand,
    fetch: (ctx, cursor) => readFeed(ctx, options.name, url, cursor),
  };
}
