/**
 * The logit shifts set by hand for kinds of text the dev tweets hold too few of for the model to learn:
 * plain complaints, plain non-complaints, and praise by negation. `classify` and `npm run eval` add the
 * same ones.
 */
import { NO_PROBLEMS_CUE } from './cues.js';
import type { Features } from './features.js';
import { NOT_COMPLAINT_SHIFT, notAComplaint } from './not-complaints.js';
import { PLAIN_COMPLAINT_SHIFT, plainComplaint } from './plain-complaints.js';

// Praise by negation in a text that names no problem besides ("never had an issue with this brand",
// "no problems at all, setup took five minutes"). Reviews praise this way often, the dev tweets hardly
// ever (8 of 2,410), so the model learns its problem words ("issue", "never") as complaint words.
export const NO_PROBLEMS_SHIFT = -1.5;
const NO_PROBLEMS_KEY = `k:${NO_PROBLEMS_CUE}`;
// Failures the sentiment lexicon does not count as negative: "zero issues in 2 years. Then it died."
const FAILED = new Set('died dies dying froze freezes freezing stopped quit leaked snapped gave'.split(' '));

/** Which hand-set kinds a text is, and their summed logit shift. */
export interface HandSet {
  /** The plain complaint found ("lost my bag"), if any. */
  plain: string | undefined;
  /** The kind of plainly non-complaint post ("job posting"), if any. */
  notOne: string | undefined;
  /** Praise by negation with no problem named besides. */
  praised: boolean;
  shift: number;
}

/** The hand-set kinds of one text, from its features. */
export function handSet(text: string, features: Features): HandSet {
  const plain = plainComplaint(features);
  const notOne = features.problem ? undefined : notAComplaint(text, features.tokens);
  const praised =
    !features.problem &&
    plain === undefined &&
    features.values.has(NO_PROBLEMS_KEY) &&
    !features.tokens.some((t) => FAILED.has(t));
  const shift =
    (plain ? PLAIN_COMPLAINT_SHIFT : 0) +
    (notOne ? NOT_COMPLAINT_SHIFT : 0) +
    (praised ? NO_PROBLEMS_SHIFT : 0);
  return { plain, notOne, praised, shift };
}
