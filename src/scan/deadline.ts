/**
 * A source's timeout that does not count time spent queued for a request slot: with 200 sources and 16
 * slots, the last sources wait for others' requests, and that wait is not theirs to be cut off for.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private remaining: number;
  private since = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(ms: number) {
    this.remaining = ms;
    this.signal = this.controller.signal;
  }

  /** Counts time from now on. */
  run(): void {
    if (this.timer !== undefined || this.signal.aborted) return;
    this.since = Date.now();
    this.timer = setTimeout(
      () => this.controller.abort(new DOMException('timed out', 'TimeoutError')),
      Math.max(0, this.remaining),
    );
  }

  /** Stops counting (while queued), keeping the time already used. */
  pause(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.remaining -= Date.now() - this.since;
  }

  /** Ends the deadline for good. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
