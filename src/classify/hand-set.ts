/**
 * The logit shifts set by hand for kinds of text the dev tweets hold too few of for the model to learn:
 * plain complaints and plain non-complaints. `classify` and `npm run eval` add the same ones.
 */
import type { Features } from './features.js';
import { NOT_COMPLAINT_SHIFT, notAComplaint } from './not-complaints.js';
import { PLAIN_COMPLAINT_SHIFT, plainComplaint } from './plain-complaints.js';

/** Which hand-set kinds a text is, and their summed logit shift. */
export interface HandSet {
  /** The plain complaint found ("lost by them"), if any. */
  plain: string | undefined;
  /** The kind of plainly non-complaint post ("job posting"), if any. */
  notOne: string | undefined;
  shift: number;
}

/**
 * The hand-set kinds of one text, from its features; `known` is their plain complaint when it was found
 * already (null: none), as `readByDefault` leaves it.
 */
export function handSet(text: string, features: Features, known?: string | null): HandSet {
  const plain = known === undefined ? plainComplaint(features) : (known ?? undefined);
  const notOne = features.problem ? undefined : notAComplaint(text, features.tokens);
  const shift = (plain ? PLAIN_COMPLAINT_SHIFT : 0) + (notOne ? NOT_COMPLAINT_SHIFT : 0);
  return { plain, notOne, shift };
}
