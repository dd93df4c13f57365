import { hasAny } from './token-gate.js';

/**
 * Posts that are plainly no complaint, of kinds the tweets to a service desk hold too few of to teach
 * the model: job ads ("we're hiring … apply by 15 December"), which a keyword search for a brand finds
 * on blogs and feeds, and a review's verdict of praise ("no complaints", "never had an issue", "highly
 * recommend", "worth every penny"), which the model reads by its problem words. Unless the text names
 * a problem, such a post takes a logit shift set by hand, as the star ratings and plain complaints do.
 */

/** A kind of post that is no complaint, on the token string, and the reason shown for it. */
interface NotComplaint {
  /** The reason shown; without one, the words matched are the reason ("worth every penny"). */
  label?: string;
  pattern: RegExp;
}

// "We can't complain about people not paying" is no verdict.
// A verdict undone by what follows: "never had an issue until the update", "highly recommend avoiding
// it", "worth the money?"
const UNDONE_AFTER = String.raw`(?! (?:\S+ ){0,4}(?:until|till|but|before|except|\?)(?!\S))(?! (?:\S+ ){0,2}(?:avoid\w*|against|away|elsewhere|else|other|another)\b)`;
const PROBLEM = '(?:problem|problems|issue|issues|complaint|complaints)';

const NOT_COMPLAINTS: readonly NotComplaint[] = [
  {
    label: 'job posting',
    pattern:
      /\b(?:we are hiring|were hiring|now hiring|is hiring|join our team|apply (?:now|today|by|here|online)|job (?:opening|openings|posting|vacancy)|vacancies)\b/,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:no|zero) complaints|not (?:a|one) (?:single )?complaint|nothing (?:at all )?to complain about|(?:cant|cannot|couldnt) (?:really )?(?:complain(?! about (?:people|others|customers|users)\b)|fault (?:it|them|this|these))|no regrets|(?:no|zero) (?:problems|issues)|(?:works|worked|working) (?:flawlessly|perfectly|like a charm)|(?:has|have) never (?:been|looked|felt) better|(?:never|havent|hasnt|not once) (?:ever )?had (?:a |an |any |one )?(?:single )?${PROBLEM}|highly recommend(?:ed)?|would (?:definitely |totally |highly |absolutely )?recommend (?:it|this|them|these)|worth every (?:penny|cent)|money well spent|exceeded (?:all )?(?:my |our )?expectations|(?:couldnt|could not) be happier|(?:would|will|id|ill) (?:definitely |gladly |happily )?(?:buy|order) (?:it |this |these |them |another |more )?again)\b${UNDONE_AFTER}`,
    ),
  },
];

/** The logit shift of a post that is plainly no complaint. */
export const NOT_COMPLAINT_SHIFT = -2.5;

// Every pattern holds one of these tokens: most texts have none.
const NOT_COMPLAINT_TOKENS = new Set(
  'hiring join apply job vacancies complaints complaint complain fault regrets problems issues flawlessly perfectly charm better had recommend recommended penny cent spent expectations happier again'.split(
    ' ',
  ),
);

/** The reason for the kind of non-complaint post a text (by its tokens) is, or undefined. */
export function notAComplaint(tokens: readonly string[]): string | undefined {
  if (!hasAny(tokens, NOT_COMPLAINT_TOKENS)) return undefined;
  const tokenString = tokens.join(' ');
  for (const n of NOT_COMPLAINTS) {
    const m = n.pattern.exec(tokenString);
    if (m !== null) return n.label ?? m[0];
  }
  return undefined;
}
