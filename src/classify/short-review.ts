/**
 * A short review naming a problem ("Terrible quality.", "Tablet freezes constantly."). Short tweets
 * naming one are mostly no complaint in the dev file (22 of 56: replies to friends, "sick as a dog"), so
 * the model scores short texts low; a review, a text without a handle of its own read as written to a
 * brand, has no friend to reply to. Not praise that sounds negative ("Sick deal!", "Dead simple setup",
 * "Expensive but worth it"), a problem put right ("Problem solved!", "No more crashes!") or a cue that
 * names no fault on its own ("Love it!!", "Got my refund, thanks").
 */
import { polarity } from './lexicon.js';
import { HANDLE_TOKEN } from './text.js';
import { PROBLEM_CUES, type Features } from './features.js';
import { wordSet } from './word-lists.js';

/** The logit shift of a short review naming a problem; the dev file holds three, and CV is the same. */
export const SHORT_REVIEW_SHIFT = 1;

/** The reason shown when the shift decided. */
export const SHORT_REVIEW_LABEL = 'a short review naming a problem';

// Negative words that praise in slang, when the whole text or before praise ("Tesla is stupid fast").
const SLANG = wordSet(
  'sick dead stupid stupidly insane insanely crazy killer kill kills wicked dangerous dangerously ridiculous ridiculously mad scary',
);
const PRAISED_NEXT = wordSet(
  'fast easy simple cheap quick quickly comfortable comfy soft deal deals drop views view value sound good',
);
// Problem cues that name a fault on their own: not "!!", "?!", "refund", "lost" or "cancelled" ("Love it!!",
// "Got my refund, thanks", "Lost 10 pounds").
const WEAK_CUES = new Set(['!!', '?!', 'refund', 'lost', 'cancelled']);
const FAULT_CUES = [...PROBLEM_CUES].filter((c) => !WEAK_CUES.has(c)).map((c) => `k:${c}`);
// Put right, or praised after a "but": "Problem solved!", "Fixed my sleep problems", "Ugly but works".
const PUT_RIGHT =
  /\b(?:(?:problem|problems|issue|issues) (?:solved|fixed|resolved|gone)|(?:solved|solves|fixed|fixes|cured|resolved) (?:my|the|all|our|it)|no more)\b|\bbad (?:ass|boy|boys)\b|\bbut (?:\S+ )?(?:worth|works|good|great|love|fine|clean|cozy|charming|tasty|delicious)\b/;

/**
 * Whether a text (with its features, read by default) is a short review naming a problem: a negative
 * word, a problem cue, or a plain complaint (`plain`: "Way too small.").
 */
export function shortReview(text: string, features: Features, plain = false): boolean {
  const tokens = features.tokens;
  if (!(features.problem || plain) || !features.values.has('len:short') || tokens[0] !== HANDLE_TOKEN)
    return false;
  if (text.includes('@') || features.values.has('lex:positive')) return false;
  if (PUT_RIGHT.test(features.tokenString)) return false;
  const words = tokens.filter((t) => /^[a-z]/.test(t)).length;
  const slangPraise = (i: number): boolean =>
    SLANG.has(tokens[i]) &&
    (words === 1 ||
      polarity(tokens[i + 1] ?? '') > 0 ||
      PRAISED_NEXT.has(tokens[i + 1] ?? '') ||
      tokens[i - 2] === 'kills');
  const negative =
    features.values.has('lex:negative') && tokens.some((t, i) => polarity(t) < 0 && !slangPraise(i));
  return plain || negative || FAULT_CUES.some((c) => features.values.has(c));
}
