/** Text normalisation and tokenisation shared by training and classification. */

/** Token that stands for any URL. */
export const URL_TOKEN = '<url>';
/** Token that stands for any @handle. */
export const HANDLE_TOKEN = '@user';
/** Token that stands for any number. */
export const NUMBER_TOKEN = '<num>';

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE_RE = /(^|[^\w])@\w+/g;
const ENTITY_RE = /&(amp|lt|gt|quot|#39);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
// Letters (any script), digits, the punctuation runs that carry tone, emoji and emoticons.
const TOKEN_RE =
  /<url>|<num>|@user|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|k|m)?|[!?]+|\p{Extended_Pictographic}|[:;=]-?[()/\\|pd](?![\p{L}\d])/gu;

/** Lowercases and replaces URLs, @handles and HTML entities so that they generalise across brands. */
export function normalise(text: string): string {
  // Each replacement runs only when its character is there: most texts have no entity, handle or tag.
  let out = text;
  if (out.includes('&')) out = out.replace(ENTITY_RE, (_, name: string) => ENTITIES[name] ?? '');
  out = out.replace(URL_RE, ` ${URL_TOKEN} `);
  if (out.includes('@')) out = out.replace(HANDLE_RE, `$1 ${HANDLE_TOKEN} `);
  if (out.includes('#')) out = out.replace(/#(\w)/g, '$1');
  // Emoji variation selectors and skin tones would otherwise split one emoji into several tokens.
  if (mayHoldJoiners(out)) out = out.replace(EMOJI_JOINERS, '');
  return out.toLowerCase();
}

const EMOJI_JOINERS = /\u{fe0f}|\u{200d}|\u{1f3fb}|\u{1f3fc}|\u{1f3fd}|\u{1f3fe}|\u{1f3ff}/gu;
/** U+FE0F, U+200D, or the high surrogate of U+1F3FB–U+1F3FF: the only ways a joiner can be there. */
function mayHoldJoiners(text: string): boolean {
  return text.includes('\ufe0f') || text.includes('\u200d') || text.includes('\ud83c');
}

/**
 * Splits normalised text into word tokens. Apostrophes are dropped ("don't" -> "dont") because
 * tweets spell contractions both ways; numbers collapse to one token; "!!!" becomes "!!".
 */
export function tokenise(normalised: string): string[] {
  const out: string[] = [];
  // `match` with the global flag gives the matched strings alone, without a match object for each.
  for (const raw of normalised.match(TOKEN_RE) ?? []) {
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      out.push(NUMBER_TOKEN);
    } else if (first === 33 || first === 63) {
      // Keep "!", "?", "!!" and "?!" apart; longer runs add nothing.
      out.push(raw.length === 1 ? raw : raw.includes('?') && raw.includes('!') ? '?!' : raw.slice(0, 2));
    } else {
      out.push(raw.includes("'") || raw.includes('’') ? raw.replace(/['’]/g, '') : raw);
    }
  }
  return out;
}

/** True for tokens that mean something to a reader (not placeholders or punctuation). */
export function isWordToken(token: string): boolean {
  const first = token.charCodeAt(0);
  // "<url>", "<num>", "<s>", "@user", "!", "?".
  return first !== 60 && first !== 64 && first !== 33 && first !== 63 && token.length > 0;
}

/**
 * Character n-grams of each word (padded with spaces), hashed (FNV-1a) and masked to bucket numbers.
 * They catch misspellings and inflections; hashing avoids building a string per n-gram.
 */
export function charNgramHashes(tokens: readonly string[], min: number, max: number, mask: number): number[] {
  const out: number[] = [];
  for (const token of tokens) if (isWordToken(token)) tokenCharHashes(token, min, max, mask, out);
  return out;
}

/** Appends the hashed character n-grams of one word token to `out` (see charNgramHashes). */
export function tokenCharHashes(token: string, min: number, max: number, mask: number, out: number[]): void {
  const length = token.length + 2;
  // One pass per start position: the hash of each longer n-gram extends the shorter one's, and the
  // length is mixed in last so that "abc" and "abcd" still land in different buckets.
  for (let i = 0; i + min <= length; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + max, length);
    for (let j = i; j < end; j++) {
      const code = j === 0 || j === length - 1 ? 32 : token.charCodeAt(j - 1);
      h = Math.imul(h ^ code, 0x01000193);
      const n = j - i + 1;
      if (n >= min) out.push((Math.imul(h ^ n, 0x01000193) >>> 0) & mask);
    }
  }
}

// Where a sentence or clause ends: . ; : or a dash, before a space or the end. Not a comma: by
// cross-validation negation reaching past one ("not working, again") does better than stopping there.
const CLAUSE_END = /[.;:\u2013\u2014]+(?=\s|$)|\s[-\u2013\u2014]+(?=\s)/;

/**
 * The indices of tokens that open a clause (see CLAUSE_END) after the first, in the token list of
 * `normalised` with `shift` tokens added in front and, unless `keepHandles`, handle tokens left out (as
 * features do).
 */
export function clauseStarts(normalised: string, keepHandles: boolean, shift: number): Set<number> {
  const starts = new Set<number>();
  let at = shift;
  for (const piece of normalised.split(CLAUSE_END)) {
    if (at > shift) starts.add(at);
    for (const token of tokenise(piece)) if (keepHandles || token !== HANDLE_TOKEN) at++;
  }
  return starts;
}

/** Splits raw text into clauses at sentence punctuation and line breaks, keeping the punctuation. */
export function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}
