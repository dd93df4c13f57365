/** Rules that decide whether a mention asks something that needs an answer. */

import { clauses } from './text.js';

const WH = 'how|what|whats|when|where|which|who|whom|whose|why';
const AUX =
  'can|could|would|will|wont|should|shall|may|might|must|do|does|did|dont|doesnt|didnt|is|isnt|are|arent|was|wasnt|were|have|has|hasnt|havent|had|am|cant|couldnt|wouldnt|shouldnt';
// Greetings and fillers that may come before the question proper ("hi, how do I …").
const LEAD = String.raw`(?:(?:hi|hey|hello|hiya|so|ok|okay|and|but|also|please|pls|plz|guys|team|there|um|well|yes|no|sorry|thanks|thank you)\b[\s,!.:-]*)*`;

const STARTS_AS_QUESTION = new RegExp(String.raw`^${LEAD}(?:${WH}|${AUX})\b`);
const STARTS_WITH_WH = new RegExp(String.raw`^${LEAD}(?:${WH})\b`);
const ANY_UPDATE = /\bany (?:update|news|idea|info|information|word|chance|reason|way|help|eta)s?\b/;
// A question after a condition or lead-in without a comma ("if my flight is cancelled can I get a
// refund?"), or put to everyone ("anyone else having trouble logging in?").
const INNER_ASK =
  /\b(?:can|could|will|would|should|do|does|shall|may) (?:i|we|you|u|they|someone|somebody|anyone)\b|\b(?:if|once) (?:\S+ ){1,8}?(?:am|is|are|does|do|will|would|can|could|should|have|has) (?:i|we|you|u|they|it|there|my|our|the)\b|^(?:does |is |has )?(?:anyone|anybody)\b(?! who\b)|^(?:someone|somebody) (?:else|please|pls|plz|help|tell|explain|know|knows)\b/;
// Requests that need an answer even without a question mark. Each alternative needs a word of
// REQUEST_WORD below, which lets texts without one skip the rules: a new alternative adds its word there.
const REQUEST = new RegExp(
  [
    String.raw`^${LEAD}(?:how (?:do|can|should|would) (?:i|we)|can (?:you|u|i|we|someone|somebody)|could (?:you|u|i|someone)|would you|will you)\b`,
    String.raw`\b(?:please|pls|plz|kindly) (?:advise|help|assist|let (?:me|us) know|confirm|check|explain|tell|respond|reply|dm|contact|get back|call|email|look|sort|fix|send)\b`,
    String.raw`\b(?:let (?:me|us) know|i (?:need|want|would like|d like) to know|i (?:was )?wonder(?:ing)? (?:if|whether|how|why|when|what))\b`,
    String.raw`\b(?:need|want|looking for) (?:some )?(?:help|assistance|advice|info|information) (?:with|on|about)\b`,
  ].join('|'),
);

/** Lowercases and drops @handles, URLs, hashes and apostrophes once for the whole text. */
function prepare(text: string): string {
  // Each replacement runs only when its text is there: most tweets have no link, tag or tab.
  let out = text.toLowerCase();
  if (out.includes('http') || out.includes('www.')) out = out.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  if (out.includes('@')) out = out.replace(/@\w+/g, ' ');
  if (out.includes('#') || out.includes("'") || out.includes('’')) out = out.replace(/[#'’]/g, '');
  if (out.includes('  ') || out.includes('\t')) out = out.replace(/[ \t]+/g, ' ');
  return out;
}

/** Trims the punctuation and spaces a clause may open with. */
function clean(clause: string): string {
  return clause.replace(/^[\s.,:;\-–—"“”()]+/, '').trimEnd();
}

/** True when one clause is a question or request that expects an answer. */
function clauseIsQuestion(clause: string): boolean {
  if (!/[\p{L}\d]/u.test(clause)) return false;
  if (REQUEST.test(clause)) return true;
  if (!clause.includes('?')) return false;
  // "any update on my order?" and "?" after a wh-word or auxiliary at the start of the clause.
  if (STARTS_AS_QUESTION.test(clause) || ANY_UPDATE.test(clause)) return true;
  if (INNER_ASK.test(clause)) return true;
  // Short elliptical questions ("order 1234?", "refund?") are still asking for something.
  return clause.split(' ').length <= 4 && !/^(?:lol|wow|what|really|seriously|srsly)\b/.test(clause);
}

/** True when the text asks a question or makes a request that needs a reply from the brand. */
export function isQuestion(text: string): boolean {
  return questionForm(text) !== null;
}

/** Which kind of question the text asks, if any; the kinds become model features. */
export type QuestionForm = 'request' | 'wh-question' | 'any update?' | 'question';

// Without a "?", only a REQUEST can make a question, and every REQUEST holds one of these words: a text
// with neither asks nothing, and most texts are told so without being prepared and split into clauses.
const REQUEST_WORD =
  /\b(?:how|can|could|would|will|please|pls|plz|kindly|let|need|want|looking|wonder|wondering|i d)\b/i;

/**
 * Splits a clause at the white space after a run of "?" and "!" that holds a "?" ("why?! because …"),
 * in one pass: a lookbehind over the run re-read it at every position.
 */
function splitAfterQuestions(clause: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let asked = false;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i];
    if (c === '?') asked = true;
    else if (/\s/.test(c)) {
      if (asked) {
        parts.push(clause.slice(from, i));
        while (i + 1 < clause.length && /\s/.test(clause[i + 1])) i++;
        from = i + 1;
      }
      asked = false;
    } else if (c !== '!') asked = false;
  }
  parts.push(clause.slice(from));
  return parts;
}

/** Names the question rule that fired, or null when the text asks nothing. */
export function questionForm(text: string): QuestionForm | null {
  if (!text.includes('?') && !REQUEST_WORD.test(text)) return null;
  // A "?" inside a clause ("why? because …") splits it, so questions mid-sentence are seen too.
  const parts = clauses(prepare(text)).flatMap((c) => (c.includes('?') ? splitAfterQuestions(c) : c));
  let found: QuestionForm | null = null;
  for (const part of parts) {
    const whole = clean(part);
    const asks = whole.includes('?');
    // The question may follow a colon, comma or dash: "I asked three times: where is my refund?",
    // "Hi Acme, where is my parcel?", "Order 12345 - where is it?".
    const clause = asks && !STARTS_AS_QUESTION.test(whole) ? askingTail(whole) : whole;
    if (asks && ANY_UPDATE.test(clause)) return 'any update?';
    if (REQUEST.test(clause)) found = 'request';
    else if (asks && STARTS_WITH_WH.test(clause)) found ??= 'wh-question';
    // Not a request and no "?": clauseIsQuestion would say no, so its rules need not run.
    else if (asks && clauseIsQuestion(clause)) found ??= 'question';
  }
  return found;
}

/** The part of a clause after its last comma, colon, semicolon or dash, when that part asks (wh or auxiliary). */
function askingTail(clause: string): string {
  const parts = clause.split(/\s*[,:;–—]\s+|\s+-\s+/);
  const tail = parts[parts.length - 1];
  return parts.length > 1 && STARTS_AS_QUESTION.test(tail) ? tail : clause;
}
