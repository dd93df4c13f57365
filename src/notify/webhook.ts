/** The webhook channel: POSTs the alert as JSON, or in Slack's incoming-webhook format. */
import type { WebhookChannelConfig } from '../config/notify-schema.js';
import type { AlertMessage } from './alert.js';
import { DeliveryError, describeError } from './errors.js';
import { slackBody } from './format.js';

/** How long one POST may take before it counts as failed. */
const TIMEOUT_MS = 15_000;

/** Sends one message; throws DeliveryError on a network error or a non-2xx answer. */
export async function sendWebhook(
  channel: WebhookChannelConfig,
  message: AlertMessage,
  fetch: typeof globalThis.fetch,
): Promise<void> {
  const body = channel.flavour === 'slack' ? slackBody(message) : message;
  let res: Response;
  try {
    res = await fetch(channel.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...channel.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new DeliveryError(`POST failed: ${describeError(err)}`, true, { cause: err });
  }
  // The answer is read in full so the connection can be reused, and a short one explains a failure.
  const text = await res.text().catch(() => '');
  if (res.ok) return;
  const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  // 408 and 429 are worth another try; other 4xx mean the request itself is wrong.
  const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
  throw new DeliveryError(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`, retryable);
}
