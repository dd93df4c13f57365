/** Shared by answer, ignore and reopen: validate ids, record the change with its time. */
import type { Context } from './context.js';
import type { MentionStatus } from '../mention.js';
import { EXIT } from './exit-codes.js';
import { parseIds, parseSince } from './filters.js';
import { setStatus } from '../store/mentions.js';
import { UsageError } from '../errors.js';
import { plural } from '../output/plural.js';

/** Applies one status to the given ids; unknown ids change nothing and exit 2. */
export async function changeStatus(
  ctx: Context,
  args: string[],
  opts: Record<string, unknown>,
  status: MentionStatus,
): Promise<number> {
  const ids = parseIds(args);
  const now = ctx.now();
  const given = typeof opts.at === 'string';
  const at = given ? parseAt(opts.at as string, now) : now;
  const db = await ctx.db();
  const note = opts.note as string | undefined;
  // An explicit --at corrects the time of an answer already recorded; without it, the first one stands.
  const outcome = setStatus(db, ids, { status, at, by: 'manual', note, recordedAt: now, correct: given });
  const parts = [
    outcome.changed.length > 0 ? `${plural(outcome.changed.length, 'mention')} marked ${status}` : '',
    outcome.unchanged.length > 0
      ? `${outcome.unchanged.join(', ')} already ${status}${status === 'answered' ? ' (time kept; --at corrects it)' : ''}`
      : '',
  ];
  ctx.info(parts.filter(Boolean).join('; '));
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
