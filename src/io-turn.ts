/** Letting the event loop read what has arrived before a stretch of CPU work. */

/**
 * Resolves once the event loop has been through its I/O phase: answers that have arrived meanwhile are
 * read, and the requests waiting on them sent, before the caller's parsing or storing starts. A scan of
 * many feeds keeps its requests going out on time instead of queueing them behind that work.
 */
export function afterPendingIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
