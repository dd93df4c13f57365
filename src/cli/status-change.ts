/** Shared by answer, ignore and reopen: validate ids, record the change with its time. */
import type { Context } from './context.js';
import type { MentionStatus } from '../mention.js';
import { EXIT } from './exit-codes.js';
import { parseIds, parseSince } from './filters.js';
import { setStatus } from '../store/mentions.js';
import { UsageError } from '../errors.js';

/** Applies one status to the given ids; unknown ids change nothing and exit 2. */
export async function changeStatus(
  ctx: Context,
  args: string[],
  opts: Record<string, unknown>,
  status: MentionStatus,
): Promise<number> {
  const ids = parseIds(args);
  const now = ctx.now();
  const at = typeof opts.at === 'string' ? parseAt(opts.at, now) : now;
  const db = await ctx.db();
  setStatus(db, ids, { status, at, by: 'manual', note: opts.note as string | undefined, recordedAt: now });
  ctx.info(`${ids.length} mention${ids.length === 1 ? '' : 's'} marked ${status}`);
  return EXIT.ok;
}

/** `--at`: a date/time, or a duration ago (`20m` = twenty minutes ago); not in the future. */
function parseAt(text: string, now: Date): Date {
  let at: Date;
  try {
    at = parseSince(text, now);
  } catch {
    throw new UsageError(`--at "${text}": use a time (2026-11-24T09:30) or a duration ago (20m)`);
  }
  if (at.getTime() > now.getTime() + 60_000) throw new UsageError(`--at "${text}" is in the future`);
  return at;
}
