/** Retrying what SQLite reports busy at once, without waiting out its busy timeout. */

/** How long a command waits for a database another process holds. */
export const BUSY_MS = 5000;

/** Whether `err` is SQLite's SQLITE_BUSY (or one of its extended codes). */
export function isBusy(err: unknown): boolean {
  return ((err as { code?: unknown } | null)?.code ?? '').toString().startsWith('SQLITE_BUSY');
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
