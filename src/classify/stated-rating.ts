/**
 * A star rating the writer states in the text ("Two stars.", "gave it 5 stars", "would give zero stars
 * if I could", "4 out of 5", "1/10 not recommended"): reviews and tweets that carry no rating field often
 * say it in words. Used only where the source gives no rating of its own.
 */

// Six to ten stars ("I'd give it six stars if I could") count as five.
const NUMBERS: Record<string, number> = {
  zero: 0,
  no: 0,
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

// "N stars" or "N of 5 stars"; not a kind of hotel or player ("a 5 star hotel", "4-star recruit"), a star
// taken off ("one star off for the packaging"), an average ("a 4 star rating") or a review's rating
// ("all the five-star reviews", "a 5 star review was removed").
const STARS =
  /(?<![\w.])(zero|no|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.5)?)(?: (?:out )?of (?:5|five))?[- ]stars?\b(?! (?:off|less|deducted|down|removed|taken|review|reviews|hotel|hotels|resort|resorts|restaurant|restaurants|rating|ratings|average|general|generals|recruit|recruits|player|players|prospect|prospects)\b)/g;
// "3/5", "4 out of 5", "1/10"; a date ("on 1/5") or a share of people ("9 out of 10 dentists") is
// none: it must stand at the end of a sentence or before a verdict ("would", "not recommended").
const SCORE =
  /(?<![\w./])(?<!\b(?:on|by|from|until|till|since|before|after|due|dated|of|in) )(\d{1,2}(?:\.5)?)(?: ?\/ ?| out of )(5|10|five|ten)(?![\w/]|\.\d)(?=[.!,]+(?:\s|$)|$|\s+(?:stars?|would|wouldnt|not|do not|dont|recommend|overall)\b)/g;

/** The number a rating word or numeral stands for. */
const value = (word: string): number => NUMBERS[word] ?? Number(word);

/**
 * The lowest star rating (1–5) a text states, or undefined when it states none: of "5 stars for the
 * taste, 1 star for the packaging" the complaint is the point.
 */
export function statedStars(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!lower.includes('star') && !lower.includes('/') && !lower.includes(' of ')) return undefined;
  let lowest: number | undefined;
  for (const m of lower.matchAll(STARS)) lowest = Math.min(lowest ?? 5, value(m[1]));
  for (const m of lower.matchAll(SCORE)) {
    const outOf = value(m[2]);
    if (value(m[1]) <= outOf) lowest = Math.min(lowest ?? 5, (value(m[1]) / outOf) * 5);
  }
  return lowest === undefined ? undefined : Math.min(5, Math.max(1, Math.round(lowest)));
}
