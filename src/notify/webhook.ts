/** The webhook channel: POSTs the alert as JSON, or as a readable message in Slack's incoming-webhook format. */
import type { WebhookChannelConfig } from '../config/notify-schema.js';
import { excerpt, type Alert, type AlertMessage } from './alert.js';
import { DeliveryError, describeError } from './deliver.js';
import { alertFacts, safeLink } from './format.js';
import { redactUrl } from '../redact.js';
import { takeBasicAuth } from '../http-auth.js';
import { escapeUnsafeJson } from '../output/json.js';

/** How long one POST may take before it counts as failed. */
const TIMEOUT_MS = 15_000;

/** Sends one message; throws DeliveryError on a network error or a non-2xx answer. */
export async function sendWebhook(
  channel: WebhookChannelConfig,
  message: AlertMessage,
  fetch: typeof globalThis.fetch,
): Promise<void> {
  const body = channel.flavour === 'slack' ? slackBody(message) : message;
  const { url, authorization } = withoutCredentials(channel.url);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(authorization ? { Authorization: authorization } : {}),
        ...channel.headers,
      },
      // As every JSON this tool writes: strangers' text with no character a terminal would act on.
      body: escapeUnsafeJson(JSON.stringify(body)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    // fetch quotes a URL it cannot parse; its path or query may hold the hook's key, so only the host shows.
    const shown = `${redactUrl(channel.url).replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]*).*$/is, '$1')}/…`;
    const why = describeError(err).split(channel.url).join(shown);
    throw new DeliveryError(`POST failed: ${why}`, true, { cause: err });
  }
  // The answer is read in full so the connection can be reused, and a short one explains a failure.
  const text = await res.text().catch(() => '');
  if (res.ok) return;
  const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  // 408 and 429 are worth another try; other 4xx mean the request itself is wrong.
  const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
  throw new DeliveryError(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`, retryable);
}

/** The URL to POST to, and the Authorization its `user:password@` makes (fetch refuses such URLs). */
function withoutCredentials(raw: string): { url: string; authorization?: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: raw };
  }
  const authorization = takeBasicAuth(url);
  return authorization ? { url: url.href, authorization } : { url: raw };
}

/** Slack's incoming-webhook body. */
export interface SlackBody {
  text: string;
  blocks?: unknown[];
}

/** Slack lists at most 50 blocks; a summary shows this many alerts and counts the rest. */
const SLACK_MAX_ALERTS = 20;

/** Slack's incoming-webhook message: the title as fallback text, then the text and the facts. */
export function slackBody(message: AlertMessage): SlackBody {
  if (message.kind !== 'summary') return { text: slackEscape(message.title), blocks: slackBlocks(message) };
  const shown = message.alerts.slice(0, SLACK_MAX_ALERTS);
  const blocks: unknown[] = [section(`*${slackEscape(message.title)}*`)];
  for (const a of shown) blocks.push(...slackBlocks(a));
  const rest = message.alerts.length - shown.length;
  if (rest > 0) blocks.push(section(`… and ${rest} more: see \`mentions list\``));
  return { text: slackEscape(message.title), blocks };
}

function slackBlocks(a: Alert): unknown[] {
  const quote = a.kind === 'crisis' ? '' : `\n>${slackEscape(excerpt(a.mention.text))}`;
  const facts = alertFacts(a)
    .filter(([label]) => label !== 'link' && label !== 'id')
    .map(([label, value]) => `${label}: ${slackEscape(value)}`);
  const link = a.kind === 'crisis' ? undefined : safeLink(a.mention.url);
  if (link) facts.push(`<${link.replace(/\|/g, '%7C')}|open the mention>`);
  return [
    section(`*${slackEscape(a.title)}*${quote}`),
    { type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · ') }] },
  ];
}

function section(text: string) {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Slack reads `&`, `<` and `>` as markup (`<!channel>` pings everyone), so they are escaped. */
function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
