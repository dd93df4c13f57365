/**
 * A small hand-written sentiment lexicon. It is deliberately general (not tuned to the dev tweets)
 * so that it carries over to reviews and airline tweets the model has not seen.
 */

import { NOT_CORE } from './negation-words.js';
import { wordSet } from './word-lists.js';

const NEGATIVE = `
  abysmal absurd angry annoyed annoying annoys appalled appalling atrocious awful bad badly broke broken
  bs bug buggy bugs careless clueless complain complaining complaint complaints confused confusing crap crappy
  crash crashed crashes crashing cheated damaged dead defective delay delayed delays deplorable
  disappointed disappointing disappointment disaster disgraceful disgusted disgusting dissatisfied
  dreadful dirty error errors fail failed failing fails failure fake faulty fed filthy fraud frustrated
  frustrating frustration furious garbage glitch glitches hate hated hates horrendous horrible
  horrific idiots impossible inaccurate incompetence incompetent inconvenience inconvenient issue
  issues joke lame laughable lied lies lost mad mess messed misleading missing mistake nightmare
  nonsense outrage outraged outrageous overcharged overpriced pathetic poor poorly problem problems
  rip ripoff rubbish rude ruined ruins sad scam shame shameful shit shocking sick slow sloppy
  sorry stuck stupid sucks terrible trash ugh unacceptable unable unhappy unhelpful unprofessional
  unreliable upset useless waste wasted wasting worse worst wrong wtf worthless ruining ruin dumb regret
  regretting scam scamming scammed deceiving deceptive discriminate discriminates discrimination racist
  ridiculous insane unbelievable ignored ignoring unfair incorrect stale letdown disrespectful
  ripped torn stained leaking leaks cracked scratched shattered unusable unresponsive laggy lagging
  denied refused refuses rejected declined banned blocked suspended hacked stranded overbooked bumped
  lying liar liars lie stole stolen stealing thieves theft cheat cheating inconsiderate negligent
  pointless hopeless disgrace embarrassing insulting shambles shambolic junk flimsy hassle headache
  struggling suffer suffered confusion irritated irritating infuriating livid annoy smh ffs fml grr
  argh meh sigh yikes sucked suck disconnected disconnects uninstall uninstalled misled expensive
  soggy undercooked overcooked lukewarm burnt moldy mouldy expired smelly stinks stinky inedible bland
  tasteless greasy rash itchy scratchy tacky cheaply leaky wobbly rusty rusted peeling faded shrunk shrank
  frayed dented warped malfunction malfunctioning clunky bloated spammy unsafe overcharging unreadable
  grainy muffled cramped mislabeled counterfeit knockoff unwearable unplayable
  uncomfortable mediocre overrated underwhelming underwhelmed greedy dangerous sketchy subpar inferior
  shoddy defect defects hazard unsanitary unhygienic gross nasty spoiled rotten lousy crummy horrid
  unbearable miserable misery inadequate insufficient ineffective lacking lacks noisy outdated ugly
  😡 😠 🤬 😤 😒 🙄 😞 😢 😭 👎 💩 😩 😫 🤦 😑 😣 :( :/ :|
`;

const POSITIVE = `
  amazing appreciate appreciated awesome beautiful best brilliant cheers congrats congratulations
  cool delicious delighted easy enjoy enjoyed excellent excited fab fabulous fantastic fast favorite
  favourite fine fun glad good gorgeous grateful great happy helpful impressed incredible kind lovely
  love loved loving nice perfect pleased pleasure quick recommend resolved smooth sorted super
  superb thank thanks thx ty wonderful wow yay thankful legend kudos shoutout stellar outstanding
  seamless friendly efficient prompt speedy reliable comfortable comfy tasty yummy enjoying proud
  honored honoured blessed lucky cute sweet adorable haha
  😍 ❤ 😊 😁 👍 🙏 🥰 😀 😃 😄 💕 💯 🎉 🙌 👌 😘 :) :d ;)
`;

/**
 * Words that flip the polarity of the next few words ("not happy", "no problems"): the core, "no",
 * "cannot", "nothing", "nobody", "without", "hardly" and "zero".
 */
export const NEGATORS = new Set(`${NOT_CORE} no cannot nothing nobody without hardly zero`.split(' '));

const NEGATIVE_WORDS = new Set(NEGATIVE.trim().split(/\s+/));
const POSITIVE_WORDS = new Set(POSITIVE.trim().split(/\s+/));

