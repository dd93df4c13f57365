/** One-line, actionable messages for what the X API refused, and whether the scan can go on. */
import type { XApiError } from './twitter-client.js';
import type { QueryPlan } from './twitter-query.js';

/** How a failure affects the scan: stop with what was read, skip this read with a warning, or fail. */
export interface Failure {
  effect: 'partial' | 'warning' | 'fail';
  message: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The reset time in UTC (the API gives epoch seconds; a cron log is read on servers in any zone, so
 * the time says UTC): `14:05 UTC`, or with the date when it is not within the next 24 hours.
 */
export function formatReset(reset: Date, now: Date): string {
  const time = `${pad(reset.getUTCHours())}:${pad(reset.getUTCMinutes())} UTC`;
  const soon = reset.getTime() - now.getTime() < 24 * 3600 * 1000 && reset.getTime() >= now.getTime();
  return soon ? time : `${reset.toISOString().slice(0, 10)} ${time}`;
}

function detail(err: XApiError): string {
  const text = err.message.trim().toLowerCase().replace(/\.$/, '');
  return text ? `: ${text}` : '';
}

/** What a failed request of `plan` (or of the handle lookup, `plan` undefined) means for the scan. */
export function describeFailure(
  err: XApiError,
  plan: QueryPlan | undefined,
  host: string,
  now: Date,
): Failure {
  const what = plan?.kind === 'mentions' ? `the mentions timeline of @${plan.handle}` : undefined;
  switch (true) {
    case err.status === 429: {
      const until = err.resetAt ? ` until ${formatReset(err.resetAt, now)}` : '';
      return {
        effect: 'partial',
        message: `rate limited${until} (429); the next scan resumes from the saved cursor`,
      };
    }
    case err.status === 401:
      return {
        effect: 'fail',
        message: 'the bearer token was refused (401); check bearerToken / X_BEARER_TOKEN',
      };
    case err.status === 403 && what !== undefined:
      return {
        effect: 'warning',
        message: `${what} is not available to this token (403); only recent search is used`,
      };
    case err.status === 403:
      return {
        effect: 'fail',
        message:
          "recent search was refused (403): this app's access level does not include it; the free tier " +
          'has no search, use basic or pro (or pay-per-use credits) and attach the app to a project',
      };
    case err.status === 404 && what !== undefined:
      return { effect: 'warning', message: `${what} was not found (404); check brands[].handles.twitter` };
    case err.status === 400:
      return {
        effect: 'fail',
        message: `the api rejected the request (400${detail(err)}); check \`query\` and the brand keywords`,
      };
    case err.status >= 500:
      return { effect: 'fail', message: `x api error (${err.status}${detail(err)}); the next scan retries` };
    case err.status === 0:
      return { effect: 'fail', message: `${err.message} reaching ${host}; check the network or \`baseUrl\`` };
    default:
      return { effect: 'fail', message: `http ${err.status} from ${host}${detail(err)}` };
  }
}
