/** A time for a cron log, read on servers in any zone: in UTC, and saying so. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `14:05 UTC`, or `2026-12-01 14:05 UTC` when it is not within the 24 hours after `now`. */
export function formatUtcTime(at: Date, now: Date): string {
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
  const soon = at.getTime() - now.getTime() < 24 * 3600 * 1000 && at.getTime() >= now.getTime();
  return soon ? time : `${at.toISOString().slice(0, 10)} ${time}`;
}
