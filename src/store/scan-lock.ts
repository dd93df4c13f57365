/** A scan lock in the database: one scan at a time; a lock left by a killed process is taken over. */
import os from 'node:os';
import { stmt, type Db } from './statements.js';

/** Who holds the lock when it could not be taken. */
export interface LockHolder {
  pid: number;
  acquiredAt: Date;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tries once to take the named lock; returns the live holder if another process has it. */
export function tryLock(db: Db, name: string, pid: number, now: Date): LockHolder | null {
  const host = os.hostname();
  return db
    .transaction((): LockHolder | null => {
      const row = stmt(db, 'SELECT pid, host, acquired_at FROM locks WHERE name = ?').get(name) as
        { pid: number; host: string; acquired_at: number } | undefined;
      // A holder on another host cannot be checked; after six hours it is presumed dead.
      const stale =
        row && (row.host === host ? !alive(row.pid) : now.getTime() - row.acquired_at > 6 * 3600_000);
      if (row && row.pid !== pid && !stale) return { pid: row.pid, acquiredAt: new Date(row.acquired_at) };
      stmt(db, 'INSERT OR REPLACE INTO locks (name, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(
        name,
        pid,
        host,
        now.getTime(),
      );
      return null;
    })
    .immediate();
}

/** Releases the lock if this process holds it. */
export function unlock(db: Db, name: string, pid: number): void {
  stmt(db, 'DELETE FROM locks WHERE name = ? AND pid = ? AND host = ?').run(name, pid, os.hostname());
}
