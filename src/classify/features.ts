/** Turns a text into the named, weighted features the linear model scores. */

import { complaintCues, RESOLVED_CUE, shoutedWords } from './cues.js';
import { NEGATORS, polarity, sentimentHits } from './lexicon.js';
import { valenceOf } from './valence.js';
import { questionForm, type QuestionForm } from './question.js';
import { charNgramHashes, clauseStarts, HANDLE_TOKEN, isWordToken, normalise, tokenise } from './text.js';
import { wordSet } from './word-lists.js';

/** How features are built; stored with the model so that scoring matches training. */
export interface FeatureConfig {
  /** Smallest and largest character n-gram; 0 turns them off. */
  charMin: number;
  charMax: number;
  /** Value of each character n-gram: there are many per text, so each counts for less than a word. */
  charValue: number;
  /** Include word bigrams. */
  bigrams: boolean;
  /**
   * Keep @handles as a token. In the dev file a handle tells tweets to a brand from the random-tweet
   * controls; learning that separately keeps the control group out of the other weights (cross-validated
   * macro F1 in the brand domains improves). When scoring, texts are treated as addressed (see
   * `extractFeatures`), because every mention is about a brand.
   */
  handles: boolean;
  /** Add valence features from the VADER lexicon (see valence.ts); absent in models trained before them. */
  valence?: boolean;
  /** Negation stops at the end of a clause (see `clauseStarts`); absent in models trained before it. */
  clauseNegation?: boolean;
  /**
   * Texts of more words than this have their word, bigram and character n-gram values scaled by
   * lengthRef / words, so that a long review does not outweigh a tweet by length alone; absent in
   * models trained before it (no scaling).
   */
  lengthRef?: number;
}

/** The configuration the shipped model is trained with (chosen by cross-validation). */
export const DEFAULT_FEATURES: FeatureConfig = {
  charMin: 3,
  charMax: 5,
  charValue: 0.3,
  bigrams: true,
  handles: true,
  valence: true,
  clauseNegation: true,
  // About the 95th percentile of the dev tweets' length: tweets keep their values, reviews are damped.
  lengthRef: 25,
};

/** The features of one text. */
export interface Features {
  /**
   * Named features other than words and bigrams: cues "k:", lexicon "lex:", valence "v:", question "q:",
   * length "len:". Words and bigrams are `words` (see `wordKeys`): scoring looks them up by token rather
   * than building and hashing a "w:…" or "b:… …" name for each.
   */
  values: Map<string, number>;
  /**
   * The tokens behind the word features "w:<token>" and, when `bigrams`, "b:<previous> <token>" (each 1),
   * and behind the hashed character n-grams of each word (see `charBuckets`), each worth `charValue`.
   */
  words: string[];
  bigrams: boolean;
  /** Reasons shown to users for cue and lexicon features; words and bigrams are their own reason. */
  labels: Map<string, string>;
  /** The value of each word, bigram and character n-gram: 1, less for texts longer than `lengthRef`. */
  scale: number;
  /** Whether the text names a problem: a negative word or a problem cue ("broken", "still waiting"). */
  problem: boolean;
  /** The question form found, reused by `classify` so that the rules run once. */
  question: QuestionForm | null;
  /** The text's tokens (lowercased, links and handles as placeholders), reused for language detection. */
  tokens: string[];
  /** `tokens` joined by single spaces, as the phrase patterns read them (joined once, here). */
  tokenString: string;
  /** Each weighted feature's share of the score, left by `margin` for `contributions` (same model only). */
  shares?: Shares;
}

/**
 * The weighted features of one text and their shares of the score. A word is stored as its token
 * (`kinds` 1), a bigram as its two tokens (`kinds` 2, second in `seconds`), any other feature by name
 * (`kinds` 0); `shareKey` gives the feature name when a reason needs it.
 */
export interface Shares {
  model: object;
  kinds: number[];
  keys: string[];
  seconds: string[];
  values: number[];
}

/** The feature name of share `i`: "w:refund", "b:no refund" or the named key. */
export function shareKey(s: Shares, i: number): string {
  const kind = s.kinds[i];
  return kind === 0 ? s.keys[i] : kind === 1 ? wordKey(s.keys[i]) : pairKey(s.keys[i], s.seconds[i]);
}

/** The name of a word feature, "w:<token>". */
const wordKey = (token: string): string => `w:${token}`;
/** The name of a bigram feature, "b:<first> <second>". */
const pairKey = (first: string, second: string): string => `b:${first} ${second}`;

/** Character n-grams are hashed into this many buckets, so that no n-gram strings are built when scoring. */
export const CHAR_BUCKETS = 1 << 20;

