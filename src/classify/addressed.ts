/** Whom a text with no other context is taken as written to (see ClassifyOptions.addressed). */
import { extractFeatures, type FeatureConfig, type Features } from './features.js';
import { plainComplaint } from './plain-complaints.js';
import { HANDLE_TOKEN } from './text.js';

// A link, as the tokeniser finds one (any case).
const LINK = /\b(?:https?:\/\/|www\.)/i;
// A hashtag after a space or punctuation: letters, or letters and digits with a lowercase letter among
// them ("#BlackFriday2024"), so that an order or ticket number ("#AB1234", "#HELP-4411") is not one.
// The whole run after "#" is read once and judged afterwards: a pattern that tried each split of it
// took quadratic time on a long run ending in "-".
const HASHTAG_RUN = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)(?![\p{L}\p{N}_-])/gu;
const LEADING_LETTERS = /^[\p{L}_]*/u;
const LOWERCASE = /\p{Ll}/u;

/** Whether a text holds a hashtag (see HASHTAG_RUN), rather than only order or ticket numbers. */
function hasHashtag(text: string): boolean {
  HASHTAG_RUN.lastIndex = 0;
  for (let m = HASHTAG_RUN.exec(text); m !== null; m = HASHTAG_RUN.exec(text)) {
    const run = m[1];
    const letters = LEADING_LETTERS.exec(run)?.[0] ?? '';
    if (letters.length === run.length || LOWERCASE.test(letters)) return true;
  }
  return false;
}

// A text with a link that is still written to a company: a greeting, or the customer's own order or account.
const WRITTEN_TO =
  /^\s*(?:hi|hello|hey|dear)\b|\b(?:my|our) (?:order|parcel|package|delivery|booking|account|flight|bill|refund|subscription)\b/i;

/** The reason shown when a text was read as a post to followers and is not a complaint. */
export const POST_LABEL = 'a post to followers (link or hashtag, no @handle)';

/** A text's features as `classify` scores it when nothing says whom it is for, and whether it read as a post. */
export interface DefaultReading {
  features: Features;
  /** Scored as it stands, as a post to the writer's followers rather than a message to a brand. */
  asPost: boolean;
  /**
   * The plain complaint of `features` when reading them looked for one (null: none found), so that
   * `handSet` does not look again; undefined when it was not looked for.
   */
  plain?: string | null;
}

/**
 * A text without a handle is taken as written to a brand, as a review is, unless it reads as a post to
 * the writer's followers: it carries a link, or a hashtag, while naming no problem (a negative word, a
 * problem cue or a plain complaint: "#acmefail" with "still waiting" stays a message about the brand).
 * A link in mail written to a company (a greeting, "my order") that names a problem stays one too. Such
 * a post is scored as it stands. In the dev tweets 302 of the 431 texts without a handle carry a link or
 * hashtag and 5 of those complain; reading them as posts raised cross-validated macro F1 by about a
 * point. Texts with a handle are not affected.
 */
export function readByDefault(text: string, config: FeatureConfig): DefaultReading {
  const link = LINK.test(text);
  // Most texts hold no "#": the hashtag pattern, slow to scan, runs only on those that do.
  if (!link && !(text.includes('#') && hasHashtag(text)))
    return { features: extractFeatures(text, config, true), asPost: false };
  const literal = extractFeatures(text, config, false);
  if (literal.tokens.includes(HANDLE_TOKEN)) return { features: literal, asPost: false };
  const plain = literal.problem ? undefined : (plainComplaint(literal) ?? null);
  const problem = literal.problem || typeof plain === 'string';
  if ((!link || WRITTEN_TO.test(text)) && problem)
    return { features: extractFeatures(text, config, true), asPost: false };
  return { features: literal, asPost: true, plain };
}
