/**
 * A star rating the writer states in the text, for texts whose source gives none: reviews and tweets
 * often say it in words ("Two stars.", "I gave it 5 stars", "would give zero stars if I could", "1/5
 * avoid", "★★☆☆☆"). Only a rating the writer gives counts: not a kind of hotel or airline ("a 5 star
 * hotel"), others' ratings ("critics gave it 5 stars", "the app shows 4.5 stars"), a star taken off ("-1
 * star for the noise"), a hypothetical ("would give 5 stars but…"), a thread counter ("1/5") or a date
 * ("ordered 2/5").
 */

import { toStars } from './rating-shift.js';

// Six to ten stars ("I'd give it six stars if I could") count as five (see toStars).
const NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const NUM = String.raw`(zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)`;
// Where a verdict may open: the text, a sentence, a comma or a dash ("Taste 5 stars, delivery 1 star",
// "one star - it broke"), after any @handles ("@acme 1/5 avoid"); not the point of "4.5" or "-1".
const OPENS = String.raw`(?:^|(?<!\d)[.!?:;,\n]\s*|\s[-–—]\s+)(?:@\w+\s+)*`;
// "N stars" as a rating, not as a kind of thing ("5 star service", "one star of the team"): plural and
// not "of", or singular before the end, punctuation or a reason ("one star - it broke", "1 star for…").
const STARS = String.raw`(?:[- ]?stars\b(?! (?:of|in|on|by)\b)|[- ]?star(?=\s*(?:$|[^\w\s'’]|(?:for|because|from|overall|and|but)\b))|\*(?=\s|[.!,:;-]|$))`;
const OUT_OF = String.raw`(?: ?\/ ?| out of )(5|10|five|ten)(?![\w/]|\.\d| of\b)`;

/**
 * A rating opening the text or a sentence, with at most one word before it ("Two stars.", "A solid 4
 * stars -", "1/5 avoid", "10/10 would buy again"); not "not five stars" or "negative 5 stars" (below).
 */
const OPENING_STARS = new RegExp(
  `${OPENS}(?:a )?(?:(?!(?:not|no|never|negative|minus)\\b)[a-z]+ )?${NUM}${STARS}`,
  'g',
);
// A score is a verdict when the sentence stops or a verdict follows: not "9 out of 10 dentists".
const OPENING_SCORE = new RegExp(
  `${OPENS}${NUM}${OUT_OF}(?=\\s*(?:$|[^\\w\\s]|(?:stars?|would|wouldnt|not|never|avoid|do not|dont|recommend|overall)\\b))`,
  'g',
);
/**
 * The writer giving it ("I gave it 5 stars", "i just gave 5 stars to nancy", "rated it 3/5"; groups 1
 * and 2 say whether it is hypothetical: "would give 5 stars but it broke" gives no 5). Others are not the writer:
 * "critics gave it 5 stars", "my wife gave it 5 stars", "rated 5 stars by Forbes".
 */
const GIVEN = new RegExp(
  String.raw`(?:^|\b(?:(?:i|we)(['’]?(?:m|d|ve|ll|re))?|so|and|hence|thus)\s)((?:(?:just|have|had|will|would|could|now|only|happily|gladly)\s)*)(?:give|gave|giving|given|rate|rated|rating|award|awarded)(?: (?:it|this|them|these|that|him|her|you|this one|this place))? (?:(?:a|an|only|just)\s)?${NUM}(?:${STARS}|${OUT_OF})`,
  'g',
);
/** A verdict after a score anywhere: "1/10 not recommended", "10/10 would buy again". */
const SCORED_VERDICT = new RegExp(
  `(?<![\\w./-])${NUM}${OUT_OF},? (?=(?:would|wouldnt|not recommended|do not recommend|dont recommend)\\b)`,
  'g',
);
/**
 * No stars, or fewer than none: "zero stars", "No stars.", "negative 5 stars", "-10 stars", "not even one
 * star". A small negative before a reason is a star taken off: "-1 star for the noise" (group 1 set).
 */
const NONE =
  /(?<![\w.])(?:(?:zero|0) stars?|no stars|not even (?:one|1|a) star|(?:negative|minus|-) ?(?:(one|two|1|2)(?=[- ]?stars? (?:for|because|off|due)\b)|\d+|one|two|three|four|five|ten)[- ]?stars?)\b(?! (?:in|on|at|of|left|visible|tonight)\b)/g;
/** A five-slot scale of star symbols: "★★☆☆☆", "★★★★★". */
const SYMBOLS = /(?<![★☆])[★☆]{5}(?![★☆])/gu;
// Taking a star off: "knocked off one star", "took off 1 star", "minus one star because…".
const TAKEN_OFF =
  /\b(?:off|minus|lose|loses|lost|dock|docked|deduct|deducted|knock|knocked|take|took|taking)\s$/;

// What every rating above holds; most texts hold none, and skip the patterns.
const MAY_RATE = /star|\d ?\/|out of|\*|★|☆/i;

/** The number a rating word or numeral stands for. */
const value = (word: string): number => NUMBERS[word] ?? Number(word);

/** A rating out of `outOf` as stars out of five. */
const outOfFive = (n: string, outOf: string): number => (value(n) / value(outOf)) * 5;

/**
 * The lowest star rating (1–5) a text states, or undefined when it states none: of "5 stars for the
 * taste, 1 star for the packaging" the complaint is the point.
 */
export function statedStars(text: string): number | undefined {
  if (!MAY_RATE.test(text)) return undefined;
  const lower = text.toLowerCase();
  const found: number[] = [];
  for (const m of lower.matchAll(OPENING_STARS)) {
    if (!TAKEN_OFF.test(lower.slice(Math.max(0, m.index - 10), m.index + m[0].indexOf(m[1])))) {
      found.push(value(m[1]));
    }
  }
  for (const m of lower.matchAll(OPENING_SCORE)) found.push(outOfFive(m[1], m[2]));
  for (const m of lower.matchAll(SCORED_VERDICT)) found.push(outOfFive(m[1], m[2]));
  for (const m of lower.matchAll(GIVEN)) {
    const stars = m[4] === undefined ? value(m[3]) : outOfFive(m[3], m[4]);
    // "would give 5 stars but…" and "I'd give it 5 stars if…" are no 5; "would give zero stars if I
    // could" is a plain 0.
    const hypothetical = /would|could/.test(m[2]) || /d$/.test(m[1] ?? '');
    if (!hypothetical || stars <= 1) found.push(stars);
  }
  for (const m of lower.matchAll(NONE)) if (m[1] === undefined) found.push(0);
  for (const m of lower.matchAll(SYMBOLS)) found.push([...m[0]].filter((c) => c === '★').length);
  if (found.length === 0) return undefined;
  return toStars(Math.min(...found), 'down');
}
