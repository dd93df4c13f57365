/** A time for a cron log, read on servers in any zone: in UTC, and saying so. */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `14:05 UTC`, or `2026-12-01 14:05 UTC` when it is not within the 12 hours after `now` (a time nearly a
 * day ahead would read as one already past).
 */
export function formatUtcTime(at: Date, now: Date): string {
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
  const soon = at.getTime() - now.getTime() < 12 * 3600 * 1000 && at.getTime() >= now.getTime();
  return soon ? time : `${at.toISOString().slice(0, 10)} ${time}`;
}

const PACIFIC = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds since midnight, Pacific time (Los Angeles, daylight saving included), at `at`. */
function pacificSinceMidnight(at: Date): number {
  const parts = PACIFIC.formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + at.getUTCMilliseconds();
}

/** The next midnight Pacific time after `now`: when Google's daily API quotas reset. */
export function nextPacificMidnight(now: Date): Date {
  const day = 24 * 3600 * 1000;
  const guess = new Date(now.getTime() - pacificSinceMidnight(now) + day);
  // On the days the clocks change, the day is 23 or 25 hours long: move to the real midnight.
  const off = pacificSinceMidnight(guess);
  return off === 0 ? guess : new Date(guess.getTime() - (off > day / 2 ? off - day : off));
}
