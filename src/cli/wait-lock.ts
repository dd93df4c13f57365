/** Waiting for a named lock in the database (one scan, one alert delivery at a time). */
import type { Context } from './context.js';
import { UsageError } from '../errors.js';
import type { Db } from '../store/db.js';
import { tryLock, type LockHolder } from '../store/scan-lock.js';

/**
 * Takes the named lock, waiting up to `seconds` for another process to release it; returns that
 * process when it still holds the lock, else null (the lock is now this process's).
 */
export async function waitForLock(
  ctx: Context,
  db: Db,
  name: string,
  seconds: number,
  waiting: (holder: LockHolder) => string,
): Promise<LockHolder | null> {
  const deadline = Date.now() + Math.max(0, seconds) * 1000;
  let noted = false;
  for (;;) {
    const holder = tryLock(db, name, ctx.pid, ctx.now());
    if (!holder || Date.now() >= deadline) return holder;
    if (!noted) ctx.info(waiting(holder));
    noted = true;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `--wait SECONDS`: a number of seconds, 0 or more. */
export function parseWait(value: unknown): number {
  const seconds = Number(value ?? 30);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`--wait "${String(value)}": give a number of seconds (0 or more)`);
  }
  return seconds;
}