/** Polarity of one token: -1, 0 or +1. */
export function polarity(token: string): number {
  if (NEGATIVE_WORDS.has(token)) return -1;
  if (POSITIVE_WORDS.has(token)) return 1;
  return 0;
}

/** Sentiment words found in a token list, with negation applied. */
export interface SentimentHits {
  negative: string[];
  positive: string[];
  /** Polarity of the last hit (-1, 0 none, +1): after "but", the end of a text carries its point. */
  last: number;
  /** Negative hits right after an intensifier ("so slow", "absolutely useless"). */
  intensified: number;
}

const INTENSIFIERS = wordSet(
  'so very really extremely absolutely totally completely utterly super incredibly seriously too most such',
);

// Degree words that turn a negation into a comparison (see sentimentHits).
const DEGREE = new Set(['this', 'so', 'such', 'that']);

// "Can't recommend them enough", "couldn't thank you enough": praise, not its negation (unlike "not good
// enough").
const CANNOT = new Set(['cant', 'cannot', 'couldnt']);
const ENOUGH_OF = new Set(['recommend', 'thank', 'thanks', 'love', 'appreciate']);
const ENOUGH_REACH = 4;

// Words that do not use up a negation's reach: "never had a single issue", "not once had a problem". Not
// "even": "not even mad, just disappointed".
const FILLERS = new Set(['single', 'once', 'ever']);

// Troubles whose absence "free" praises ("hassle free"); not "lousy free breakfast" or "awful free trial".
const FREE_OF = wordSet(
  'hassle hassles stress pain worry trouble problem problems risk fuss error errors bug bugs glitch scratch headache cruelty guilt',
);

// Negation reaches this many tokens ahead, and stops at "!" or "?" and where a clause ends.
const NEGATION_SCOPE = 3;

/**
 * Finds sentiment words; a negator within three tokens before flips them ("not good" is negative).
 * `crossesClause(from, to)`, when given, tells whether a clause ends between two token indices:
 * negation stops there, so that "no questions asked. Great service" keeps "great" positive. It is
 * asked only when a negator is followed by a sentiment word, which keeps the common case cheap.
 */
export function sentimentHits(
  tokens: readonly string[],
  crossesClause?: (from: number, to: number) => boolean,
): SentimentHits {
  const hits: SentimentHits = { negative: [], positive: [], last: 0, intensified: 0 };
  let negatedUntil = -1;
  let negatorAt = -1;
  let negator = '';
  tokens.forEach((token, i) => {
    if (NEGATORS.has(token)) {
      negatedUntil = i + NEGATION_SCOPE;
      negatorAt = i;
      negator = token;
      return;
    }
    if (/^[!?]/.test(token)) negatedUntil = -1;
    if (i <= negatedUntil && FILLERS.has(token)) negatedUntil += 1;
    let p = polarity(token);
    if (p === 0) return;
    // A trouble word made an adjective of its absence praises: "hassle free", "headache-free", "error free".
    const free = p < 0 && tokens[i + 1] === 'free' && FREE_OF.has(token);
    if (free) p = 1;
    // A negative word after a degree word, a word or more after the negator, is a comparison and stays
    // negative: "never been so disappointed", "never seen such rude staff" (unlike "not so bad").
    const compared = p < 0 && i - negatorAt > 2 && DEGREE.has(tokens[i - 1]);
    const enough =
      p > 0 &&
      CANNOT.has(negator) &&
      ENOUGH_OF.has(token) &&
      tokens.slice(i + 1, i + 1 + ENOUGH_REACH).includes('enough');
    const negated = i <= negatedUntil && !compared && !enough && !(crossesClause?.(negatorAt, i) ?? false);
    const word = free ? `${token} free` : token;
    const label = negated ? `${negator} ${word}` : word;
    hits.last = p > 0 !== negated ? 1 : -1;
    // The reach a filler added ends with the word it reached: "never had a single issue, terrible app".
    // "No" denies one thing ("no complaints, smooth flight"); other negations reach on ("not fast or cheap").
    if (negated) negatedUntil = negator === 'no' ? i : Math.min(negatedUntil, negatorAt + NEGATION_SCOPE);
    if (hits.last > 0) hits.positive.push(label);
    else hits.negative.push(label);
    if (hits.last < 0 && i > 0 && INTENSIFIERS.has(tokens[i - 1])) hits.intensified += 1;
  });
  return hits;
}
