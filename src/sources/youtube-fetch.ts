/** Reading one channel's or video's comment threads newest first, with every reply each thread needs. */
import type { FoundMention } from '../mention.js';
import type { BrandConfig } from './registry-types.js';
import type { BrandAnswer } from './source.js';
import { YouTubeApiError, type YouTubeClient } from './youtube-api.js';
import {
  hasMoreReplies,
  inlineReplies,
  publishedAt,
  readThread,
  type ThreadOutcome,
  type YouTubeComment,
  type YouTubeList,
  type YouTubeThread,
} from './youtube-threads.js';

/** What one commentThreads listing covers: all threads of a channel, or one video's. */
export interface Target {
  kind: 'channel' | 'video';
  id: string;
}

/** The settings reading needs from the source's options. */
export interface ReadSettings {
  maxPages: number;
  /**
   * Threads started in the last this many days are read again each scan, within `maxPages`: a reply by
   * the channel lands in an old thread, which new threads have pushed down the list.
   */
  lookbackDays: number;
  /** The monitored channel, when configured (`channelId`). */
  channelId?: string;
  /** The brand the source is tied to (`brand`). */
  brand?: string;
  brands: BrandConfig[];
}

// Comments can show up a little after their publishedAt (spam review, clock skew between Google's
// servers), so paging stops only at threads comfortably older than the last newest one.
const OVERLAP_MS = 10 * 60 * 1000;
// Each comments.list call costs a quota unit; a busy channel would otherwise spend the day's quota on
// replies, so they are capped per thread and per fetch (the caps are reported as warnings).
const REPLY_PAGES_PER_THREAD = 5;
const REPLY_REQUESTS_PER_FETCH = 50;

/** The cursor key of a target: `channel:UC…` or `video:…`. */
export function targetKey(target: Target): string {
  return `${target.kind}:${target.id}`;
}

/** Everything one fetch found across its targets, de-duplicated by id (pages may repeat threads). */
export class Harvest {
  readonly mentions: FoundMention[] = [];
  readonly answers: BrandAnswer[] = [];
  readonly warnings: string[] = [];
  skipped = 0;
  replyRequests = 0;
  threadsWithUnreadReplies = 0;
  private readonly ids = new Set<string>();
  private readonly answered = new Set<string>();
  private readonly ownerUnknown = new Set<string>();
  private readonly threads = new Set<string>();

  add(outcome: ThreadOutcome): void {
    for (const mention of outcome.mentions) {
      if (this.ids.has(mention.externalId)) continue;
      this.ids.add(mention.externalId);
      this.mentions.push(mention);
    }
    const answer = outcome.answer;
    if (answer?.externalId && !this.answered.has(answer.externalId)) {
      this.answered.add(answer.externalId);
      this.answers.push(answer);
    }
    this.skipped += outcome.skipped;
  }

  /** True the first time a thread id is seen in this fetch. */
  firstSight(threadId: string): boolean {
    if (this.threads.has(threadId)) return false;
    this.threads.add(threadId);
    return true;
  }

  /** Warns once per target that the channel's own replies cannot be told apart. */
  ownerMissing(target: Target): void {
    if (this.ownerUnknown.has(target.id)) return;
    this.ownerUnknown.add(target.id);
    this.warnings.push(
      `${target.kind} ${target.id}: the response does not say whose channel it is; set \`channelId\` to detect the channel's replies`,
    );
  }
}

/**
 * Reads one target's threads newest first until the last page, a page entirely older than both `since`
 * (minus an overlap) and the lookback window, or `maxPages`. Returns the newest top-level time seen:
 * the target's next cursor.
 */
