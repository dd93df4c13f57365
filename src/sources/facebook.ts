/**
 * The `facebook` source: a Page's feed (its own and visitors' posts) and the comments on recent posts, read
 * with a Page access token. Visitors' posts and comments are mentions; the Page's own comments are answers.
 */
import type { BrandConfig, SourceOptions } from './registry-types.js';
import { SourceError, type Source, type SourceContext } from './source.js';
import { graphGet, graphUrl, type GraphClient } from './facebook-graph.js';
import { readPage } from './facebook-read.js';
import { brandFor, settings, sinceSeconds, type PageInfo } from './facebook-settings.js';

/** The `facebook` source for one Page. */
export function create(options: SourceOptions, brands: BrandConfig[]): Source {
  const s = settings(options);
  const numeric = /^\d+$/.test(s.pageId);
  // A lookup costs a request, so only when the id is a username or a brand may be named by the page name.
  const needsLookup = !numeric || (!brandFor(s, brands, undefined) && brands.some((b) => b.handles.facebook));
  let page: PageInfo | undefined = numeric ? { id: s.pageId } : undefined;
  let looked = false;

  const clientFor = (ctx: SourceContext): GraphClient => ({
    source: s.name,
    baseUrl: s.baseUrl,
    apiVersion: s.apiVersion,
    accessToken: s.accessToken,
    ctx,
  });
  const lookup = async (client: GraphClient, fields: string): Promise<PageInfo> => {
    const info = await graphGet<PageInfo>(
      client,
      graphUrl(client, `/${encodeURIComponent(s.pageId)}`, { fields }),
    );
    if (typeof info.id !== 'string') throw new SourceError(s.name, `no page "${s.pageId}"; check pageId`);
    return info;
  };

  return {
    name: s.name,
    type: 'facebook',
    brand: s.brand,
    async fetch(ctx, cursor) {
      const client = clientFor(ctx);
      if (needsLookup && !looked) {
        page = await lookup(client, 'id,name,username');
        looked = true;
      }
      const pageId = page!.id;
      const brand = brandFor(s, brands, page);
      const warnings: string[] = [];
      if (!brand) warnings.push(`no brand is tied to page ${s.pageId}; set \`brand\` or handles.facebook`);
      const read = await readPage(client, s, pageId, brand, sinceSeconds(cursor, ctx.now(), s.lookbackDays));
      warnings.push(...read.warnings);
      const old = cursor?.value ? new Date(cursor.value) : undefined;
      const newest = read.newest && !(old && old >= read.newest) ? read.newest : undefined;
      return {
        mentions: read.mentions,
        // After a stop part-way, keep the old cursor: unread older posts must still be in the next window.
        cursor: read.partialError || !newest ? null : { value: newest.toISOString() },
        notModified: false,
        warnings,
        answers: read.answers,
        ...(read.partialError ? { partialError: read.partialError } : {}),
        ...(read.partialError && read.retryAt ? { retryAt: read.retryAt } : {}),
      };
    },
    async verify(ctx) {
      const info = await lookup(clientFor(ctx), 'id,name');
      return `token accepted; page "${info.name ?? info.id}"`;
    },
  };
}
