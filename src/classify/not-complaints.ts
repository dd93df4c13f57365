import { hasAny } from './token-gate.js';

/**
 * Posts that are plainly no complaint and that tweets to a service desk never are, so the model has
 * not seen them: job ads ("we're hiring … apply by 15 December"), which a keyword search for a brand
 * finds on blogs and feeds. Unless the text names a problem, such a post takes a logit shift set by
 * hand, as the star ratings and plain complaints do.
 */

/** A kind of post that is no complaint, and the reason shown for it. */
interface NotComplaint {
  label: string;
  pattern: RegExp;
}

const NOT_COMPLAINTS: readonly NotComplaint[] = [
  {
    label: 'job posting',
    pattern:
      /\b(?:we are hiring|we['’]re hiring|were hiring|now hiring|is hiring|join our team|apply (?:now|today|by|here|online)|job (?:opening|openings|posting|vacancy)|vacancies)\b/i,
  },
];

/** The logit shift of a post that is plainly no complaint. */
export const NOT_COMPLAINT_SHIFT = -2.5;

// Every pattern holds one of these tokens: most texts have none.
const NOT_COMPLAINT_TOKENS = new Set(['hiring', 'join', 'apply', 'job', 'vacancies']);

/** The label of the kind of non-complaint post a text (with its lowercase tokens) is, or undefined. */
export function notAComplaint(text: string, tokens: readonly string[]): string | undefined {
  if (!hasAny(tokens, NOT_COMPLAINT_TOKENS)) return undefined;
  for (const n of NOT_COMPLAINTS) if (n.pattern.test(text)) return n.label;
  return undefined;
}
