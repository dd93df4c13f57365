/** The trained model's shape, and scoring of extracted features against it. */

import { CHAR_BUCKETS, shareKey, shareReason, START, type FeatureConfig, type Features } from './features.js';
import { sigmoid } from './logistic.js';
import { CharSums } from './char-sums.js';

/** What `train` writes: feature weights by name, plus calibration and the decision threshold. */
export interface ModelData {
  version: 1;
  features: FeatureConfig;
  bias: number;
  /** Platt scaling of the raw margin: p = sigmoid(a * margin + b). */
  platt: { a: number; b: number };
  /** Calibrated probability at or above which a text is a complaint (chosen for macro F1). */
  threshold: number;
  weights: Record<string, number>;
}

/**
 * A word or bigram weight as scoring holds it. `seen` marks the text that last used it, so that a word
 * repeated in a text counts once (as in training) without a set of seen words per text.
 */
export interface TokenWeight<W> {
  w: W;
  seen: number;
}

/** Word weights by token and bigram weights by first then second token: no feature names to build. */
export interface TokenWeights<W> {
  words: Map<string, TokenWeight<W>>;
  pairs: Map<string, Map<string, TokenWeight<W>>>;
  /** Counts scored texts; a weight whose `seen` equals it was already used for the current text. */
  texts: number;
}

/** Empty token weights. */
export function emptyTokenWeights<W>(): TokenWeights<W> {
  return { words: new Map(), pairs: new Map(), texts: 0 };
}

/** Files a weight under its feature name; false for names that are neither a word nor a bigram. */
export function addTokenWeight<W>(into: TokenWeights<W>, key: string, w: W): boolean {
  if (key.startsWith('w:')) {
    into.words.set(key.slice(2), { w, seen: 0 });
    return true;
  }
  if (!key.startsWith('b:')) return false;
  // Tokens hold no spaces, so the first space after the prefix splits the pair.
  const space = key.indexOf(' ', 2);
  const first = key.slice(2, space);
  let inner = into.pairs.get(first);
  if (inner === undefined) into.pairs.set(first, (inner = new Map()));
  inner.set(key.slice(space + 1), { w, seen: 0 });
  return true;
}

/**
 * A text's weighted features, one entry per feature across parallel arrays: its kind (1 word, 2 bigram,
 * 0 any other, added by the caller), its first token or name, its second token, and its weight.
 */
export interface FoundWeights<W> {
  kinds: number[];
  keys: string[];
  seconds: string[];
  weights: W[];
}

/**
 * The weights of a text's word and bigram features, each feature once, in the order training names them
 * (words, then bigrams).
 */
export function tokenWeights<W>(table: TokenWeights<W>, features: Features): FoundWeights<W> {
  const out: FoundWeights<W> = { kinds: [], keys: [], seconds: [], weights: [] };
  const text = ++table.texts;
  const words = features.words;
  for (const token of words) {
    const e = table.words.get(token);
    if (e === undefined || e.seen === text) continue;
    e.seen = text;
    out.kinds.push(1);
    out.keys.push(token);
    out.seconds.push('');
    out.weights.push(e.w);
  }
  if (!features.bigrams) return out;
  for (let i = 0; i < words.length; i++) {
    const first = i === 0 ? START : words[i - 1];
    const e = table.pairs.get(first)?.get(words[i]);
    if (e === undefined || e.seen === text) continue;
    e.seen = text;
    out.kinds.push(2);
    out.keys.push(first);
    out.seconds.push(words[i]);
    out.weights.push(e.w);
  }
  return out;
}

/** A model ready for scoring: weights in Maps for fast lookups. */
export interface CompiledModel {
  features: FeatureConfig;
  /** Weights of named features other than words and bigrams ("k:", "lex:", "v:", …). */
  weights: Map<string, number>;
  tokens: TokenWeights<number>;
  /**
   * Weights of hashed character n-grams by bucket, already multiplied by their feature value. A dense
   * array (4 MB) rather than a Map: about a hundred lookups per text made the Map the slowest step.
   */
  charWeights: Float32Array;
  /** The character n-gram weights of each word, summed once and remembered. */
  charSums: CharSums;
  bias: number;
  platt: { a: number; b: number };
  threshold: number;
}

/** Builds the lookup structure once, so each call to `classify` only reads it. */
export function compileModel(data: ModelData): CompiledModel {
  const weights = new Map<string, number>();
  const tokens = emptyTokenWeights<number>();
  const charWeights = new Float32Array(CHAR_BUCKETS);
  for (const [key, w] of Object.entries(data.weights)) {
    if (key.startsWith('c:')) charWeights[Number(key.slice(2))] = w * data.features.charValue;
    else if (!addTokenWeight(tokens, key, w)) weights.set(key, w);
  }
  return {
    features: data.features,
    weights,
    tokens,
    charWeights,
    charSums: new CharSums(data.features, charWeights),
    bias: data.bias,
    platt: data.platt,
    threshold: data.threshold,
  };
}

