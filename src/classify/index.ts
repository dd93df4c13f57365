/** The complaint classifier: a shipped logistic-regression model plus question rules; pure and synchronous. */

import type { Classification } from '../mention.js';
import { POST_LABEL, readByDefault } from './addressed.js';
import { extractFeatures, type FeatureConfig, type Features } from './features.js';
import { detectLanguageOfTokens, languageReason } from './language.js';
import { contributions, margin, parseModel, probability, type CompiledModel } from './model.js';
import { MODEL_JSON } from './model-data.js';
import { SHORT_REVIEW_LABEL, SHORT_REVIEW_SHIFT } from './short-review.js';
import { NOT_COMPLAINT_SHIFT } from './not-complaints.js';
import { personalDataKinds } from './personal-data.js';
import { PLAIN_COMPLAINT_SHIFT } from './plain-complaints.js';
import { handSet } from './hand-set.js';
import { ratingReason } from './rating-shift.js';
import { TURN_TO_PRAISE_LABEL, TURN_TO_PRAISE_SHIFT } from './turn-to-praise.js';
import { parseSeverity, severityOf, type CompiledSeverityModel } from './severity.js';
import { SEVERITY_MODEL_JSON } from './severity-model-data.js';

export { isQuestion } from './question.js';

/** Options for one text. */
export interface ClassifyOptions {
  /** Star rating 1..5 from review sources. */
  rating?: number;
  /**
   * Whether the text is written to or about the brand by a customer. News and web pages found by an
   * alert are not: they are scored as the text stands, without assuming a brand is addressed. When not
   * given, a text is taken as addressed unless it is a post to followers (see `readByDefault`).
   */
  addressed?: boolean;
}

const MAX_REASONS = 4;
// Logit shift for a text not addressed to the brand (news, web pages) that names no problem: no
// negative word, no problem cue. Set by hand, as the ratings are, because the dev file has no news: a
// report of a share sale or a product launch is nobody's complaint, however much money and time it names.
const NO_PROBLEM_SHIFT = -3;
const NO_PROBLEM_LABEL = 'news naming no problem';

let shipped: CompiledModel | undefined;
let shippedSeverity: CompiledSeverityModel | undefined;

/** The shipped model, parsed on first use so that importing this module stays cheap. */
function model(): CompiledModel {
  shipped ??= parseModel(MODEL_JSON);
  return shipped;
}

/** The shipped severity model, parsed on first use. */
function severityModel(): CompiledSeverityModel {
  shippedSeverity ??= parseSeverity(SEVERITY_MODEL_JSON);
  return shippedSeverity;
}

/** Whether features extracted for one model serve the other: words and cues alike, characters if used. */
function sameWords(a: FeatureConfig, b: FeatureConfig): boolean {
  const chars = b.charMin === 0 || (a.charMin === b.charMin && a.charMax === b.charMax);
  return a.bigrams === b.bigrams && a.handles === b.handles && chars;
}

/**
 * Severity 1–4 of a complaint, scored as addressed to a brand (as trained), reusing the complaint
 * model's features when they fit.
 */
function severity(text: string, features: Features, config: FeatureConfig, addressed: boolean): number {
  const sev = severityModel();
  const reuse = addressed && sameWords(config, sev.features);
  return severityOf(sev, reuse ? features : extractFeatures(text, sev.features, true));
}

/** Classifies one text with the given compiled model (the shipped one unless a test passes another). */
export function classifyWith(
  compiled: CompiledModel,
  text: string,
  options: ClassifyOptions = {},
): Classification {
  const reading =
    options.addressed === undefined
      ? readByDefault(text, compiled.features)
      : { features: extractFeatures(text, compiled.features, options.addressed), asPost: false };
  const features = reading.features;
  const calmNews = options.addressed === false && !features.problem;
  const hand = handSet(text, features, { plain: reading.plain, rating: options.rating });
  const { plain, notOne, stars, ratingShift } = hand;
  const shift = (calmNews ? NO_PROBLEM_SHIFT : 0) + hand.shift;
  const complaintScore = probability(compiled, margin(compiled, features), shift);
  const complaint = complaintScore >= compiled.threshold;
  // Extra candidates, because overlapping ones ("refund", "no refund") are merged below.
  const parts = contributions(compiled, features, complaint ? 1 : -1, MAX_REASONS * 3);
  if (calmNews && !complaint) parts.unshift({ label: NO_PROBLEM_LABEL, value: NO_PROBLEM_SHIFT });
  if (hand.short && complaint) parts.unshift({ label: SHORT_REVIEW_LABEL, value: SHORT_REVIEW_SHIFT });
  if (plain && complaint) parts.unshift({ label: plain, value: PLAIN_COMPLAINT_SHIFT });
  if (notOne && !complaint) parts.unshift({ label: notOne, value: NOT_COMPLAINT_SHIFT });
  if (hand.turn && !complaint) parts.unshift({ label: TURN_TO_PRAISE_LABEL, value: TURN_TO_PRAISE_SHIFT });
  // Say so when the reading decided it: the same words to a brand may well be a complaint.
  if (reading.asPost && !complaint) parts.unshift({ label: POST_LABEL, value: 0 });
  if (stars !== undefined && ratingShift !== 0 && ratingShift > 0 === complaint) {
    parts.unshift({ label: ratingReason(stars, hand.stated), value: ratingShift });
  }
  const language = detectLanguageOfTokens(text, features.tokens);
  const reasons = pickReasons(parts.map((p) => p.label));
  // Say so rather than guess silently: the model only knows English.
  const foreign = languageReason(language);
  if (foreign !== undefined) reasons.unshift(foreign);
  const result: Classification = { complaint, complaintScore, reasons, question: features.question !== null };
  if (complaint) {
    const addressed = options.addressed ?? !reading.asPost;
    result.severity = severity(text, features, compiled.features, addressed);
  }
  result.personalData = personalDataKinds(text);
  result.language = language;
  return result;
}

/** Keeps the strongest distinct reasons; a longer one ("charged twice") replaces a part of it ("charged"). */
function pickReasons(labels: string[]): string[] {
  const out: string[] = [];
  // Each kept label padded with spaces, so that "charged" is found in " charged twice " as a whole word.
  const padded: string[] = [];
  for (const label of labels) {
    const words = ` ${label} `;
    if (padded.some((o) => o.includes(words))) continue;
    const part = padded.findIndex((o) => words.includes(o));
    if (part >= 0) {
      out[part] = label;
      padded[part] = words;
      // Drop any other, later part of the same longer reason.
      for (let j = out.length - 1; j > part; j--) {
        if (words.includes(padded[j])) {
          out.splice(j, 1);
          padded.splice(j, 1);
        }
      }
    } else if (out.length < MAX_REASONS) {
      out.push(label);
      padded.push(words);
    }
  }
  return out;
}

/** Classifies one mention: complaint or not, a calibrated score, the reasons, and whether it asks something. */
export function classify(text: string, options?: ClassifyOptions): Classification {
  return classifyWith(model(), text, options);
}

/** Classifies many texts; ratings, when given, line up with the texts by index. */
export function classifyMany(
  texts: readonly string[],
  ratings?: readonly (number | undefined)[],
): Classification[] {
  const compiled = model();
  return texts.map((text, i) => classifyWith(compiled, text, { rating: ratings?.[i] }));
}
