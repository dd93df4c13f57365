/** YouTube comment threads as mentions: comments by others are mentions, the channel's first reply an answer. */
import type { FoundMention } from '../mention.js';
import type { BrandAnswer } from './source.js';
import { collapseWhitespace, htmlToText } from './html-text.js';

/** A comment resource (`youtube#comment`), as commentThreads and comments.list return it. */
export interface YouTubeComment {
  id?: string;
  snippet?: {
    authorDisplayName?: string;
    authorChannelId?: { value?: string };
    channelId?: string;
    videoId?: string;
    textDisplay?: string;
    textOriginal?: string;
    parentId?: string;
    likeCount?: number;
    publishedAt?: string;
  };
}

/** A comment thread resource (`youtube#commentThread`). */
export interface YouTubeThread {
  id?: string;
  snippet?: {
    channelId?: string;
    videoId?: string;
    topLevelComment?: YouTubeComment;
    totalReplyCount?: number;
  };
  replies?: { comments?: YouTubeComment[] };
}

/** A list answer (`commentThreadListResponse`, `commentListResponse`). */
export interface YouTubeList<T> {
  nextPageToken?: string;
  items?: T[];
}

/** What one thread contributes to the fetch. */
export interface ThreadOutcome {
  mentions: FoundMention[];
  answer?: BrandAnswer;
  /** Comments skipped because they had no id or no text. */
  skipped: number;
}

/** The comment's time, or undefined when missing or unparseable. */
export function publishedAt(comment: YouTubeComment | undefined): Date | undefined {
  const value = comment?.snippet?.publishedAt;
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The replies the thread carries inline (often only some of them). */
export function inlineReplies(thread: YouTubeThread): YouTubeComment[] {
  return thread.replies?.comments ?? [];
}

/** True when the thread says it has more replies than it carries, so comments.list must be asked. */
export function hasMoreReplies(thread: YouTubeThread): boolean {
  return (thread.snippet?.totalReplyCount ?? 0) > inlineReplies(thread).length;
}

function commentText(comment: YouTubeComment): string {
  const snippet = comment.snippet ?? {};
  // textOriginal is what the author typed; textDisplay is HTML (links, <br>) and only the fallback.
  if (typeof snippet.textOriginal === 'string') return collapseWhitespace(snippet.textOriginal);
  return typeof snippet.textDisplay === 'string' ? htmlToText(snippet.textDisplay) : '';
}

function commentUrl(
  id: string,
  videoId: string | undefined,
  channelId: string | undefined,
): string | undefined {
  if (videoId)
    return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&lc=${encodeURIComponent(id)}`;
  // Threads without a video were posted on the channel itself (its former "discussion" tab).
  if (channelId)
    return `https://www.youtube.com/channel/${encodeURIComponent(channelId)}/discussion?lc=${encodeURIComponent(id)}`;
  return undefined;
}

/** Where a thread lives and whose it is, resolved by the caller. */
export interface ThreadContext {
  videoId?: string;
  /** The monitored channel's id: its comments are never mentions, its replies are answers. */
  ownerId?: string;
  brand?: string;
}

function toMention(comment: YouTubeComment, threadId: string, at: ThreadContext): FoundMention | undefined {
  const id = comment.id;
  const text = commentText(comment);
  if (!id || text === '') return undefined;
  const snippet = comment.snippet ?? {};
  const mention: FoundMention = { externalId: id, threadId, text };
  const url = commentUrl(id, snippet.videoId ?? at.videoId, at.ownerId ?? snippet.channelId);
  if (url) mention.url = url;
  const author = snippet.authorDisplayName?.trim();
  if (author) mention.author = author;
  const createdAt = publishedAt(comment);
  if (createdAt) mention.createdAt = createdAt;
  if (typeof snippet.likeCount === 'number' && Number.isFinite(snippet.likeCount))
    mention.reach = snippet.likeCount;
  if (at.brand) mention.brand = at.brand;
  return mention;
}

/**
 * Splits one thread (with all the replies read for it) into mentions by others and, when the channel
 * replied, an answer to the top-level comment at the time of the channel's first reply.
 */
export function readThread(
  thread: YouTubeThread,
  replies: YouTubeComment[],
  at: ThreadContext,
): ThreadOutcome {
  const outcome: ThreadOutcome = { mentions: [], skipped: 0 };
  const top = thread.snippet?.topLevelComment;
  const threadId = thread.id ?? top?.id;
  if (!top || !threadId) return { ...outcome, skipped: 1 };
  const byOwner = (c: YouTubeComment): boolean =>
    at.ownerId !== undefined && c.snippet?.authorChannelId?.value === at.ownerId;

  const add = (comment: YouTubeComment): void => {
    if (byOwner(comment)) return;
    const mention = toMention(comment, threadId, at);
    if (mention) outcome.mentions.push(mention);
    else outcome.skipped++;
  };
  add(top);
  let first: { comment: YouTubeComment; at: Date } | undefined;
  for (const reply of replies) {
    if (!byOwner(reply)) {
      add(reply);
      continue;
    }
    const when = publishedAt(reply);
    if (when && (!first || when < first.at)) first = { comment: reply, at: when };
  }
  if (first && top.id && !byOwner(top)) {
    outcome.answer = { externalId: top.id, answeredAt: first.at };
    // Kept so the reply itself can be checked later (reply lint); only with an id to key it by.
    if (first.comment.id) outcome.answer.reply = { id: first.comment.id, text: commentText(first.comment) };
  }
  return outcome;
}
