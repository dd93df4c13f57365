/**
 * Personal data in customer text: e-mail addresses, phone numbers, order/account ids, card-like numbers and
 * postal addresses. Shared by `classify` (which kinds a mention shows in public) and reply lint.
 */

/** What kind of personal datum a value is ("reference" is an order, account, booking or similar id). */
export type PersonalDataKind = 'email' | 'phone' | 'card' | 'reference' | 'address';

/** One personal datum found in a text, with the form used to look for it elsewhere. */
export interface PersonalDatum {
  kind: PersonalDataKind;
  /** Lowercase letters and digits only, so "0333 103 1031" and "03331031031" compare equal. */
  key: string;
}

/** Words people put before an order, account or booking id ("order #A12345", "acct no: 889102"). */
const REFERENCE_WORDS =
  'order|account|acct|booking|reservation|reference|ref|confirmation|tracking|case|ticket|serial|membership|member|policy|invoice|customer|complaint|pnr';

/** An e-mail address. */
// It starts only where a run of address characters starts: tried inside a long run, it read the run to
// its end from every position.
export const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
// What every match of EMAIL_RE contains, found without its backtracking over each word.
const EMAIL_AT_RE = /[\w.+-]@[\w-]+\./;
/** A run of digits with the separators phone and card numbers are written with. */
// Not after a currency sign: "$53170714.63" is an amount.
export const DIGIT_RUN_RE = /(?<![\w.$£€¥])\+?\d[\d\s().-]{5,}\d(?![\w])/g;
const REFERENCE_RE = new RegExp(
  `\\b(?:${REFERENCE_WORDS})\\s*(?:number|no\\.?|num|id|#)?\\s*(?:is|:|#)?\\s*#?([a-z0-9][a-z0-9-]{4,})\\b`,
  'gi',
);

/** Letters and digits only, lowercased. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The Luhn check every payment card number passes (and only one in ten random numbers does). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Classifies a digit run: a Luhn-valid 13–19 digit number is a card, other runs of 9–15 digits a phone
 * number, longer ones (to 34) an account or tracking number; shorter ones are times, versions or prices.
 */
function digitKind(run: string): PersonalDataKind | null {
  const digits = run.replace(/\D/g, '');
  // North American numbers are also written with dots (555.123.4567), unlike any version number.
  if (/^(?:\+?1[ .])?\(?\d{3}\)?\.\d{3}\.\d{4}$/.test(run)) return 'phone';
  // A number with two decimals is an amount ("53170714.63 dollars"), not a number to dial.
  if (/^\d[\d,]*\.\d\d$/.test(run)) return null;
  // Dotted runs with short groups are versions (8.4.22.857) or dates, not numbers people dial.
  if (/\d\.\d{1,3}\.\d/.test(run)) return null;
  // Lists of years ("2016 2017 2018") and spans ("2017-2019") are dates.
  if (/^(?:(?:19|20)\d\d[\s-]+)+(?:19|20)\d\d$/.test(run)) return null;
  // ISO dates, perhaps with the hour after them ("2018-11-02 14:45").
  if (/^(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)/.test(run)) return null;
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  if (digits.length >= 9 && digits.length <= 15) return 'phone';
  // Longer runs are account, tracking or IBAN-like numbers (a USPS tracking number has 22 digits).
  if (digits.length > 15 && digits.length <= 34) return 'reference';
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

/**
 * Replaces what `personalDataKinds` finds (e-mail addresses, phone and card-like numbers, order and
 * account ids, street addresses and postcodes) and the given keys with `[hidden]`, for display.
 */
export function maskPersonalData(text: string, keys: readonly string[] = []): string {
  let out = text
    .replace(EMAIL_RE, '[hidden]')
    .replace(DIGIT_RUN_RE, (run) => (digitKind(run) ? '[hidden]' : run))
    // The id only: "order #[hidden]" still says what the customer wrote about.
    .replace(REFERENCE_RE, (whole, id: string) =>
      /\d/.test(id) ? whole.slice(0, whole.length - id.length) + '[hidden]' : whole,
    )
    .replace(STREET_ALL_RE, '[hidden]')
    .replace(POSTCODE_ALL_RE, '[hidden]')
    .replace(STATED_ADDRESS_RE, '$1[hidden]');
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
  address: 'postal address',
};

const STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Close|Crescent|Parkway|Highway';
// A house number and capitalised street ("221B Baker Street", "1600 Pennsylvania Ave"): capitals keep
// "2 days on the road" out. Then UK postcodes ("SW1A 1AA") and US state + ZIP ("CA 94105"), as written.
const STREET_RE = new RegExp(
  `(?<![\\d.:])\\b\\d{1,5}[A-Za-z]?,? (?:[A-Z][a-z]+ ){1,3}(?:${STREET_TYPES}|${STREET_TYPES.toLowerCase()})\\b`,
);
const POSTCODE_RE =
  /\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|IL|MA|NJ|NY|OH|PA|TX|VA|WA) \d{5}(?:-\d{4})?)\b/;
const STATED_RE = /\bmy (?:home |postal |delivery |shipping )?address is\b/i;
// What follows "my address is", up to the end of its sentence.
const STATED_ADDRESS_RE = /(\bmy (?:home |postal |delivery |shipping )?address is:?\s+)[^.!?\n]+/gi;
const STREET_ALL_RE = new RegExp(STREET_RE.source, 'g');
const POSTCODE_ALL_RE = new RegExp(POSTCODE_RE.source, 'g');

/** Whether a text gives a postal address: a house number and street, a postcode, or "my address is". */
export function hasPostalAddress(text: string): boolean {
  return STREET_RE.test(text) || POSTCODE_RE.test(text) || STATED_RE.test(text);
}

const KIND_ORDER: readonly PersonalDataKind[] = ['email', 'phone', 'reference', 'card', 'address'];

/** The kinds of personal data a customer posted in public (never the values), in a fixed order. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  // Most mentions have no digit and no "@" between letters: skip the regular expressions for them.
  if (!/\d|\w@\w|address/i.test(text)) return [];
  const kinds = new Set<PersonalDataKind>();
  const references = new Set<string>();
  for (const m of text.matchAll(REFERENCE_RE)) if (/\d/.test(m[1])) references.add(keyOf(m[1]));
  if (references.size > 0) kinds.add('reference');
  // The cheap test first: an "@" between an address's characters and a dotted domain.
  if (EMAIL_AT_RE.test(text) && text.search(EMAIL_RE) >= 0) kinds.add('email');
  // "order 123456789" is an order number, not a phone number, though it has a phone number's length.
  for (const d of digitData(text)) if (!references.has(d.key)) kinds.add(d.kind);
  if (hasPostalAddress(text)) kinds.add('address');
  return KIND_ORDER.filter((k) => kinds.has(k));
}
