/** Personal data in customer text: e-mail addresses, phone numbers, order/account ids, card-like numbers. */

/** What kind of personal datum a value is. */
export type PersonalDataKind = 'email' | 'phone' | 'card' | 'reference';

/** One personal datum found in a text, with the form used to look for it elsewhere. */
export interface PersonalDatum {
  kind: PersonalDataKind;
  /** Lowercase letters and digits only, so "0333 103 1031" and "03331031031" compare equal. */
  key: string;
}

/** Words people put before an order, account or booking id ("order #A12345", "acct no: 889102"). */
const REFERENCE_WORDS =
  'order|account|acct|booking|reservation|reference|ref|confirmation|tracking|case|ticket|serial|membership|member|policy|invoice|customer';

/** An e-mail address. */
export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/** A run of digits with the separators phone and card numbers are written with. */
export const DIGIT_RUN_RE = /(?<![\w.])\+?\d[\d\s().-]{5,}\d(?![\w])/g;
const REFERENCE_RE = new RegExp(
  `\\b(?:${REFERENCE_WORDS})\\s*(?:number|no\\.?|num|id|#)?\\s*(?:is|:|#)?\\s*#?([a-z0-9][a-z0-9-]{4,})\\b`,
  'gi',
);

/** Letters and digits only, lowercased. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Classifies a digit run: 9–12 digits read as a phone number, 13–19 as a card number (what a Luhn-valid
 * card, IBAN tail or long account number looks like); shorter ones are times, versions or prices.
 */
function digitKind(run: string): PersonalDataKind | null {
  const digits = run.replace(/\D/g, '').length;
  // Dotted runs with short groups are versions (8.4.22.857) or dates, not numbers people dial.
  if (/\d\.\d{1,3}\.\d/.test(run)) return null;
  if (digits >= 13 && digits <= 19) return 'card';
  if (digits >= 9 && digits <= 15) return 'phone';
  return null;
}

/** Phone numbers and card-like numbers in a text. */
export function digitData(text: string): PersonalDatum[] {
  const out: PersonalDatum[] = [];
  for (const m of text.matchAll(DIGIT_RUN_RE)) {
    const kind = digitKind(m[0]);
    if (kind) out.push({ kind, key: keyOf(m[0]) });
  }
  return out;
}

/** E-mail addresses in a text. */
export function emails(text: string): PersonalDatum[] {
  return [...text.matchAll(EMAIL_RE)].map((m) => ({ kind: 'email' as const, key: m[0].toLowerCase() }));
}

/** Every personal datum in a customer's text, each once. */
export function personalData(text: string): PersonalDatum[] {
  const found = [...emails(text), ...digitData(text)];
  for (const m of text.matchAll(REFERENCE_RE)) {
    // A reference needs a digit: "order status" or "account please" name no account.
    if (/\d/.test(m[1])) found.push({ kind: 'reference', key: keyOf(m[1]) });
  }
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(d.key) && seen.add(d.key));
}

/** The data of `mentionText` that `replyText` repeats. */
export function repeatedData(mentionText: string, replyText: string): PersonalDatum[] {
  const reply = keyOf(replyText);
  const replyEmails = replyText.toLowerCase();
  return personalData(mentionText).filter((d) =>
    d.kind === 'email' ? replyEmails.includes(d.key) : reply.includes(d.key),
  );
}

/** Replaces e-mail addresses, phone/card-like numbers and the given keys with `[hidden]` for display. */
export function maskPersonalData(text: string, keys: readonly string[] = []): string {
  let out = text
    .replace(EMAIL_RE, '[hidden]')
    .replace(DIGIT_RUN_RE, (run) => (digitKind(run) ? '[hidden]' : run));
  for (const key of keys) {
    // References keep their own spelling in the reply; match them case-insensitively as whole tokens.
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'gi'), '[hidden]');
  }
  return out;
}

/** Human words for a kind, for finding details. */
export const KIND_WORDS: Record<PersonalDataKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  card: 'card number',
  reference: 'order/account number',
};
