/** The reply-lint rules as pure functions: canned text, pushing to another channel, repeating personal data. */
import { digitData, emails, repeatedData, type PersonalDatum } from './personal-data.js';

/** Asking for a direct message keeps the conversation with the customer: that is the good answer. */
const DM_RE =
  /\b(?:dms?|d\.m\.?|direct\s+message|private\s+message|message\s+us\s+privately|inbox\s+us|pm\s+us)\b/i;

/** Phrases that send the customer to a phone line or a mailbox, each with a short label for the report. */
const PUSH_PHRASES: readonly [RegExp, string][] = [
  [
    /\b(?:call|ring|phone)\s+(?:us|our\s+(?:\w+\s+)?(?:team|line|helpline|desk|number)|customer\s+(?:service|care|support|relations)|the\s+(?:number|helpline|store|branch|team))\b/i,
    'asks them to call',
  ],
  [/\bgive\s+us\s+a\s+(?:call|ring|bell)\b/i, 'asks them to call'],
  [/\b(?:call|contact|ring|phone|reach)\s+(?:us\s+)?(?:on|at)\s+\+?\d/i, 'asks them to call'],
  [/\b(?:helpline|hotline|call\s+cent(?:re|er)|phone\s+line)\b/i, 'points to a phone line'],
  [/\b(?:e-?mail|write\s+to)\s+us\b/i, 'asks them to e-mail'],
  [/\bsend\s+(?:us\s+)?an?\s+e-?mail\s+(?:to|at)\b/i, 'asks them to e-mail'],
  [/\bsend\s+us\s+an?\s+e-?mail\b/i, 'asks them to e-mail'],
  [
    /\bcontact\s+(?:us|our\s+\w+(?:\s+\w+)?\s+team|customer\s+(?:service|care|support))\s+(?:by|via|on|at|over)\s+(?:the\s+)?(?:phone|telephone|e-?mail)\b/i,
    'sends them to phone or e-mail',
  ],
  [/\bplease\s+contact\s+customer\s+(?:service|care|support)\b/i, 'sends them to customer service'],
];

/** Asks for a direct message. */
export function asksForDm(text: string): boolean {
  return DM_RE.test(text);
}

/**
 * Why a reply pushes the customer to another channel (a phone call, an e-mail, a number or address in the
 * reply), or null. A reply that also asks for a DM is fine: the customer keeps the easy way. Numbers and
 * addresses the customer wrote themselves (`mentionText`) are theirs, not a channel the brand offers.
 */
export function otherChannelReason(replyText: string, mentionText = ''): string | null {
  if (asksForDm(replyText)) return null;
  for (const [re, label] of PUSH_PHRASES) {
    const m = re.exec(replyText);
    if (m) return `${label} ("${m[0].replace(/\s+/g, ' ')}") instead of asking for a DM`;
  }
  const theirs = new Set([...emails(mentionText), ...digitData(mentionText)].map((d) => d.key));
  if (emails(replyText).some((d) => !theirs.has(d.key)))
    return 'gives an e-mail address instead of asking for a DM';
  if (digitData(replyText).some((d) => d.kind === 'phone' && !theirs.has(d.key))) {
    return 'gives a phone number instead of asking for a DM';
  }
  return null;
}

/** The customer's personal data that a reply repeats in public. */
export function repeatedPersonalData(replyText: string, mentionText: string | null): PersonalDatum[] {
  return mentionText ? repeatedData(mentionText, replyText) : [];
}

/** Greetings and thanks that are followed by the customer's first name. */
const GREETING_NAME_RE =
  /\b([Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Tt]hanks|[Tt]hank you|[Ss]orry|[Ww]elcome)(,?\s+)[A-Z][a-z]+\b/g;
/** A first name addressed after a comma: "That's what we're here for, Miriam." */
const VOCATIVE_RE = /,\s*[A-Z][a-z]+(?=\s*(?:[.!?,)]|$))/g;
/** Agent sign-offs: "^RR", "/AY", "-AD", "- Paige", "TY - Chris", "^Jools". */
const SIGNOFF_RE = /(?:^|\s)(?:[\^/~]\s?[A-Za-z]{1,12}|[-–—]\s?[A-Z][A-Za-z]{0,11})(?=\s|$)/g;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE_RE = /(^|[^\w])@\w+/g;
/** Fewer words than this is a courtesy ("Thanks!", "You're welcome") that may repeat without being canned. */
const CANNED_MIN_WORDS = 5;

/**
 * The text as a template: lowercased, with @handles, URLs, numbers, names and agent sign-offs masked, so
 * the same reply sent to different people compares equal. Null for replies too short to count as canned.
 */
export function cannedKey(text: string): string | null {
  const masked = text
    .replace(URL_RE, ' <url> ')
    .replace(HANDLE_RE, '$1 @user ')
    .replace(GREETING_NAME_RE, '$1$2<name>')
    .replace(VOCATIVE_RE, ', <name>')
    .replace(SIGNOFF_RE, ' <sign> ')
    .replace(/\d+(?:[.,:/]\d+)*/g, '<num>')
    // A bare name signed after the last sentence ("… sales. Amanda").
    .replace(/([.!?)])\s+[A-Z][a-z]+(\s+<(?:url|sign)>)*\s*$/, '$1 <sign>')
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  const words = masked.split(' ').filter((w) => /\p{L}/u.test(w) && !/^<\w+>$|^@user$/.test(w)).length;
  return words >= CANNED_MIN_WORDS ? masked : null;
}
