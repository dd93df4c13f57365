/**
 * The logit shifts set by hand for kinds of text the dev tweets hold too few of for the model to learn:
 * plain complaints, plain non-complaints, star ratings, short reviews naming a problem and turns to
 * praise. `classify` and `npm run eval` add the same ones.
 */
import type { Features } from './features.js';
import { NOT_COMPLAINT_SHIFT, notAComplaint } from './not-complaints.js';
import { PLAIN_COMPLAINT_SHIFT, plainComplaint } from './plain-complaints.js';
import { RATING_SHIFT, toStars } from './rating-shift.js';
import { SHORT_REVIEW_SHIFT, shortReview } from './short-review.js';
import { statedStars } from './stated-rating.js';
import { TURN_TO_PRAISE_SHIFT, turnsToPraise } from './turn-to-praise.js';

/** Which hand-set kinds a text is, and their summed logit shift. */
export interface HandSet {
  /** The plain complaint found ("lost by them"), if any. */
  plain: string | undefined;
  /** The kind of plainly non-complaint post ("job posting"), if any. */
  notOne: string | undefined;
  /**
   * Stars 1–5: the source's rating, else one the text states ("two stars"; a 4 or 5 only when the text
   * names no problem); undefined when neither.
   */
  stars: number | undefined;
  /** Whether `stars` was stated in the text rather than given by the source. */
  stated: boolean;
  /** Whether it is a short review naming a problem ("Terrible quality."). */
  short: boolean;
  /** Whether it names a problem and then turns to praise after its last "but". */
  turn: boolean;
  /** The part of `shift` the rating makes. */
  ratingShift: number;
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
  const notOne = features.problem ? undefined : notAComplaint(features);
  const given = options.rating === undefined ? undefined : toStars(options.rating);
  let stated = given === undefined ? statedStars(text) : undefined;
  // A stated 4 or 5 beside a named problem is sarcasm or someone else's: "5 stars for losing my bag".
  if (stated !== undefined && stated >= 4 && (features.problem || plain !== undefined)) stated = undefined;
  const stars = given ?? stated;
  const ratingShift = stars === undefined ? 0 : (RATING_SHIFT[stars] ?? 0);
  const short = shortReview(text, features, plain !== undefined);
  const turn = turnsToPraise(features);
  const shift =
    (turn ? TURN_TO_PRAISE_SHIFT : 0) +
    (plain ? PLAIN_COMPLAINT_SHIFT : 0) +
    (notOne ? NOT_COMPLAINT_SHIFT : 0) +
    ratingShift +
    (short ? SHORT_REVIEW_SHIFT : 0);
  return { plain, notOne, stars, stated: stated !== undefined, short, turn, ratingShift, shift };
}