/** Raw linear score of a text's features (before calibration). */
export function margin(model: CompiledModel, features: Features): number {
  let z = model.bias;
  // Each weighted feature's share is kept for `contributions`, which then need not look weights up again.
  const { kinds, keys, seconds, weights } = tokenWeights(model.tokens, features);
  const scale = features.scale;
  if (scale !== 1) for (let i = 0; i < weights.length; i++) weights[i] *= scale;
  for (const w of weights) z += w;
  for (const [key, value] of features.values) {
    const w = model.weights.get(key);
    if (w === undefined) continue;
    z += w * value;
    kinds.push(0);
    keys.push(key);
    seconds.push('');
    weights.push(w * value);
  }
  features.shares = { model, kinds, keys, seconds, values: weights };
  return z + model.charSums.total(features.words) * scale;
}

/** Calibrated probability from a margin, with an optional extra logit shift (star ratings). */
export function probability(model: CompiledModel, rawMargin: number, shift = 0): number {
  return sigmoid(model.platt.a * rawMargin + model.platt.b + shift);
}

/** A labelled feature's share of the score. */
export interface Contribution {
  label: string;
  value: number;
}

/**
 * The strongest readable features pushing the score up (sign 1) or down (sign -1), strongest first.
 * Labels are only worked out for the candidates that get that far, which keeps `classify` fast.
 */
export function contributions(
  model: CompiledModel,
  features: Features,
  sign: 1 | -1,
  limit: number,
): Contribution[] {
  if (features.shares?.model !== model) margin(model, features);
  const shares = features.shares!;
  const values = shares.values;
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] * sign > 0) order.push(i);
  order.sort(
    (x, y) => (values[y] - values[x]) * sign || (shareKey(shares, x) < shareKey(shares, y) ? -1 : 1),
  );
  const out: Contribution[] = [];
  for (const i of order) {
    const label = shareReason(features, shares, i);
    // Each reason once, and none empty.
    if (label !== undefined && label !== '' && !out.some((c) => c.label === label)) {
      out.push({ label, value: values[i] });
    }
    if (out.length === limit) break;
  }
  return out;
}

/** The shipped form: parallel arrays, which parse and load several times faster than one keyed object. */
interface SerialisedModel {
  version: 1;
  features: FeatureConfig;
  bias: number;
  platt: { a: number; b: number };
  threshold: number;
  words: string[];
  wordWeights: number[];
  chars: number[];
  charWeights: number[];
}

// Four significant digits: finer steps change no decision and only grow the shipped file.
const round = (x: number): number => Number(x.toPrecision(4));

/** Weight keys in a stable order: named features sorted, hashed character n-grams (`c:N`) by number. */
export function sortedWeightKeys(weights: Record<string, unknown>): { words: string[]; chars: number[] } {
  const keys = Object.keys(weights).sort();
  const words = keys.filter((k) => !k.startsWith('c:'));
  const chars = keys
    .filter((k) => k.startsWith('c:'))
    .map((k) => Number(k.slice(2)))
    .sort((a, b) => a - b);
  return { words, chars };
}

/** Serialises model data with sorted keys and rounded weights, so that a run always gives the same bytes. */
export function serialiseModel(data: ModelData): string {
  const { words, chars } = sortedWeightKeys(data.weights);
  const out: SerialisedModel = {
    version: data.version,
    features: data.features,
    bias: round(data.bias),
    platt: { a: round(data.platt.a), b: round(data.platt.b) },
    threshold: data.threshold,
    words,
    wordWeights: words.map((k) => round(data.weights[k])),
    chars,
    charWeights: chars.map((c) => round(data.weights[`c:${c}`])),
  };
  return JSON.stringify(out);
}

/** Loads a model written by `serialiseModel` straight into lookup form. */
export function parseModel(json: string): CompiledModel {
  const data = JSON.parse(json) as SerialisedModel;
  if (data.version !== 1) throw new Error(`classify: model version ${String(data.version)} is not supported`);
  const weights = new Map<string, number>();
  const tokens = emptyTokenWeights<number>();
  data.words.forEach((key, i) => {
    if (!addTokenWeight(tokens, key, data.wordWeights[i])) weights.set(key, data.wordWeights[i]);
  });
  const charWeights = new Float32Array(CHAR_BUCKETS);
  const charValue = data.features.charValue;
  data.chars.forEach((bucket, i) => (charWeights[bucket] = data.charWeights[i] * charValue));
  const { features, bias, platt, threshold } = data;
  const charSums = new CharSums(features, charWeights);
  return { features, weights, tokens, charWeights, charSums, bias, platt, threshold };
}
