/** Training: vocabulary, logistic regression, Platt calibration and threshold from inner cross-validation. */

import {
  DEFAULT_FEATURES,
  extractFeatures,
  namedValues,
  type FeatureConfig,
  type Features,
} from './features.js';
import { fitLogistic, sigmoid, type SparseRow } from './logistic.js';
import { bestThreshold, stratifiedFolds } from './metrics.js';
import { compileModel, margin, type ModelData } from './model.js';

/** Training parameters; the defaults were chosen by cross-validation on the dev file (see `eval --tune`). */
export interface TrainOptions {
  l2: number;
  /** A feature must occur in this many training texts to get a weight. */
  minCount: number;
  features: FeatureConfig;
  /** Folds used to collect out-of-fold scores for calibration and the threshold. */
  calibrationFolds: number;
  seed: number;
  /**
   * Hand-written features (cues, lexicon, question, length) are scaled by this before the fit, which
   * weakens their L2 penalty relative to the n-grams; the scale folds back into their weights.
   */
  cueScale: number;
}

/** The options `npm run train` uses. */
export const DEFAULT_TRAIN: TrainOptions = {
  l2: 0.001,
  minCount: 2,
  features: DEFAULT_FEATURES,
  calibrationFolds: 5,
  seed: 20190728,
  cueScale: 2,
};

/** Text and label, the minimum training needs. */
export interface Example {
  text: string;
  complaint: boolean;
}

// Weights this small change no score visibly and only bloat the shipped file.
const MIN_WEIGHT = 1e-3;

/**
 * Fits the linear model on already-extracted features; returns weights by feature name. Hand-written
 * features are scaled up by `cueScale` for the fit (a weaker L2 prior on them); the scale folds back
 * into their weights, so scoring reads unscaled values.
 */
function fitWeights(features: Features[], labels: boolean[], options: TrainOptions) {
  const named = features.map((f) => namedValues(f, options.features));
  const df = new Map<string, number>();
  for (const f of named) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const keys = [...df.keys()].filter((k) => (df.get(k) ?? 0) >= options.minCount).sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const scale = Float64Array.from(keys, (k) => (/^[wbc]:/.test(k) ? 1 : options.cueScale));
  const rows: SparseRow[] = named.map((f) => {
    const entries = [...f].flatMap(([k, v]) => {
      const i = index.get(k);
      return i === undefined || v === 0 ? [] : [[i, v * scale[i]] as const];
    });
    entries.sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(entries, (e) => e[0]), val: Float64Array.from(entries, (e) => e[1]) };
  });
  const fitted = fitLogistic(rows, labels, keys.length, { l2: options.l2 });
  const weights: Record<string, number> = {};
  keys.forEach((k, i) => {
    const w = fitted.weights[i] * scale[i];
    if (Math.abs(w) >= MIN_WEIGHT) weights[k] = w;
  });
  return { weights, bias: fitted.bias };
}

/**
 * Fits Platt's sigmoid p = sigmoid(a·m + b) to margins by Newton's method, with Platt's smoothed targets
 * and step halving (Lin, Lin & Weng 2007), so that well-separated margins cannot make it diverge.
 */
export function fitPlatt(margins: readonly number[], labels: readonly boolean[]): { a: number; b: number } {
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const loss = (a: number, b: number): number =>
    margins.reduce((s, m, i) => {
      const z = a * m + b;
      const t = labels[i] ? hi : lo;
      return s + Math.max(z, 0) - t * z + Math.log1p(Math.exp(-Math.abs(z)));
    }, 0);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 1e-9, 0, 1e-9];
    margins.forEach((m, i) => {
      const p = sigmoid(a * m + b);
      const r = p - (labels[i] ? hi : lo);
      const w = p * (1 - p);
      ga += r * m;
      gb += r;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    const before = loss(a, b);
    for (let halvings = 0; halvings < 30 && loss(a - da, b - db) > before; halvings++) {
      da /= 2;
      db /= 2;
    }
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/**
 * Trains a model from extracted features: out-of-fold margins give calibration and threshold. Calibration
 * uses the texts as they are (not addressed): brand tweets carry their handle, so this fits brand mentions;
 * calibrating on addressed controls instead cost recall for no macro F1 in cross-validation.
 */
export function trainFromFeatures(features: Features[], labels: boolean[], options: TrainOptions): ModelData {
  const folds = stratifiedFolds(labels, options.calibrationFolds, options.seed);
  const oof = new Array<number>(labels.length).fill(0);
  for (let k = 0; k < options.calibrationFolds; k++) {
    const train = labels.flatMap((_, i) => (folds[i] === k ? [] : [i]));
    const inner = fitWeights(
      train.map((i) => features[i]),
      train.map((i) => labels[i]),
      options,
    );
    const compiled = compileModel({ ...draft(options), ...inner });
    labels.forEach((_, i) => {
      if (folds[i] === k) oof[i] = margin(compiled, features[i]);
    });
  }
  const platt = fitPlatt(oof, labels);
  const threshold = bestThreshold(
    labels,
    oof.map((m) => sigmoid(platt.a * m + platt.b)),
  );
  return { ...draft(options), ...fitWeights(features, labels, options), platt, threshold };
}

function draft(options: TrainOptions): ModelData {
  return {
    version: 1,
    features: options.features,
    bias: 0,
    platt: { a: 1, b: 0 },
    threshold: 0.5,
    weights: {},
  };
}

/** Trains a model from labelled texts (the entry point of `npm run train`). */
export function trainModel(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): ModelData {
  const features = examples.map((e) => extractFeatures(e.text, options.features));
  return trainFromFeatures(
    features,
    examples.map((e) => e.complaint),
    options,
  );
}
