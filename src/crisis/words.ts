/** The most common content words of a set of complaints: what people are complaining about right now. */

/**
 * English function words plus what every complaint says anyway (help, please, still, fix …), so the
 * words left name the problem: "down", "login", "refund".
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being
  below between both but by can cannot cant could couldn did didn do does doesn doing don done during
  each even ever every few for from further get gets getting got had hadn has hasn have haven having he her
  here hers herself him himself his how i if im in into is isn it its itself ive just let lets like ll me
  more most much must my myself no nor not now of off on once one only or other our ours ourselves out over
  own really re same say says she should shouldn so some such than that thats the their theirs them
  themselves then there these they theyre this those through to too under until up us very via was wasn we
  were weren what when where which while who whom why will with won would wouldn you your youre yours
  yourself yourselves ve amp rt lol pls plz please thanks thank hi hey hello yes yeah ok okay still again
  help fix anyone someone anything something everything nothing know need want going gonna today now day
  time guys people new make makes made go goes went way back`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE_RE = /(^|[^\w])@\w+/g;
const WORD_RE = /[\p{L}][\p{L}\p{M}'’]*/gu;

/** Lowercased words of a text, without URLs, @handles, apostrophes or hashtag marks. */
export function wordsOf(text: string): string[] {
  const plain = text.replace(URL_RE, ' ').replace(HANDLE_RE, '$1 ').toLowerCase();
  return [...plain.matchAll(WORD_RE)].map((m) => m[0].replace(/['’]/g, ''));
}

/** Every word of the brand's name, keywords and handles: the spike is about the brand by definition. */
export function brandWords(brand: {
  name: string;
  keywords: string[];
  handles: Record<string, string>;
}): Set<string> {
  const phrases = [brand.name, ...brand.keywords, ...Object.values(brand.handles)];
  return new Set(phrases.flatMap((p) => [...wordsOf(p), p.toLowerCase().replace(/^[@#]/, '')]));
}

/**
 * The `limit` content words used by the most complaints (each complaint counts a word once, so one long
 * rant cannot dominate), ties broken alphabetically so the result is stable.
 */
export function topWords(texts: readonly string[], exclude: ReadonlySet<string>, limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) {
      if (word.length < 2 || STOP_WORDS.has(word) || exclude.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}