export async function readTarget(
  client: YouTubeClient,
  target: Target,
  since: string | undefined,
  settings: ReadSettings,
  harvest: Harvest,
  now: Date,
): Promise<string | undefined> {
  const sinceCutoff = since === undefined ? undefined : Date.parse(since) - OVERLAP_MS;
  // Threads of the lookback window are read again for replies by the channel (the first scan reads
  // as far as maxPages lets it anyway).
  const lookback = now.getTime() - settings.lookbackDays * 86_400_000;
  const cutoff =
    sinceCutoff === undefined || Number.isNaN(sinceCutoff) ? sinceCutoff : Math.min(sinceCutoff, lookback);
  const filter = target.kind === 'channel' ? 'allThreadsRelatedToChannelId' : 'videoId';
  let newest: Date | undefined;
  let pageToken: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await client.get<YouTubeList<YouTubeThread>>('commentThreads', {
      part: 'snippet,replies',
      [filter]: target.id,
      order: 'time',
      maxResults: '100',
      pageToken,
    });
    let anyWithin = false;
    let anyNew = false;
    for (const thread of page.items ?? []) {
      const time = publishedAt(thread.snippet?.topLevelComment);
      if (time && (!newest || time > newest)) newest = time;
      if (!time || cutoff === undefined || Number.isNaN(cutoff) || time.getTime() >= cutoff) anyWithin = true;
      if (!time || sinceCutoff === undefined || time.getTime() >= sinceCutoff) anyNew = true;
      // A thread repeated on a later page (new comments push the list while paging) is read once.
      if (thread.id && !harvest.firstSight(thread.id)) continue;
      await readOneThread(client, thread, target, settings, harvest);
    }
    pageToken = page.nextPageToken || undefined;
    if (!pageToken || !anyWithin) break;
    if (pages >= settings.maxPages) {
      // Only worth saying when a cursor exists and the last page still held new comments: then
      // comments between the scans were skipped (older threads of the lookback window are no loss).
      if (sinceCutoff !== undefined && anyNew) {
        harvest.warnings.push(
          `${target.kind} ${target.id}: more than ${settings.maxPages} pages of new comments since the last scan; older ones were skipped (raise \`maxPages\` or scan more often)`,
        );
      }
      break;
    }
  }
  return newest?.toISOString();
}

async function readOneThread(
  client: YouTubeClient,
  thread: YouTubeThread,
  target: Target,
  settings: ReadSettings,
  harvest: Harvest,
): Promise<void> {
  const top = thread.snippet?.topLevelComment?.snippet;
  // For a video list the thread names the video's channel (newer responses); the config can say it too.
  const ownerId = settings.channelId ?? thread.snippet?.channelId ?? top?.channelId;
  if (ownerId === undefined) harvest.ownerMissing(target);
  const brand =
    settings.brand ??
    (ownerId === undefined ? undefined : settings.brands.find((b) => b.handles.youtube === ownerId)?.name);
  const videoId =
    thread.snippet?.videoId ?? top?.videoId ?? (target.kind === 'video' ? target.id : undefined);
  const replies = await allReplies(client, thread, harvest);
  harvest.add(readThread(thread, replies, { videoId, ownerId, brand }));
}

/** The thread's replies: inline when complete, else every page of comments.list?parentId= (capped). */
async function allReplies(
  client: YouTubeClient,
  thread: YouTubeThread,
  harvest: Harvest,
): Promise<YouTubeComment[]> {
  const inline = inlineReplies(thread);
  if (!hasMoreReplies(thread) || !thread.id) return inline;
  const byId = new Map(inline.map((c, i) => [c.id ?? `inline-${i}`, c]));
  let pageToken: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages >= REPLY_PAGES_PER_THREAD || harvest.replyRequests >= REPLY_REQUESTS_PER_FETCH) {
      harvest.threadsWithUnreadReplies++;
      break;
    }
    harvest.replyRequests++;
    let page: YouTubeList<YouTubeComment>;
    try {
      page = await client.get<YouTubeList<YouTubeComment>>('comments', {
        part: 'snippet',
        parentId: thread.id,
        maxResults: '100',
        pageToken,
      });
    } catch (err) {
      // A thread deleted between the two calls (404) must not cost the whole fetch; quota and server
      // errors stop it like any other request.
      if (!(err instanceof YouTubeApiError) || err.isQuota || err.status < 400 || err.status >= 500)
        throw err;
      harvest.warnings.push(
        `thread ${thread.id}: replies could not be read (${err.status} ${err.reason}); used the ${inline.length} sent with the thread`,
      );
      break;
    }
    for (const reply of page.items ?? []) if (reply.id) byId.set(reply.id, reply);
    pageToken = page.nextPageToken || undefined;
    if (!pageToken) break;
  }
  return [...byId.values()];
}
