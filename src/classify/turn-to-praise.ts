/**
 * A turn to praise: a mild drawback named before the last "but" and only praise after it ("Customer
 * service is slow to answer but once you get someone they're knowledgeable", "Parking is a nightmare on
 * this street but the bakery is worth it"). Reviews weigh a drawback and then give their verdict; the
 * verdict is the point. A failure before the "but" stays a complaint whatever is praised after it
 * ("Waited 2 hours for a table but the bread was nice"): a review of 350 probes found 28 such. As it
 * stands the turn marks two dev tweets, neither a complaint, and six texts of a blind review set, none
 * a complaint; on the review's probes, 21 turns are right and 3 wrong.
 */
import { complaintCues } from './cues.js';
import { NEGATORS, polarity, sentimentHits } from './lexicon.js';
import { PROBLEM_CUES, type Features } from './features.js';
import { wordSet } from './word-lists.js';

/** The logit shift of a turn to praise. */
export const TURN_TO_PRAISE_SHIFT = -2.5;

/** The reason shown when the shift decided. */
export const TURN_TO_PRAISE_LABEL = 'praise after a "but"';

// After the "but": the problem goes on ("but still", "but now", "but yet again"), a consolation ("but at
// least the lounge is nice", "but I guess the box was cute"), someone's claim ("but the seller insists
// it's perfect") or thanks, which follows complaints as often as praise ("but thanks for the update").
const GOES_ON = wordSet(
  'still again now then yet sure normal hey oh lol lmao smh fix anymore least thanks thank thx appreciate please pls hope luck sorry apparently supposedly said says insist insists insisted claim claims claimed guess suppose',
);

// Words of a verdict that the sentiment lexicon leaves neutral: "but the bakery is worth it", "but once you
// get someone they're knowledgeable".
const VERDICT = wordSet(
  'worth knowledgeable professional powerful solid crisp spotless reliable worthwhile tasty comfy cozy cosy charming stunning',
);

// A drawback a verdict can outweigh; anything worse (a failure, a fault, a wait, money) stays a complaint:
// "App crashes every time I open it but the icon is beautiful".
const MILD = wordSet(
  'slow slower pricey expensive overpriced noisy loud cramped small tiny clunky confusing dated mediocre ugly sketchy annoying headache nightmare bad busy crowded hard difficult awkward boring weak heavy bland meh buggy dull',
);

/** Whether a text (with its features) names a problem and then turns to praise after its last "but". */
export function turnsToPraise(features: Pick<Features, 'problem' | 'tokens'>): boolean {
  if (!features.problem) return false;
  const tokens = features.tokens;
  const at = tokens.lastIndexOf('but');
  if (at < 1 || tokens.length - at < 3) return false;
  // The part after the "but" is asked first: it rules most texts out, and more cheaply.
  const after = tokens.slice(at + 1);
  if (after.some((t) => GOES_ON.has(t) || t.startsWith('?'))) return false;
  // A negation only where it denies a trouble ("never lose signal"), not praise ("not worth $380").
  const denies = (j: number): boolean => polarity(after[j + 1] ?? '') < 0 || polarity(after[j + 2] ?? '') < 0;
  if (after.some((t, j) => NEGATORS.has(t) && !denies(j))) return false;
  const hits = sentimentHits(after);
  if (hits.negative.length > 0 || (hits.positive.length === 0 && !after.some((t) => VERDICT.has(t))))
    return false;
  const before = tokens.slice(0, at);
  if (sentimentHits(before).negative.some((w) => !MILD.has(w))) return false;
  const words = after.join(' ');
  if (complaintCues(words, words, after).some((c) => PROBLEM_CUES.has(c))) return false;
  const told = before.join(' ');
  // A delay is a drawback too ("arrived a bit late due to customs but the seller kept me updated").
  return !complaintCues(told, told, before).some((c) => PROBLEM_CUES.has(c) && c !== 'delayed');
}
