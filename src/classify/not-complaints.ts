import { hasAny } from './token-gate.js';
import type { Features } from './features.js';
import { wordSet } from './word-lists.js';

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

// Verdicts of praise, one kind a line; "we can't complain about people not paying" is none.
const PROBLEM = '(?:problem|problems|issue|issues|complaint|complaints|trouble)';
// The hiccups a product can have, denied in a verdict: "haven't had a single jam", "never had one crash".
const HICCUP =
  '(?:jam|jams|crash|crashes|glitch|glitches|hiccup|hiccups|leak|leaks|fault|faults|bug|bugs|defect|defects|dropout|dropouts|breakdown|breakdowns)';
const VERDICTS = [
  String.raw`(?:no|zero) complaints|not (?:a|one) (?:single )?(?:complaint|problem|issue|hiccup|glitch)|nothing (?:at all )?to complain about`,
  String.raw`(?:cant|cannot|couldnt) (?:really )?(?:complain(?! about (?:people|others|customers|users)\b)|fault (?:it|them|this|these)(?! on\b))`,
  String.raw`no regrets|(?:no|zero) (?:problems|issues|trouble)|(?:never|hasnt|has not|not once) let (?:me|us) down`,
  String.raw`(?:never|havent|hasnt|not once|never once) (?:ever )?had (?:a |an |any |one )?(?:single )?(?:${PROBLEM}|${HICCUP})`,
  String.raw`(?:works|worked|working) (?:flawlessly|perfectly|like a charm)|(?:has|have) never (?:been|looked|felt) better(?! at\b)`,
  String.raw`highly recommend(?:ed)?|would (?:definitely |totally |highly |absolutely )?recommend (?:it|this|them|these)`,
  String.raw`worth every (?:penny|cent)|money well spent|exceeded (?:all )?(?:my |our )?expectations|(?:couldnt|could not) be happier`,
  // Not after leaving ("Done with @Verizon … not looking back"), nor "never change" as sarcasm after a
  // charge, an outage or a wait ("$65 for a carry-on. Never change, Spirit", "never change lol").
  // The guards look back over the whole text, so they run only once the phrase has matched.
  String.raw`(?:(?:not|never) looking back|never looked back|no going back)(?<!\b(?:done with|cancel\w*|deleted|uninstalled|ditched|quit|closed)\b.*)|never change(?<!(?:\b(?:again|still|another|hours?|hrs|charged|charge|fees?|out|delay\w*|late|lost|cancel\w*|wrong|tarmac|hold|broken)\b|<num> for ).*)(?! (?:\S+ ){0,3}(?:for|because)\b)(?!.*\b(?:lol|smh|again|hours?|hrs|delay\w*|late)\b)`,
  String.raw`(?:cant|cannot|couldnt) (?:recommend|thank|praise) (?:\S+ ){0,3}enough|(?:couldnt|could not) have been (?:nicer|better|kinder|friendlier|happier|more helpful)`,
  String.raw`(?:would|will|id|ill) (?:definitely |gladly |happily )?(?:buy|order) (?:it |this |these |them |another |more )?again`,
].join('|');
// The words a verdict starts with: the guard before it, which looks back, runs there only.
const VERDICT_FIRST =
  '(?:no|zero|not|nothing|cant|cannot|couldnt|could|never|hasnt|has|havent|have|works|worked|working|highly|would|will|id|ill|worth|money|exceeded)';
// A verdict undone before it: negated or hedged ("not worth every penny", "not sure I'd buy again", "I
// don't think I would recommend them"), in the past ("I used to have no complaints", "my old one worked
// flawlessly") or someone's claim ("your tech said no issues on your end").
const UNDONE_BEFORE = String.raw`(?<!\b(?:not|hardly|isnt|wasnt|never|(?:not sure|doubt|dont think|cant say|cannot say|wouldnt say|dont know if)(?: \S+)?|used to(?: \S+){0,2}|(?:old|previous|original)(?: \S+)?|(?:said|says|saying|claimed|claims|told (?:me|us)|(?:you|they) say)(?: \S+){0,3}) )`;
// Or after it, one kind a line: an exception or a turn ("never had an issue until the update", "no
// complaints apart from the smell", "no issues with the laptop itself, the courier…", "10 years, no
// complaints. Now three outages", "never had a problem with pickup. Today I sat…"; not "no complaints
// today"); a question or a condition ("worth the money?", "zero issues for years, so why did my bill go
// up", "would order again if the driver could find us"; not "if you're looking for…"); advice to go
// elsewhere ("highly recommend avoiding it", "… skipping this place", "… updating your app"); one part
// praised before another blamed ("no issues with the product, the delivery guy threw it…"); a quote
// ("no problems, she said"); sarcasm ("No complaints. Said no customer ever").
const UNDONE_AFTER = [
  String.raw` (?:\S+ ){0,6}(?:until|till|but|before|except|apart|aside|besides|itself|now|lately|recently|suddenly|then|why|\?)(?!\S)`,
  String.raw` (?:\S+ ){1,6}(?:today|tonight)\b`,
  String.raw` (?:\S+ ){0,4}(?:if (?!(?:you|youre|your|u)\b)|is what\b)`,
  String.raw` (?:\S+ ){0,2}(?:avoid\w*|against|away|elsewhere|else|other|another|instead|skip\w*|not|dont|saving|leaving|bringing|cancel\w*|switch\w*)\b`,
  String.raw` (?:you )?\w+ing your\b`,
  String.raw` (?:with|about) (?:the|my|our) (?:\S+ ){1,2}(?:itself )?(?:the |but |however )?(?:delivery|courier|driver|seller|shipping|packaging|service|staff)\b`,
  String.raw` (?:\S+ )?(?:she|he|they|you|agent|staff) (?:said|says|told)\b`,
  String.raw`.*\b(?:said no(?:body| one)?|not anymore|another (?:matter|story))\b`,
]
  .map((undone) => `(?!${undone})`)
  .join('');

const NOT_COMPLAINTS: readonly NotComplaint[] = [
  {
    label: 'job posting',
    pattern:
      /\b(?:we are hiring|were hiring|now hiring|is hiring|join our team|apply (?:now|today|by|here|online)|job (?:opening|openings|posting|vacancy)|vacancies)\b/,
  },
  {
    pattern: new RegExp(String.raw`\b(?=${VERDICT_FIRST}\b)${UNDONE_BEFORE}(?:${VERDICTS})\b${UNDONE_AFTER}`),
  },
];

/** The logit shift of a post that is plainly no complaint. */
export const NOT_COMPLAINT_SHIFT = -2.5;

// Every pattern holds one of these tokens: most texts have none.
const NOT_COMPLAINT_TOKENS = wordSet(
  'hiring join apply job vacancies complaints complaint complain fault regrets problems issues trouble down flawlessly perfectly charm better had recommend recommended penny cent spent expectations happier enough nicer kinder friendlier helpful again looking looked going change',
);

/** The reason for the kind of non-complaint post a text (by its tokens) is, or undefined. */
export function notAComplaint(features: Pick<Features, 'tokens' | 'tokenString'>): string | undefined {
  if (!hasAny(features.tokens, NOT_COMPLAINT_TOKENS)) return undefined;
  for (const n of NOT_COMPLAINTS) {
    const m = n.pattern.exec(features.tokenString);
    if (m !== null) return n.label ?? m[0];
  }
  return undefined;
}
