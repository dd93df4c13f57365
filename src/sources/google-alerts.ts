/** A Google Alerts feed ("Deliver to: RSS feed") as a source: each entry is a web or news page for the alert. */
import type { FoundMention } from '../mention.js';
import type { BrandConfig, SourceOptions } from './registry-types.js';
import { SourceError, type Source } from './source.js';
import { itemToMention, readFeed, type FeedItem } from './rss.js';

/**
 * One alert entry as a mention. The generic mapping already strips the `<b>` highlight tags, decodes the
 * entities, unwraps the `google.com/url?...&url=` redirect and keys on the entry id (the redirect itself
 * carries per-delivery tracking values, so it is never the key); here the always-empty author is dropped.
 */
export function alertEntryToMention(item: FeedItem, brand?: string): FoundMention | undefined {
  const mention = itemToMention(item);
  if (!mention) return undefined;
  delete mention.author;
  // An alert is a query for one brand, so when the config says which, every entry belongs to it.
  if (brand) mention.brand = brand;
  return mention;
}

/**
 * The `google-alerts` source. With `brand` set, the alert itself is the brand query, so the scan skips
 * keyword matching (`skipMatching`); without it, entries are matched like any feed.
 */
export function create(options: SourceOptions, _brands: BrandConfig[]): Source {
  const url = options.url;
  if (typeof url !== 'string' || url.trim() === '') {
    throw new SourceError(options.name, 'missing `url`; paste the alert feed url from google.com/alerts');
  }
  const brand = options.brand;
  return {
    name: options.name,
    type: 'google-alerts',
    brand,
    skipMatching: Boolean(brand),
    // Alerts find news and web pages about the brand, not messages to it.
    addressed: false,
    fetch: (ctx, cursor) =>
      readFeed(ctx, options.name, url, cursor, (item) => alertEntryToMention(item, brand)),
  };
}
