/** One-line, actionable messages for what the X API refused, and whether the scan can go on. */
import type { XApiError } from './twitter-client.js';
import type { QueryPlan } from './twitter-query.js';
import { formatUtcTime } from '../output/utc-time.js';
import { retryTime } from './retry-at.js';

/** How a failure affects the scan: stop with what was read, skip this read with a warning, or fail. */
export interface Failure {
  effect: 'partial' | 'warning' | 'fail';
  message: string;
  /** When the rate limit resets: the source is not fetched again before. */
  retryAt?: Date;
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
      // A reset already past, or implausibly far, is no wait (see retryTime).
      const reset = retryTime(err.resetAt, now);
      return {
        effect: 'partial',
        message: reset
          ? `rate limited until ${formatUtcTime(reset, now)} (429); scans wait until then and resume from the saved cursor`
          : 'rate limited (429); the next scan resumes from the saved cursor',
        ...(reset ? { retryAt: reset } : {}),
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
