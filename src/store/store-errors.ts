/** SQLite's failures: told apart, retried when SQLite gives up at once, said in words that name the file. */
import path from 'node:path';
import type { Db } from './statements.js';

/** The SQLite result code of an error (SQLITE_READONLY_DBMOVED …), or undefined for other errors. */
export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** How long a command waits for a database another process holds. */
export const BUSY_MS = 5000;

/** Whether `err` is SQLite's SQLITE_BUSY (or one of its extended codes). */
export function isBusy(err: unknown): boolean {
  return sqliteCode(err)?.startsWith('SQLITE_BUSY') === true;
}

/**
 * Runs `step`, retrying it every 10 ms while SQLite answers SQLITE_BUSY, until `deadline` (epoch ms);
 * then the last error is thrown. Switching a new file to WAL needs the file to itself, and when two
 * processes try at once SQLite fails one of them at once rather than through the busy timeout: two
 * scans started together on a fresh database would otherwise lose one of them.
 */
export function whileBusy<T>(step: () => T, deadline: number): T {
  for (;;) {
    try {
      return step();
    } catch (err) {
      if (!isBusy(err) || Date.now() >= deadline) throw err;
      Atomics.wait(PAUSE, 0, 0, 10);
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * One line for an SQLite failure on `file` that a person can act on, or undefined when SQLite's own
 * message is the best there is.
 */
export function describeStoreError(err: unknown, file: string): string | undefined {
  const code = sqliteCode(err);
  if (code === undefined) return undefined;
  if (code.startsWith('SQLITE_READONLY')) {
    const dir = path.dirname(file);
    return (
      `database ${file}: cannot write to it (the file, or its directory ${dir} where SQLite keeps ` +
      `${path.basename(file)}-wal and -shm, is read-only); make both writable by this user, or set \`database:\` to a writable place`
    );
  }
  if (isBusy(err)) {
    return `database ${file}: busy for ${BUSY_MS / 1000} s (another process holds it); try again when it is done`;
  }
  if (code.startsWith('SQLITE_FULL'))
    return `database ${file}: the disk is full; free some space and run again`;
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return `database ${file}: cannot open it or its -wal/-shm files; check the path and permissions`;
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return `database ${file}: the file is damaged; restore it from a backup (mentions export makes one)`;
  }
  return undefined;
}

/**
 * Throws SQLite's error when this connection cannot write (a read-only file, or a read-only directory
 * for the -wal and -shm files), writing nothing: a write in a transaction rolled back. While another
 * process writes it waits `waitMs`, then throws SQLITE_BUSY.
 */
export function checkWritable(db: Db, waitMs = 1000): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
  try {
    db.exec('BEGIN IMMEDIATE');
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  try {
    db.prepare(
      "INSERT OR REPLACE INTO locks (name, pid, host, acquired_at) VALUES ('write check', 0, '', 0)",
    ).run();
  } finally {
    // Some failures (a full disk) roll the transaction back already: the error is then SQLite's own.
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
