/** The `youtube` source: comments on a channel's videos (or on listed videos) via the YouTube Data API v3. */
import type { BrandConfig, SourceOptions } from './registry-types.js';
import {
  SourceError,
  type Source,
  type SourceContext,
  type SourceCursor,
  type SourceResult,
} from './source.js';
import { DEFAULT_BASE_URL, YouTubeApiError, YouTubeClient, describeApiError } from './youtube-api.js';
import { Harvest, readTarget, targetKey, type ReadSettings, type Target } from './youtube-fetch.js';

/** The validated options of one `youtube` source. */
interface YouTubeOptions extends ReadSettings {
  name: string;
  apiKey: string;
  baseUrl: string;
  targets: Target[];
  videoIds: string[];
}

const DEFAULT_MAX_PAGES = 5;
const DEFAULT_LOOKBACK_DAYS = 7;

function readOptions(options: SourceOptions, brands: BrandConfig[]): YouTubeOptions {
  const fail = (message: string): never => {
    throw new SourceError(options.name, message);
  };
  const apiKey = typeof options.apiKey === 'string' ? options.apiKey.trim() : '';
  if (!apiKey) fail('missing `apiKey`; set it to a youtube data api v3 key, e.g. apiKey: ${YOUTUBE_API_KEY}');
  const channelId = typeof options.channelId === 'string' ? options.channelId.trim() : '';
  if (channelId && !/^UC[\w-]+$/.test(channelId)) {
    fail(
      `\`channelId\` must be a channel id starting with "UC", got "${channelId}"; find it in youtube studio under settings → channel → advanced settings`,
    );
  }
  const videoIds = Array.isArray(options.videoIds)
    ? options.videoIds
        .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
        .map((v) => v.trim())
    : [];
  if (!channelId && videoIds.length === 0) fail('set `channelId` (a channel to watch) or `videoIds`');
  const maxPages = options.maxPages === undefined ? DEFAULT_MAX_PAGES : Number(options.maxPages);
  if (!Number.isInteger(maxPages) || maxPages < 1) fail('`maxPages` must be a whole number of at least 1');
  const lookbackDays =
    options.lookbackDays === undefined ? DEFAULT_LOOKBACK_DAYS : Number(options.lookbackDays);
  if (!(lookbackDays > 0)) fail('`lookbackDays` must be more than 0');
  const baseUrl = typeof options.baseUrl === 'string' && options.baseUrl ? options.baseUrl : DEFAULT_BASE_URL;
  const targets: Target[] =
    videoIds.length > 0
      ? videoIds.map((id) => ({ kind: 'video' as const, id }))
      : [{ kind: 'channel', id: channelId }];
  return {
    name: options.name,
    apiKey,
    baseUrl,
    targets,
    videoIds,
    maxPages,
    lookbackDays,
    channelId: channelId || undefined,
    brand: options.brand,
    brands,
  };
}

/** The saved per-target times (`{"video:abc": "2019-11-26T15:51:44.000Z"}`); unreadable ones start afresh. */
function parseCursor(cursor: SourceCursor | null, warnings: string[]): Record<string, string> {
  if (!cursor?.value) return {};
  try {
    const parsed = JSON.parse(cursor.value) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed).filter(([, v]) => typeof v === 'string' && !Number.isNaN(Date.parse(v))),
      ) as Record<string, string>;
    }
  } catch {
    // Fall through: a cursor from another version of this source is simply ignored.
  }
  warnings.push('the saved position was unreadable; read the newest comments again');
  return {};
}

/** A video the API cannot serve comments for is skipped with a warning; anything else stops the fetch. */
function skippableVideoProblem(target: Target, err: unknown): string | undefined {
  if (target.kind !== 'video' || !(err instanceof YouTubeApiError)) return undefined;
  if (err.reason === 'commentsDisabled') return `video ${target.id}: comments are disabled; skipped`;
  if (err.reason === 'forbidden') {
    return `video ${target.id}: comments cannot be read (${err.status} forbidden; a private or restricted video); skipped`;
  }
  if (err.status === 404) {
    return `video ${target.id}: not found (${err.status} ${err.reason}); remove it from \`videoIds\``;
  }
  return undefined;
}

