/** One scan of a Page: the feed since a time, then the comments of each post, as mentions and answers. */
import type { FoundMention } from '../mention.js';
import type { BrandAnswer } from './source.js';
import {
  GraphFailure,
  graphGet,
  graphUrl,
  nextPageUrl,
  type GraphClient,
  type GraphPage,
} from './facebook-graph.js';
import {
  answersFrom,
  earliestAnswers,
  graphDate,
  settleComment,
  toMention,
  type GraphComment,
  type GraphPost,
  type SettledComment,
} from './facebook-items.js';

const POST_FIELDS = 'id,message,created_time,from,permalink_url';
const COMMENT_FIELDS = 'id,message,created_time,from,parent,permalink_url';

/** Reads up to `maxPages` pages of an edge into `into`; true when more pages were left unread. */
async function readEdge<T>(
  client: GraphClient,
  first: string,
  maxPages: number,
  into: T[],
): Promise<boolean> {
  let url: string | undefined = first;
  for (let page = 0; url; page++) {
    if (page === maxPages) return true;
    const body: GraphPage<T> = await graphGet<GraphPage<T>>(client, url);
    into.push(...(Array.isArray(body.data) ? body.data : []));
    // No `next` means the last page (Graph docs); `after` alone may repeat on the last page.
    url = body.paging?.next ? nextPageUrl(client, body.paging.next) : undefined;
  }
  return false;
}

/** What one scan of the page found. */
export interface PageRead {
  mentions: FoundMention[];
  answers: BrandAnswer[];
  warnings: string[];
  newest?: Date;
  partialError?: string;
  /** With `partialError`: Facebook's estimate of when the page may be read again. */
  retryAt?: Date;
}

/** Reads the feed since `since`, then each post's comments; only rate limits and outages stop part-way. */
export async function readPage(
  client: GraphClient,
  s: { maxPages: number },
  pageId: string,
  brand: string | undefined,
  since: number,
): Promise<PageRead> {
  const out: PageRead = { mentions: [], answers: [], warnings: [] };
  const seen = new Set<string>();
  const add = (m: FoundMention | undefined): void => {
    if (!m || seen.has(m.externalId)) return;
    seen.add(m.externalId);
    out.mentions.push(m);
  };
  const isPage = (item: GraphPost) => item.from?.id === pageId;
  const stop = (err: unknown, readSomething: boolean): void => {
    if (!(err instanceof GraphFailure) || !err.partialOk || !readSomething) throw err;
    out.partialError = err.message;
    if (err.retryAt) out.retryAt = err.retryAt;
  };

  const posts: GraphPost[] = [];
  const feed = graphUrl(client, `/${pageId}/feed`, {
    fields: POST_FIELDS,
    since: String(since),
    limit: '25',
  });
  try {
    if (await readEdge(client, feed, s.maxPages, posts))
      out.warnings.push(`read the newest ${s.maxPages} pages of the feed only; raise maxPages to read more`);
  } catch (err) {
    stop(err, posts.length > 0);
  }
  const listed = posts.filter((p): p is GraphPost & { id: string } => typeof p.id === 'string');
  for (const post of listed) {
    const at = graphDate(post.created_time);
    if (at && (!out.newest || at > out.newest)) out.newest = at;
    if (!isPage(post)) add(toMention(post, post.id, brand));
  }

  let truncated = 0;
  let idless = 0;
  for (const post of out.partialError ? [] : listed) {
    const raw: GraphComment[] = [];
    const query = { filter: 'stream', order: 'reverse_chronological', fields: COMMENT_FIELDS, limit: '100' };
    try {
      if (await readEdge(client, graphUrl(client, `/${post.id}/comments`, query), s.maxPages, raw))
        truncated++;
    } catch (err) {
      if (err instanceof GraphFailure && err.kind === 'not-found') {
        out.warnings.push(`post ${post.id} disappeared before its comments were read`);
        continue;
      }
      stop(err, true);
    }
    const comments = raw.map((c) => settleComment(c, post.id)).filter((c): c is SettledComment => !!c);
    idless += raw.length - comments.length;
    for (const c of comments) {
      if (!isPage(c)) add(toMention(c, post.id, brand));
      else out.answers.push(...answersFrom(c, { id: post.id, byPage: isPage(post) }, comments, isPage));
    }
    if (out.partialError) break;
  }
  if (truncated) {
    const posts = truncated === 1 ? '1 post' : `${truncated} posts`;
    out.warnings.push(
      `read only the newest ${s.maxPages} pages of comments on ${posts}; raise maxPages to read more`,
    );
  }
  if (idless) out.warnings.push(`skipped ${idless} comment(s) with neither id nor permalink`);
  out.answers = earliestAnswers(out.answers);
  return out;
}