/** The first token of a text's first bigram is paired with this start marker. */
export const START = '<s>';
// Cues that describe a problem, as opposed to neutral context (money, time) or politeness.
export const PROBLEM_CUES: ReadonlySet<string> = new Set([
  'still waiting',
  'never arrived',
  'charged twice',
  'charged for',
  'no one answers',
  'worst',
  'refund',
  'cancelled',
  'delayed',
  'not working',
  'broken',
  'on hold',
  'long wait',
  'lost',
  'what a joke',
  'sarcasm',
  '!!',
  '?!',
]);
const SERVICE_CUE = 'customer service';
// Words too common to explain anything on their own ("for", "the same").
const STOPWORDS = wordSet(
  'a an the and or but if of to in on at for from by with as is are was were be been am i me my we our you your it its this that these those he she they them his her their there here so just do does did have has had will would can could should not no at up out about into than then too very',
);
const MAX_LISTED = 2;

function add(f: Features, key: string, value: number, label?: string): void {
  f.values.set(key, (f.values.get(key) ?? 0) + value);
  if (label !== undefined && !f.labels.has(key)) f.labels.set(key, label);
}

function listed(words: string[]): string {
  return [...new Set(words)].slice(0, MAX_LISTED).join(', ');
}

/**
 * Extracts word, character, cue, lexicon and question features from one text. `addressed` adds a handle
 * to texts without one: training leaves it off, scoring turns it on, so that a review or a feed post is
 * judged like a tweet to a brand, not like the random-chatter controls.
 */
export function extractFeatures(
  text: string,
  config: FeatureConfig = DEFAULT_FEATURES,
  addressed = false,
): Features {
  const normalised = normalise(text);
  const all = tokenise(normalised);
  const f: Features = {
    values: new Map(),
    words: [],
    bigrams: config.bigrams,
    labels: new Map(),
    scale: 1,
    problem: false,
    question: questionForm(text),
    tokens: all,
    tokenString: '',
  };
  const tokens = config.handles ? all : all.filter((t) => t !== HANDLE_TOKEN);
  // Every mention is about a brand, so a review or post without a handle is scored like a tweet to one.
  const shift = addressed && config.handles && !tokens.includes(HANDLE_TOKEN) ? 1 : 0;
  if (shift === 1) tokens.unshift(HANDLE_TOKEN);
  const tokenString = tokens.join(' ');
  f.tokenString = tokens === all ? tokenString : all.join(' ');
  const found = complaintCues(tokenString, normalised, tokens);
  const resolved = found.includes(RESOLVED_CUE);
  // The problem words and negations of a problem put right ("replaced my broken kettle, no questions
  // asked") name what was fixed: their n-grams, learned from complaints, are left out.
  const grams = resolved ? tokens.filter((t) => polarity(t) >= 0 && !NEGATORS.has(t)) : tokens;
  f.words = grams;
  // A problem put right is told in the past: its problem cues describe what was fixed, not a complaint,
  // and the service it names is the one that fixed it.
  const cues = resolved ? found.filter((c) => !PROBLEM_CUES.has(c) && c !== SERVICE_CUE) : found;
  for (const cue of cues) add(f, `k:${cue}`, 1, cue);

  // Clause ends matter only to negation: found on first need, when a negator meets a sentiment word.
  let starts: Set<number> | undefined;
  const crossesClause =
    config.clauseNegation === true
      ? (from: number, to: number): boolean => {
          starts ??= clauseStarts(normalised, config.handles, shift);
          for (let i = from + 1; i <= to; i++) if (starts.has(i)) return true;
          return false;
        }
      : undefined;
  const hits = sentimentHits(tokens, crossesClause);
  if (resolved) hits.negative = [];
  const problem = hits.negative.length > 0 || cues.some((c) => PROBLEM_CUES.has(c));
  f.problem = problem;
  // Sarcasm usually opens with praise and then names the problem ("great, another delay"): the praise
  // is then read as negative rather than cancelling the problem out.
  const firstWord = tokens.find((t) => t !== HANDLE_TOKEN);
  if (firstWord !== undefined && hits.positive.includes(firstWord) && problem) {
    add(f, 'k:sarcastic opening', 1, `sarcastic "${firstWord}"`);
    hits.negative.push(...hits.positive.map((w) => `sarcastic ${w}`));
    hits.positive = [];
  }
  // Counts saturate: the third angry word says less than the first.
  if (hits.negative.length > 0) {
    add(f, 'lex:negative', Math.min(hits.negative.length, 3), listed(hits.negative));
  }
  if (hits.positive.length > 0) {
    add(f, 'lex:positive', Math.min(hits.positive.length, 3), listed(hits.positive));
  }
  if (hits.positive.length > 0 && problem) add(f, 'lex:mixed', 1, 'praise with a problem');
  if (hits.negative.length === 0 && hits.positive.length === 0) add(f, 'lex:none', 1);
  else add(f, hits.last > 0 ? 'lex:ends positive' : 'lex:ends negative', 1);
  // Its reason names the negative words; when a fix cleared them, the feature tells nothing to a reader.
  if (hits.intensified > 0)
    add(f, 'lex:intensified', 1, hits.negative.length > 0 ? listed(hits.negative) : undefined);

  if (config.valence === true) addValence(f, grams);

  if (f.question !== null) add(f, `q:${f.question}`, 1, f.question);
  const shouted = shoutedWords(text);
  if (shouted > 0) add(f, 'k:shouting', Math.min(shouted, 3), 'shouting');
  let words = 0;
  for (const token of tokens) if (isWordToken(token)) words++;
  add(f, words < 6 ? 'len:short' : words < 16 ? 'len:medium' : 'len:long', 1);
  const ref = config.lengthRef;
  if (ref !== undefined && words > ref) f.scale = ref / words;
  return f;
}

