/**
 * Sentiment valence from the VADER lexicon (see valence-data.ts): per-text sums and extremes of word
 * valences, with VADER's rules for negation ("not good") and intensifiers ("really bad"). A large,
 * human-rated lexicon carries over to texts unlike the training tweets (reviews, airline tweets).
 */

import { BOOSTERS_DOWN, BOOSTERS_UP, NEGATIONS, VALENCE_LINES } from './valence-data.js';

// VADER's constants: a negation scales valence by -0.74; a booster moves it by 0.293 away from zero.
const NEGATION_SCALE = -0.74;
const BOOST = 0.293;
// How many tokens back a negation or booster still applies (VADER looks three words back).
const REACH = 3;

let valences: Map<string, number> | undefined;
const up = new Set(BOOSTERS_UP.split(' '));
const down = new Set(BOOSTERS_DOWN.split(' '));
const negations = new Set(NEGATIONS.split(' '));

function lexicon(): Map<string, number> {
  if (valences === undefined) {
    valences = new Map();
    for (const line of VALENCE_LINES.trim().split('\n')) {
      const space = line.lastIndexOf(' ');
      valences.set(line.slice(0, space), Number(line.slice(space + 1)) / 10);
    }
  }
  return valences;
}

/** Valence summary of one text. */
export interface Valence {
  /** Sum of the positive and (as a magnitude) of the negative word valences. */
  positive: number;
  negative: number;
  /** Largest positive and negative (magnitude) single-word valences. */
  max: number;
  min: number;
  /** VADER's normalised compound score in (-1, 1). */
  compound: number;
}

/** The valence summary of a token list (lowercased, apostrophes dropped, as `tokenise` gives). */
export function valenceOf(tokens: readonly string[]): Valence {
  const lex = lexicon();
  const out: Valence = {
    positive: 0,
    negative: 0,
    max: 0,
    min: 0,
    compound: 0,
  };
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    let v = lex.get(tokens[i]);
    if (v === undefined || v === 0) continue;
    for (let j = Math.max(0, i - REACH); j < i; j++) {
      const t = tokens[j];
      if (up.has(t)) v += v > 0 ? BOOST : -BOOST;
      else if (down.has(t)) v -= v > 0 ? BOOST : -BOOST;
      else if (negations.has(t)) v *= NEGATION_SCALE;
    }
    sum += v;
    if (v > 0) {
      out.positive += v;
      if (v > out.max) out.max = v;
    } else {
      out.negative -= v;
      if (-v > out.min) out.min = -v;
    }
  }
  out.compound = sum / Math.sqrt(sum * sum + 15);
  return out;
}
