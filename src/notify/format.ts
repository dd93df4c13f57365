/** How an alert reads to people: its facts, the e-mail subject and the plain-text body. */
import { excerpt, formatSla, type Alert, type AlertMessage } from './alert.js';
import { formatAge } from '../output/relative-time.js';
import { sanitizeForTerminal } from '../output/sanitize.js';

/** The facts of an alert as label/value pairs, values already safe to show. */
export function alertFacts(a: Alert): [string, string][] {
  if (a.kind === 'crisis') {
    const facts: [string, string][] = [
      ['kind', 'crisis'],
      ['brand', clean(a.brand)],
      ['complaints', `${a.crisis.count} (usually ${a.crisis.usual})`],
    ];
    if (a.crisis.words.length > 0) facts.push(['words', clean(a.crisis.words.join(', '))]);
    return facts;
  }
  const m = a.mention;
  const business =
    m.businessAgeSeconds !== null ? ` (${formatAge(m.businessAgeSeconds)} in business hours)` : '';
  const facts: [string, string][] = [
    ['kind', a.kind],
    ['brand', clean(a.brand ?? 'none')],
    ['source', clean(a.source)],
    ['age', `${formatAge(m.ageSeconds)}${business}`],
    ['SLA', `${formatSla(a.sla.firstResponseSeconds)} / ${formatSla(a.sla.maxSeconds)}`],
  ];
  if (m.author) facts.push(['author', clean(m.author)]);
  facts.push(['score', String(m.complaintScore)]);
  if (safeLink(m.url)) facts.push(['link', safeLink(m.url) as string]);
  facts.push(['id', `${m.id} (mentions show ${m.id})`]);
  return facts;
}

/** The e-mail subject: `[mentions] complaint past 24h: Acme on twitter`. */
export function emailSubject(message: AlertMessage): string {
  return `[mentions] ${message.title}`;
}

/** The plain-text e-mail body: each alert's title, facts and text. */
export function emailText(message: AlertMessage): string {
  if (message.kind !== 'summary') return alertText(message);
  return `${message.title}\n\n${message.alerts.map(alertText).join('\n---\n\n')}`;
}

function alertText(a: Alert): string {
  const facts = alertFacts(a);
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  const lines = facts.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`);
  const body = a.kind === 'crisis' ? '' : `\n${excerpt(a.mention.text, 1000)}\n`;
  return `${a.title}\n\n${lines.join('\n')}\n${body}`;
}

/** Only http(s) links are shown, without characters that would break out of Slack's `<url|label>`. */
export function safeLink(url: string | null): string | undefined {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return undefined;
  return url.replace(/[<>]/g, encodeURIComponent);
}

function clean(s: string): string {
  return sanitizeForTerminal(s, { singleLine: true });
}
