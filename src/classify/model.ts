/** The trained model's shape, and scoring of extracted features against it. */

import { reasonFor, type FeatureConfig, type Features } from './features.js';
import { sigmoid } from './logistic.js';

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

/** A model ready for scoring: weights in Maps for fast lookups. */
export interface CompiledModel {
  features: FeatureConfig;
  weights: Map<string, number>;
  /** Weights of hashed character n-grams by bucket, already multiplied by their feature value. */
  charWeights: Map<number, number>;
  bias: number;
  platt: { a: number; b: number };
  threshold: number;
}

/** Builds the lookup structure once, so each call to `classify` only reads it. */
export function compileModel(data: ModelData): CompiledModel {
  const weights = new Map<string, number>();
  const charWeights = new Map<number, number>();
  for (const [key, w] of Object.entries(data.weights)) {
    if (key.startsWith('c:')) charWeights.set(Number(key.slice(2)), w * data.features.charValue);
    else weights.set(key, w);
  }
  return {
    features: data.features,
    weights,
    charWeights,
    bias: data.bias,
    platt: data.platt,
    threshold: data.threshold,
  };
}

/** Raw linear score of a text's features (before calibration). */
export function margin(model: CompiledModel, features: Features): number {
  let z = model.bias;
  for (const [key, value] of features.values) {
    const w = model.weights.get(key);
    if (w !== undefined) z += w * value;
  }
  for (const bucket of features.chars) z += model.charWeights.get(bucket) ?? 0;
  return z;
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
  const candidates: [string, number][] = [];
  for (const [key, value] of features.values) {
    const c = (model.weights.get(key) ?? 0) * value * sign;
    if (c > 0) candidates.push([key, c]);
  }
  candidates.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const out: Contribution[] = [];
  for (const [key, c] of candidates) {
    const label = reasonFor(features, key);
    if (label !== undefined) out.push({ label, value: c * sign });
    if (out.length === limit) break;
  }
  return out;
}

/** Serialises model data with sorted keys and rounded weights, so that a run always gives the same bytes. */
export function serialiseModel(data: ModelData): string {
  const round = (x: number): number => Number(x.toPrecision(5));
  const weights: Record<string, number> = {};
  for (const key of Object.keys(data.weights).sort()) weights[key] = round(data.weights[key]);
  return JSON.stringify({
    version: data.version,
    features: data.features,
    bias: round(data.bias),
    platt: { a: round(data.platt.a), b: round(data.platt.b) },
    threshold: data.threshold,
    weights,
  });
}
