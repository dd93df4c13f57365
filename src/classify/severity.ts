/** Complaint severity (1 no explicit reproach, 2 disapproval, 3 accusation, 4 blame) from a linear model. */

import { charBuckets, type FeatureConfig, type Features } from './features.js';
import {
  addTokenWeight,
  emptyTokenWeights,
  sortedWeightKeys,
  tokenWeights,
  type TokenWeights,
} from './model.js';

/** The severity levels, in the order the model's per-level arrays use. */
export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
const K = SEVERITY_LEVELS.length;

/** Weights per level, as training produces them (see `levelFits`); `weights[name]` holds one weight per level. */
export interface SeverityModelData {
  version: 1;
  features: FeatureConfig;
  bias: number[];
  /** Added to each level's margin after fitting, chosen by cross-validation for macro F1 over the levels. */
  offsets: number[];
  weights: Record<string, number[]>;
}

/** A severity model ready for scoring: per-level weights in Maps keyed by feature or character bucket. */
export interface CompiledSeverityModel {
  features: FeatureConfig;
  /** Bias plus offset per level. */
  bias: Float64Array;
  /** Weights of named features other than words and bigrams. */
  weights: Map<string, Float64Array>;
  tokens: TokenWeights<Float64Array>;
  /** Character-bucket weights, already multiplied by the feature value. */
  charWeights: Map<number, Float64Array>;
}

/** The shipped form: sorted feature names and their weights, level by level, in one flat array. */
interface SerialisedSeverity {
  version: 1;
  features: FeatureConfig;
  bias: number[];
  words: string[];
  wordWeights: number[];
  chars: number[];
  charWeights: number[];
}

const round = (x: number): number => Number(x.toPrecision(4));

/** Builds the lookup form from training output (charValue folded into character weights). */
export function compileSeverity(data: SeverityModelData): CompiledSeverityModel {
  const weights = new Map<string, Float64Array>();
  const tokens = emptyTokenWeights<Float64Array>();
  const charWeights = new Map<number, Float64Array>();
  for (const [key, w] of Object.entries(data.weights)) {
    if (key.startsWith('c:')) {
      charWeights.set(
        Number(key.slice(2)),
        Float64Array.from(w, (x) => x * data.features.charValue),
      );
    } else {
      const levels = Float64Array.from(w);
      if (!addTokenWeight(tokens, key, levels)) weights.set(key, levels);
    }
  }
  const bias = Float64Array.from(data.bias, (b, i) => b + (data.offsets[i] ?? 0));
  return { features: data.features, bias, weights, tokens, charWeights };
}

/** Serialises with sorted keys and rounded weights, offsets folded into the bias: same data, same bytes. */
export function serialiseSeverity(data: SeverityModelData): string {
  const { words, chars } = sortedWeightKeys(data.weights);
  const out: SerialisedSeverity = {
    version: 1,
    features: data.features,
    bias: data.bias.map((b, i) => round(b + (data.offsets[i] ?? 0))),
    words,
    wordWeights: words.flatMap((k) => data.weights[k].map(round)),
    chars,
    charWeights: chars.flatMap((c) => data.weights[`c:${c}`].map(round)),
  };
  return JSON.stringify(out);
}

/** Loads a model written by `serialiseSeverity`. */
export function parseSeverity(json: string): CompiledSeverityModel {
  const data = JSON.parse(json) as SerialisedSeverity;
  if (data.version !== 1) throw new Error(`severity: model version ${String(data.version)} is not supported`);
  const weights = new Map<string, Float64Array>();
  const tokens = emptyTokenWeights<Float64Array>();
  data.words.forEach((key, i) => {
    const w = Float64Array.from(data.wordWeights.slice(i * K, i * K + K));
    if (!addTokenWeight(tokens, key, w)) weights.set(key, w);
  });
  const charWeights = new Map<number, Float64Array>();
  const value = data.features.charValue;
  data.chars.forEach((bucket, i) =>
    charWeights.set(
      bucket,
      Float64Array.from(data.charWeights.slice(i * K, i * K + K), (x) => x * value),
    ),
  );
  return { features: data.features, bias: Float64Array.from(data.bias), weights, tokens, charWeights };
}

/** Per-level margins of one text's features. */
export function severityMargins(model: CompiledSeverityModel, features: Features): Float64Array {
  const z = Float64Array.from(model.bias);
  // N-grams carry the text's length scale, as in training (namedValues).
  const s = features.scale;
  for (const w of tokenWeights(model.tokens, features).weights) for (let k = 0; k < K; k++) z[k] += w[k] * s;
  for (const [key, value] of features.values) {
    const w = model.weights.get(key);
    if (w !== undefined) for (let k = 0; k < K; k++) z[k] += w[k] * value;
  }
  // The shipped severity model has no character n-grams: the text's are then not even worked out.
  if (model.charWeights.size === 0) return z;
  for (const bucket of charBuckets(features, model.features)) {
    const w = model.charWeights.get(bucket);
    if (w !== undefined) for (let k = 0; k < K; k++) z[k] += w[k] * s;
  }
  return z;
}

/** The level (1–4) whose margin is highest; ties go to the milder level. */
export function pickLevel(margins: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (margins[k] > margins[best]) best = k;
  return SEVERITY_LEVELS[best];
}

/** The severity of a complaint, from features extracted with the model's own configuration. */
export function severityOf(model: CompiledSeverityModel, features: Features): number {
  return pickLevel(severityMargins(model, features));
}
