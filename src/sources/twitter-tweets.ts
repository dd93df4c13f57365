/** Tweets as mentions, and the brand's own replies as answers. */
import type { FoundMention } from '../mention.js';
import { decodeEntities } from './html-text.js';
import type { BrandAnswer } from './source.js';
import type { XTweet, XUser } from './twitter-client.js';

/** The fields this source asks for on every tweet read (kept in one place for requests and tests). */
export const TWEET_FIELDS = {
  'tweet.fields':
    'author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,public_metrics,lang',
  'user.fields': 'username,name,public_metrics',
} as const;

/** True for a retweet (`RT @…`): it repeats someone else's post and is never a mention of its own. */
export function isRetweet(tweet: XTweet): boolean {
  return tweet.referenced_tweets?.some((r) => r.type === 'retweeted') ?? false;
}

function validDate(value: string | undefined): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * Reach = likes + retweets + replies + quotes of the tweet + the author's followers: how many people
 * the tweet has visibly reached or can reach. Undefined when the API sent none of these numbers.
 */
export function reachOf(tweet: XTweet, author: XUser | undefined): number | undefined {
  const m = tweet.public_metrics;
  const parts = [m?.like_count, m?.retweet_count, m?.reply_count, m?.quote_count];
  parts.push(author?.public_metrics?.followers_count);
  const known = parts.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

/** A tweet as a mention of `brand`. v2 text escapes `&`, `<` and `>` as entities; they are decoded here. */
export function tweetToMention(tweet: XTweet, users: Map<string, XUser>, brand?: string): FoundMention {
  const author = tweet.author_id ? users.get(tweet.author_id) : undefined;
  const username = author?.username;
  const mention: FoundMention = {
    externalId: tweet.id,
    // x.com resolves /i/web/status/<id> when the author's handle is unknown.
    url: `https://x.com/${username ? encodeURIComponent(username) : 'i/web'}/status/${tweet.id}`,
    text: decodeEntities(tweet.text ?? '').trim(),
  };
  if (username) mention.author = username;
  if (author?.name?.trim()) mention.authorName = author.name.trim();
  if (tweet.lang) mention.lang = tweet.lang;
  if (tweet.conversation_id) mention.threadId = tweet.conversation_id;
  const createdAt = validDate(tweet.created_at);
  if (createdAt) mention.createdAt = createdAt;
  if (brand) mention.brand = brand;
  const reach = reachOf(tweet, author);
  if (reach !== undefined) mention.reach = reach;
  const followers = author?.public_metrics?.followers_count;
  if (typeof followers === 'number') mention.authorFollowers = followers;
  return mention;
}

/**
 * What one reply by the brand answers: the tweet it replied to, and every earlier tweet of its
 * conversation by the person it replied to (or by anyone, when that person is not known).
 */
export function replyToAnswers(reply: XTweet, users: Map<string, XUser>): BrandAnswer[] {
  const answeredAt = validDate(reply.created_at);
  if (!answeredAt) return [];
  const answers: BrandAnswer[] = [];
  const parent = reply.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  if (parent) answers.push({ externalId: parent, answeredAt });
  if (reply.conversation_id) {
    const to = reply.in_reply_to_user_id ? users.get(reply.in_reply_to_user_id)?.username : undefined;
    answers.push({ threadId: reply.conversation_id, ...(to ? { toAuthor: to } : {}), answeredAt });
  }
  // The reply's own text is kept once (with the first answer) for reply lint.
  if (answers.length > 0) answers[0] = { ...answers[0], reply: { id: reply.id, text: reply.text } };
  return answers;
}

/** Adds `includes.users` of a page to the users known so far. */
export function addUsers(users: Map<string, XUser>, page: { includes?: { users?: XUser[] } }): void {
  for (const u of page.includes?.users ?? []) if (u?.id) users.set(u.id, u);
}
