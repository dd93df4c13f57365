/** Pure mapping of Graph posts and comments to mentions and to the Page's answers. */
import type { FoundMention } from '../mention.js';
import type { BrandAnswer } from './source.js';

/** A feed post with the fields the source requests (`id,message,created_time,from,permalink_url`). */
export interface GraphPost {
  id?: string;
  message?: string;
  created_time?: string;
  from?: { id?: string; name?: string };
  permalink_url?: string;
}

/** A comment with the fields the source requests (`id,message,created_time,from,parent,permalink_url`). */
export interface GraphComment extends GraphPost {
  parent?: { id?: string };
}

/** A comment with its id and parent settled (see `settleComment`). */
export interface SettledComment extends GraphComment {
  id: string;
}

/** Graph times look like `2021-08-10T18:45:03+0000`; the offset without a colon is not ISO 8601. */
export function graphDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The comment's id and parent. Graph omits `id` for apps reading through Page Public Content Access (and
 * `parent` unless asked), but the permalink still names them: `?comment_id=C` is a top-level comment
 * `{post}_{C}`, `&reply_comment_id=R` a reply `{post}_{R}` to `{post}_{C}`, the same form Graph ids take.
 * Undefined when neither the id nor a usable permalink is there.
 */
export function settleComment(comment: GraphComment, postId: string): SettledComment | undefined {
  let query: URLSearchParams | undefined;
  try {
    query = comment.permalink_url ? new URL(comment.permalink_url).searchParams : undefined;
  } catch {
    query = undefined;
  }
  const object = postId.split('_').pop() ?? postId;
  const top = query?.get('comment_id') ?? undefined;
  const reply = query?.get('reply_comment_id') ?? undefined;
  const id = comment.id ?? ((reply ?? top) ? `${object}_${reply ?? top}` : undefined);
  if (!id) return undefined;
  const settled: SettledComment = { ...comment, id };
  if (!comment.parent?.id && reply && top) settled.parent = { id: `${object}_${top}` };
  return settled;
}

/** The text people wrote, trimmed; Graph sends plain text (no HTML) with `\r\n` from some clients. */
function messageText(item: GraphPost): string {
  return (item.message ?? '').replace(/\r\n?/g, '\n').trim();
}

/** A visitor's post or comment as a mention, or undefined when it has no text to match or classify. */
export function toMention(
  item: GraphPost & { id: string },
  threadId: string,
  brand?: string,
): FoundMention | undefined {
  const text = messageText(item);
  if (!text) return undefined;
  const mention: FoundMention = { externalId: item.id, threadId, text };
  const author = item.from?.name?.trim();
  if (author) mention.author = author;
  if (item.permalink_url) mention.url = item.permalink_url;
  const createdAt = graphDate(item.created_time);
  if (createdAt) mention.createdAt = createdAt;
  if (brand) mention.brand = brand;
  return mention;
}

/**
 * The answers one Page comment gives. A reply (with `parent`) answers the comment it replies under and the
 * visitors' replies in that comment thread written before it: Facebook threads are one level deep, so a
 * Page reply to a follow-up also has the top comment as parent. A top-level Page comment answers the post
 * when a visitor wrote it. Other comments of the post are never answered by it (no `threadId` answer).
 */
export function answersFrom(
  reply: SettledComment,
  post: { id: string; byPage: boolean },
  comments: SettledComment[],
  isPage: (item: GraphPost) => boolean,
): BrandAnswer[] {
  const answeredAt = graphDate(reply.created_time);
  if (!answeredAt) return [];
  const text = messageText(reply);
  const make = (externalId: string): BrandAnswer => {
    const answer = { externalId, answeredAt, reply: { id: reply.id, text } };
    return answer;
  };
  const parentId = reply.parent?.id;
  if (!parentId) return post.byPage ? [] : [make(post.id)];
  const answers = [make(parentId)];
  for (const c of comments) {
    if (c.parent?.id !== parentId || c.id === reply.id || isPage(c)) continue;
    const at = graphDate(c.created_time);
    if (at && at.getTime() <= answeredAt.getTime()) answers.push(make(c.id));
  }
  return answers;
}

/** Keeps each answered id once, with the earliest reply (the first response is what the SLA measures). */
export function earliestAnswers(answers: BrandAnswer[]): BrandAnswer[] {
  const byId = new Map<string, BrandAnswer>();
  for (const a of answers) {
    const key = a.externalId ?? '';
    const seen = byId.get(key);
    if (!seen || a.answeredAt.getTime() < seen.answeredAt.getTime()) byId.set(key, a);
  }
  return [...byId.values()];
}
