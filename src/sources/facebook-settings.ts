/** The facebook source's settings: checked once in `create`, with the defaults and the time window. */
import type { BrandConfig, SourceOptions } from './registry-types.js';
import { SourceError, type SourceCursor } from './source.js';

export const DEFAULT_BASE_URL = 'https://graph.facebook.com';
/** v25.0 (18 Feb 2026) is supported until 29 July 2028 per Meta's version table. */
export const DEFAULT_API_VERSION = 'v25.0';
// Feed `since` reaches this far behind the newest post seen: posts can surface late; the store de-duplicates.
const OVERLAP_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The settings `create` checked. */
export interface FacebookSettings {
  name: string;
  brand?: string;
  accessToken: string;
  pageId: string;
  baseUrl: string;
  apiVersion: string;
  maxPages: number;
  lookbackDays: number;
}

/** The checked settings; throws a SourceError naming the option to fix. */
export function settings(options: SourceOptions): FacebookSettings {
  const fail = (message: string): never => {
    throw new SourceError(options.name, message);
  };
  const text = (key: string): string | undefined =>
    typeof options[key] === 'string' && (options[key] as string).trim() !== ''
      ? (options[key] as string).trim()
      : undefined;
  const accessToken =
    text('accessToken') ??
    fail('missing `accessToken`; set it to a page access token, e.g. ${FB_PAGE_TOKEN}');
  const pageId = text('pageId') ?? fail('missing `pageId`; set it to the numeric id of the page');
  const baseUrl = text('baseUrl') ?? DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) fail('`baseUrl` must be an http(s) url');
  const apiVersion = text('apiVersion') ?? DEFAULT_API_VERSION;
  if (!/^v\d+\.\d+$/.test(apiVersion)) fail(`\`apiVersion\` must look like ${DEFAULT_API_VERSION}`);
  const maxPages = options.maxPages ?? 5;
  if (typeof maxPages !== 'number' || !Number.isInteger(maxPages) || maxPages < 1)
    fail('`maxPages` must be a whole number of at least 1');
  const lookbackDays = options.lookbackDays ?? 7;
  if (typeof lookbackDays !== 'number' || !(lookbackDays > 0)) fail('`lookbackDays` must be more than 0');
  return {
    name: options.name,
    brand: options.brand,
    accessToken,
    pageId,
    baseUrl,
    apiVersion,
    maxPages: maxPages as number,
    lookbackDays: lookbackDays as number,
  };
}

/** The page as Graph names it; needed when the config gives a username or matches brands by name. */
export interface PageInfo {
  id: string;
  name?: string;
  username?: string;
}

/** The feed's `since` (unix seconds): the lookback window, reaching back to the last newest post seen. */
export function sinceSeconds(cursor: SourceCursor | null, now: Date, lookbackDays: number): number {
  let since = now.getTime() - lookbackDays * DAY_MS;
  const last = cursor?.value ? new Date(cursor.value).getTime() : NaN;
  if (!Number.isNaN(last)) since = Math.min(since, last - OVERLAP_MS);
  return Math.floor(since / 1000);
}

/** The brand a page belongs to: the source's own, or the one whose `handles.facebook` names the page. */
export function brandFor(
  s: FacebookSettings,
  brands: BrandConfig[],
  page: PageInfo | undefined,
): string | undefined {
  if (s.brand) return s.brand;
  const names = [s.pageId, page?.id, page?.name, page?.username].filter(Boolean).map((n) => n!.toLowerCase());
  return brands.find((b) => b.handles.facebook && names.includes(b.handles.facebook.toLowerCase()))?.name;
}
