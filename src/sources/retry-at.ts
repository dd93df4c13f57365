/** When a server asked not to be asked again (Retry-After, a rate-limit reset), as scans believe it. */

/**
 * The longest wait believed: a later time is cut to this, and the source tried again then. A day and
 * the hour a clock change adds (a quota that resets at midnight Pacific time may be 25 hours off).
 */
export const MAX_WAIT_MS = 25 * 3600 * 1000;

/** The time scans leave a source alone until: none when not in the future, at most 25 hours away. */
export function retryTime(at: Date | undefined, now: Date): Date | undefined {
  if (at === undefined || !(at.getTime() > now.getTime())) return undefined;
  return new Date(Math.min(at.getTime(), now.getTime() + MAX_WAIT_MS));
}

// The three HTTP-date forms (RFC 9110 5.6.7): IMF-fixdate, obsolete RFC 850 and asctime.
// asctime names no zone; HTTP dates are GMT, so " GMT" is added lest it be read as local time.
const HTTP_DATE = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
];
const ASCTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * A Retry-After value (RFC 9110 10.2.3: delay seconds, or an HTTP-date) as a time; anything else ("-5",
 * "1.5", "soon"), which a lenient date parser would read as some year, is none.
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return new Date(now.getTime() + Math.min(Number(v), 1e9) * 1000);
  const asctime = ASCTIME.test(v);
  if (!asctime && !HTTP_DATE.some((form) => form.test(v))) return undefined;
  const at = new Date(asctime ? `${v} GMT` : v);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
