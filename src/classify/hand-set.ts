/**
 * The logit shifts set by hand for kinds of text the dev tweets hold too few of for the model to learn:
 * plain complaints, plain non-complaints and star ratings. `classify` and `npm run eval` add the same ones.
 */
import type { Features } from './features.js';
import { NOT_COMPLAINT_SHIFT, notAComplaint } from './not-complaints.js';
import { PLAIN_COMPLAINT_SHIFT, plainComplaint } from './plain-complaints.js';
import { RATING_SHIFT } from './rating-shift.js';
import { statedStars } from './stated-rating.js';

/** Which hand-set kinds a text is, and their summed logit shift. */
export interface HandSet {
  /** The plain complaint found ("lost by them"), if any. */
  plain: string | undefined;
  /** The kind of plainly non-complaint post ("job posting"), if any. */
  notOne: string | undefined;
  /** Stars 1–5: the source's rating, else one the text states ("two stars"); undefined when neither. */
  stars: number | undefined;
  /** Whether `stars` was stated in the text rather than given by the source. */
  stated: boolean;
  shift: number;
}

/** What is known of a text besides its features. */
export interface HandSetOptions {
  /** Its plain complaint when found already (null: none), as `readByDefault` leaves it. */
  plain?: string | null;
  /** The star rating its source gives (reviews); it wins over one the text states. */
  rating?: number;
}

/** The hand-set kinds of one text, from its features. */
export function handSet(text: string, features: Features, options: HandSetOptions = {}): HandSet {
  const plain = options.plain === undefined ? plainComplaint(features) : (options.plain ?? undefined);
  const notOne = features.problem ? undefined : notAComplaint(text, features.tokens);
  const given =
    options.rating === undefined ? undefined : Math.min(5, Math.max(1, Math.round(options.rating)));
  const stars = given ?? statedStars(text);
  const shift =
    (plain ? PLAIN_COMPLAINT_SHIFT : 0) +
    (notOne ? NOT_COMPLAINT_SHIFT : 0) +
    (stars === undefined ? 0 : (RATING_SHIFT[stars] ?? 0));
  return { plain, notOne, stars, stated: given === undefined && stars !== undefined, shift };
}
