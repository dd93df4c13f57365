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
   * Naive-Bayes log-count-ratio scaling of each feature before the fit (NB-SVM, Wang & Manning 2012),
   * with this add-alpha smoothing; 0 turns it off. The ratio folds back into the weight, so scoring is
   * unchanged.
   */
  nbAlpha: number;
  /** Which features the ratio scales: 'all', or 'ngrams' (words, bigrams, characters; cues stay as they are). */
  nbScope: 'all' | 'ngrams';
  /**
   * Ensemble views: each is a set of feature-name initials (w words, b bigrams, c characters, k cues,
   * l lexicon and length, q question); one model is fitted per view and their log-odds averaged, which
   * is again one linear model. Empty: one model on everything.
   */
  views: string[];
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
  nbAlpha: 0,
  nbScope: 'all',
  views: [],
  cueScale: 1,
};

/** Text and label, the minimum training needs. */
export interface Example {
  text: string;
  complaint: boolean;
}

// Weights this small change no score visibly and only bloat the shipped file.
const MIN_WEIGHT = 1e-3;

/** Fits one model per view and averages them (in log-odds); one model on everything without views. */
function fitWeights(features: Features[], labels: boolean[], options: TrainOptions) {
  const named = features.map((f) => namedValues(f, options.features));
  if (options.views.length === 0) return fitView(named, labels, options);
  const weights: Record<string, number> = {};
  let bias = 0;
  const share = 1 / options.views.length;
  for (const view of options.views) {
    const keep = (key: string): boolean => view.includes(key[0]);
    const part = fitView(
      named.map((m) => new Map([...m].filter(([k]) => keep(k)))),
      labels,
      options,
    );
    for (const [k, w] of Object.entries(part.weights)) weights[k] = (weights[k] ?? 0) + w * share;
    bias += part.bias * share;
  }
  return { weights, bias };
}

/** Fits the linear model on named feature values; returns weights by feature name. */
function fitView(named: Map<string, number>[], labels: boolean[], options: TrainOptions) {
  const df = new Map<string, number>();
  for (const f of named) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const keys = [...df.keys()].filter((k) => (df.get(k) ?? 0) >= options.minCount).sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows: SparseRow[] = named.map((f) => {
    const entries = [...f].flatMap(([k, v]) => {
      const i = index.get(k);
      return i === undefined || v === 0 ? [] : [[i, v] as const];
    });
    entries.sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(entries, (e) => e[0]), val: Float64Array.from(entries, (e) => e[1]) };
  });
  const scale = nbRatios(rows, labels, keys, options);
  for (const row of rows) for (let k = 0; k < row.idx.length; k++) row.val[k] *= scale[row.idx[k]];
  const fitted = fitLogistic(rows, labels, keys.length, { l2: options.l2 });
  const weights: Record<string, number> = {};
  keys.forEach((k, i) => {
    const w = fitted.weights[i] * scale[i];
    if (Math.abs(w) >= MIN_WEIGHT) weights[k] = w;
  });
  return { weights, bias: fitted.bias };
}

/** Per-column NB log-count ratios log((p_j/|p|)/(q_j/|q|)) over feature presence; all ones when off. */
function nbRatios(rows: SparseRow[], labels: boolean[], keys: string[], options: TrainOptions): Float64Array {
  const scale = Float64Array.from(keys, (k) => (/^[wbc]:/.test(k) ? 1 : options.cueScale));
  const alpha = options.nbAlpha;
  if (alpha <= 0) return scale;
  const pos = new Float64Array(keys.length).fill(alpha);
  const neg = new Float64Array(keys.length).fill(alpha);
  rows.forEach((row, i) => {
    const counts = labels[i] ? pos : neg;
    for (let k = 0; k < row.idx.length; k++) counts[row.idx[k]] += 1;
  });
  let [posTotal, negTotal] = [0, 0];
  for (let j = 0; j < keys.length; j++) [posTotal, negTotal] = [posTotal + pos[j], negTotal + neg[j]];
  keys.forEach((key, j) => {
    if (options.nbScope === 'ngrams' && !/^[wbc]:/.test(key)) return;
    scale[j] = Math.log(pos[j] / posTotal / (neg[j] / negTotal));
  });
  return scale;
}

/** Fits Platt's sigmoid p = sigmoid(a·m + b) to margins by Newton's method, with Platt's smoothed targets. */
export function fitPlatt(margins: readonly number[], labels: readonly boolean[]): { a: number; b: number } {
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
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
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
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
