/** Synthetic but varied brand-mention texts for the benchmarks: complaints, questions, praise and chatter. */

/** The kind of text wanted; the classifier decides on its own what it really is. */
export type TextKind = 'complaint' | 'question' | 'praise' | 'neutral';

const PRODUCTS = [
  'app',
  'cloud backup',
  'router',
  'subscription',
  'delivery',
  'support line',
  'website',
  'card',
];
const CITIES = ['Leeds', 'Austin', 'Lyon', 'Porto', 'Denver', 'Osaka', 'Bristol', 'Tampa', 'Gdansk', 'Perth'];
const SPANS = ['2 days', '3 hours', 'a week', '45 minutes', 'since Monday', 'two weeks', 'all morning'];

// Each template uses {b} brand, {p} product, {c} city, {n} a number, {s} a span of time.
const TEMPLATES: Record<TextKind, string[]> = {
  complaint: [
    '{b} charged me twice for my {p} and nobody answers the chat, order #{n} still not refunded after {s}',
    'Been on hold with {b} for {s}. My {p} stopped working again and the store in {c} says call support',
    'Third time this month the {b} {p} is down. Paying for this and getting nothing, really disappointed',
    'Hey {b} my {p} never arrived, tracking says delivered in {c} but nothing here. Waited {s} already',
    '{b} cancelled my {p} without telling me and kept the money. Ticket {n} closed with no reply at all',
    'Worst experience with {b} ever: the {p} broke after {s} and they want me to pay for the repair',
  ],
  question: [
    '@{b} does the new {p} work outside {c}? Thinking of switching but cannot find it on the site',
    'Anyone know if {b} still offers the {p} discount for students? Asked in {c} and nobody was sure',
    'How do I move my {p} to a new account with {b}? The help page from {s} ago seems out of date',
    '{b} quick question: is order {n} for the {p} shipped yet, or should I wait a bit longer?',
  ],
  praise: [
    'Shout out to {b} support in {c}, fixed my {p} in {s} and even followed up the next day. Great team',
    'Honestly the {b} {p} is the best thing I bought this year. Setup took five minutes, works perfectly',
    'Thanks {b}! Replacement {p} arrived within {s}, no questions asked. This is how it should be done',
  ],
  neutral: [
    'Reading the {b} quarterly report this morning, {p} numbers up in {c} again, interesting times',
    'Spotted a {b} pop-up shop in {c} today, they were demoing the {p}. Queue of about {n} people',
    'New {b} ad campaign for the {p} is everywhere on the tube this week, thoughts on it anyone?',
  ],
};

const TAILS = [
  ' Posted from {c}.',
  ' #{b}',
  ' (update: still waiting)',
  ' Will report back.',
  ' ref {n}',
  ' Anyone else seeing this?',
  ' Thanks in advance.',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/**
 * A mention text of 80–200 characters naming `brand`; `serial` makes every text distinct, so nothing
 * collapses into duplicates by text or hash.
 */
export function mentionText(random: () => number, kind: TextKind, brand: string, serial: number): string {
  const fill = (template: string): string =>
    template
      .replaceAll('{b}', brand)
      .replaceAll('{p}', pick(random, PRODUCTS))
      .replaceAll('{c}', pick(random, CITIES))
      .replaceAll('{s}', pick(random, SPANS))
      .replaceAll('{n}', String(1000 + ((serial * 7919) % 900000)));
  let text = fill(pick(random, TEMPLATES[kind]));
  while (text.length < 80) text += fill(pick(random, TAILS));
  const tag = ` [${serial.toString(36)}]`;
  if (text.length + tag.length > 200) {
    const cut = text.slice(0, 199 - tag.length);
    text = `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  }
  return text + tag;
}

/** A kind drawn with the given share of complaints; the rest split between questions, praise and chatter. */
export function drawKind(random: () => number, complaintShare: number): TextKind {
  const r = random();
  if (r < complaintShare) return 'complaint';
  const rest = (r - complaintShare) / (1 - complaintShare);
  return rest < 0.35 ? 'question' : rest < 0.7 ? 'praise' : 'neutral';
}