async function fetchComments(
  ctx: SourceContext,
  o: YouTubeOptions,
  cursor: SourceCursor | null,
): Promise<SourceResult> {
  const client = new YouTubeClient(ctx, { sourceName: o.name, apiKey: o.apiKey, baseUrl: o.baseUrl });
  const harvest = new Harvest();
  const saved = parseCursor(cursor, harvest.warnings);
  const next = { ...saved };
  let partialError: string | undefined;
  let retryAt: Date | undefined;
  for (const target of o.targets) {
    const key = targetKey(target);
    try {
      const newest = await readTarget(client, target, saved[key], o, harvest, ctx.now());
      // ISO strings of the same format compare in time order.
      if (newest && (!saved[key] || newest > saved[key])) next[key] = newest;
    } catch (err) {
      const skip = skippableVideoProblem(target, err);
      if (skip) {
        harvest.warnings.push(skip);
        continue;
      }
      const failure =
        err instanceof YouTubeApiError ? describeApiError(o.name, err, o.apiKey, ctx.now()) : err;
      // Nothing read yet: a plain failure. Otherwise keep what was read; this target's cursor stays
      // where it was, so the next scan reads its unread pages again.
      if (client.pagesRead === 0 || !(failure instanceof SourceError)) throw failure;
      partialError = failure.message;
      retryAt = failure.retryAt;
      break;
    }
  }
  if (harvest.threadsWithUnreadReplies > 0) {
    harvest.warnings.push(
      `${harvest.threadsWithUnreadReplies} threads have more replies than were read (at most 500 per thread and 50 reply requests per scan)`,
    );
  }
  if (harvest.skipped > 0) harvest.warnings.push(`skipped ${harvest.skipped} comments without an id or text`);
  return {
    mentions: harvest.mentions,
    answers: harvest.answers,
    cursor: { value: JSON.stringify(next) },
    notModified: false,
    warnings: harvest.warnings,
    ...(partialError === undefined ? {} : { partialError }),
    ...(partialError !== undefined && retryAt !== undefined ? { retryAt } : {}),
  };
}

interface TitleList {
  items?: Array<{ snippet?: { title?: string; channelTitle?: string } }>;
}

/** `mentions doctor`: one channels.list (or videos.list) call shows the key works and names the channel. */
async function verify(ctx: SourceContext, o: YouTubeOptions): Promise<string> {
  const client = new YouTubeClient(ctx, { sourceName: o.name, apiKey: o.apiKey, baseUrl: o.baseUrl });
  const [resource, id, option] = o.channelId
    ? ['channels', o.channelId, 'channelId']
    : ['videos', o.videoIds[0], 'videoIds'];
  let list: TitleList;
  try {
    list = await client.get<TitleList>(resource, { part: 'snippet', id });
  } catch (err) {
    throw err instanceof YouTubeApiError ? describeApiError(o.name, err, o.apiKey) : err;
  }
  const snippet = list.items?.[0]?.snippet;
  const title = resource === 'channels' ? snippet?.title : snippet?.channelTitle;
  if (!snippet) {
    throw new SourceError(
      o.name,
      `key accepted, but ${resource.slice(0, -1)} ${id} was not found; check \`${option}\``,
    );
  }
  return `key accepted; channel "${title ?? '?'}"`;
}

/** Creates the source; throws a SourceError naming the option to fix when the options cannot work. */
export function create(options: SourceOptions, brands: BrandConfig[]): Source {
  const o = readOptions(options, brands);
  return {
    name: o.name,
    type: 'youtube',
    brand: o.brand,
    fetch: (ctx, cursor) => fetchComments(ctx, o, cursor),
    verify: (ctx) => verify(ctx, o),
  };
}