// VADER valences run to 4: scaled so that a typical text's valence features are near 1.
const VALENCE_SCALE = 0.25;

/**
 * Valence features: summed and strongest positive and negative word valences, and VADER's compound score
 * split by sign. They need no reason label: the words behind them are reasons of their own.
 */
function addValence(f: Features, tokens: readonly string[]): void {
  const v = valenceOf(tokens);
  const capped = (x: number): number => Math.min(x * VALENCE_SCALE, 2);
  if (v.negative > 0) add(f, 'v:negative', capped(v.negative));
  if (v.positive > 0) add(f, 'v:positive', capped(v.positive));
  if (v.min > 0) add(f, 'v:most negative', v.min * VALENCE_SCALE);
  if (v.max > 0) add(f, 'v:most positive', v.max * VALENCE_SCALE);
  if (v.compound > 0) add(f, 'v:compound positive', v.compound);
  if (v.compound < 0) add(f, 'v:compound negative', -v.compound);
}

const READABLE_PUNCTUATION = new Set(['!!', '?!', '??']);

/** The reason shown to users for a feature, or undefined for features a reader would not understand. */
export function reasonFor(f: Features, key: string): string | undefined {
  const label = f.labels.get(key);
  if (label !== undefined) return label;
  if (key.startsWith('w:')) return wordReason(key.slice(2));
  if (key.startsWith('b:')) {
    const [a, b] = key.slice(2).split(' ');
    return pairReason(a, b);
  }
  return undefined;
}

/** The reason for share `i` of a text's scored features (as `reasonFor` its name, without building it). */
export function shareReason(f: Features, shares: Shares, i: number): string | undefined {
  const kind = shares.kinds[i];
  if (kind === 1) return wordReason(shares.keys[i]);
  if (kind === 2) return pairReason(shares.keys[i], shares.seconds[i]);
  return reasonFor(f, shares.keys[i]);
}

// Words that say nothing to a reader on their own ("one", "also", "im"), though they may weigh in the
// score: a reason is then the next feature that does say something.
const VAGUE = wordSet(
  'one two three four five six seven eight nine ten also im ive id ill youre theyre thats theres whats its how what when where which who while since because much many more most some any every each other another same such only even really get got getting make made let go going say said thing things way lot dont cant didnt doesnt wont isnt',
);
const vague = (token: string): boolean => STOPWORDS.has(token) || VAGUE.has(token);

function wordReason(token: string): string | undefined {
  if (READABLE_PUNCTUATION.has(token)) return token;
  return isWordToken(token) && !vague(token) ? token : undefined;
}

function pairReason(a: string, b: string): string | undefined {
  if (!isWordToken(a) || !isWordToken(b) || (vague(a) && vague(b))) return undefined;
  return `${a} ${b}`;
}

/** The names of the word and bigram features, in order, each once: "w:<token>", "b:<previous> <token>". */
export function wordKeys(f: Features): string[] {
  const keys = new Set<string>();
  for (const token of f.words) keys.add(wordKey(token));
  if (f.bigrams) {
    for (let i = 0; i < f.words.length; i++) keys.add(pairKey(i === 0 ? START : f.words[i - 1], f.words[i]));
  }
  return [...keys];
}

/**
 * The hashed character n-grams of a text's words (bucket numbers, repeats allowed), as training reads
 * them; scoring sums their weights word by word instead (see model.ts).
 */
export function charBuckets(f: Features, config: FeatureConfig): number[] {
  return config.charMin > 0 ? charNgramHashes(f.words, config.charMin, config.charMax, CHAR_BUCKETS - 1) : [];
}

/**
 * All features as one name -> value map (character buckets as "c:<bucket>"), the form training needs;
 * n-grams carry the text's `scale`.
 */
export function namedValues(f: Features, config: FeatureConfig): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of wordKeys(f)) out.set(key, f.scale);
  for (const [key, value] of f.values) out.set(key, value);
  const charValue = config.charValue * f.scale;
  for (const bucket of charBuckets(f, config))
    out.set(`c:${bucket}`, (out.get(`c:${bucket}`) ?? 0) + charValue);
  return out;
}
