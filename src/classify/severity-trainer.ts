/** Training and cross-validation of the severity model: ordinal (or one-vs-rest) logistic regression. */

import { parseCsv } from './csv.js';
import {
  DEFAULT_FEATURES,
  extractFeatures,
  namedValues,
  type FeatureConfig,
  type Features,
} from './features.js';
import { fitLogistic, type SparseRow } from './logistic.js';
import { seededRandom } from './metrics.js';
import {
  compileSeverity,
  pickLevel,
  SEVERITY_LEVELS,
  severityMargins,
  type SeverityModelData,
} from './severity.js';

/** Training parameters; the defaults were chosen by cross-validation on the dev file's complaints. */
export interface SeverityTrainOptions {
  l2: number;
  /** A feature must occur in this many training texts to get a weight. */
  minCount: number;
  features: FeatureConfig;
  /** Folds used for out-of-fold margins, from which the per-level offsets are tuned. */
  innerFolds: number;
  seed: number;
  /**
   * Ordinal fits: one "at least level k" model for k = 2, 3, 4, each level's margin the sum of the
   * thresholds it passes; otherwise one model per level against the rest. Levels are ordered, and the
   * ordinal fits share each level's evidence with its neighbours.
   */
  ordinal: boolean;
}

/** The options `train-severity` uses. */
export const DEFAULT_SEVERITY_TRAIN: SeverityTrainOptions = {
  // Ordinal fits at l2 0.02: mean macro F1 0.417 over five fold assignments, against 0.408 for one
  // model per level at its best l2 (0.03); ordinal at 0.005-0.03 ranged 0.404-0.417.
  l2: 0.02,
  minCount: 2,
  // Character n-grams gave no better macro F1 here (0.412 against 0.413) for a model 4 times the size.
  // Valence features and clause-bounded negation are left to the complaint model: by cross-validation
  // severity does no better with them (clause negation: 0.385 against 0.398).
  features: { ...DEFAULT_FEATURES, charMin: 0, charMax: 0, valence: false, clauseNegation: false },
  innerFolds: 5,
  seed: 20210801,
  ordinal: true,
};

/** A complaint and its severity level (1–4). */
export interface SeverityExample {
  id: string;
  text: string;
  severity: number;
}

/** The complaint rows of a CSV with `text`, `complaint` and `severity` columns, in numeric id order. */
export function severityExamples(csv: string): SeverityExample[] {
  const [header, ...body] = parseCsv(csv);
  const col = (name: string): number => (header ?? []).findIndex((h) => h.trim().toLowerCase() === name);
  const [id, text, complaint, severity] = [col('id'), col('text'), col('complaint'), col('severity')];
  if (text < 0 || complaint < 0 || severity < 0) {
    throw new Error('csv: expected text, complaint and severity columns in the header');
  }
  const out = body.flatMap((f, n) => {
    const level = Number(f[severity]);
    if (f[complaint]?.trim() !== '1' || !SEVERITY_LEVELS.some((l) => l === level)) return [];
    return [{ id: id >= 0 ? (f[id] ?? String(n)) : String(n), text: f[text] ?? '', severity: level }];
  });
  const key = (s: string): number => (/^\d+$/.test(s) ? Number(s) : Number.MAX_SAFE_INTEGER);
  return out.sort((a, b) => key(a.id) - key(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Features of each text as addressed to a brand, as severity is scored (a complaint is about a brand,
 * whatever it links to), so that training matches scoring.
 */
export function severityFeatures(texts: readonly string[], config: FeatureConfig): Features[] {
  return texts.map((t) => extractFeatures(t, config, true));
}

/** Assigns each example to one of k folds, keeping each level's share in every fold. */
export function levelFolds(levels: readonly number[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(levels.length).fill(0);
  for (const level of SEVERITY_LEVELS) {
    const members = levels.flatMap((l, i) => (l === level ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((index, n) => (folds[index] = n % k));
  }
  return folds;
}

/** F1 of each level and their mean (macro F1 over the four levels). */
export function levelScores(
  gold: readonly number[],
  pred: readonly number[],
): { f1: number[]; macroF1: number } {
  const f1 = SEVERITY_LEVELS.map((level) => {
    let [tp, fp, fn] = [0, 0, 0];
    gold.forEach((g, i) => {
      if (pred[i] === level && g === level) tp++;
      else if (pred[i] === level) fp++;
      else if (g === level) fn++;
    });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return { f1, macroF1: f1.reduce((s, x) => s + x, 0) / f1.length };
}

// Weights this small change no level and only bloat the shipped file.
const MIN_WEIGHT = 1e-3;

/**
 * Per-level linear fits, without offsets: one per level against the others, or (ordinal) the running
 * sums of the "at least level k" fits, so that level L's margin exceeds level L-1's by the margin of
 * "at least L". Either way the model is four margins and the highest wins.
 */
function levelFits(rows: SparseRow[], levels: number[], dims: number, options: SeverityTrainOptions) {
  const fit = (label: (level: number) => boolean) =>
    fitLogistic(rows, levels.map(label), dims, { l2: options.l2 });
  if (!options.ordinal) return SEVERITY_LEVELS.map((level) => fit((l) => l === level));
  const atLeast = SEVERITY_LEVELS.slice(1).map((level) => fit((l) => l >= level));
  return SEVERITY_LEVELS.map((_, k) => {
    const weights = new Float64Array(dims);
    let bias = 0;
    for (const step of atLeast.slice(0, k)) {
      for (let i = 0; i < dims; i++) weights[i] += step.weights[i];
      bias += step.bias;
    }
    return { weights, bias };
  });
}

/** The level fits as a model, without offsets. */
function fitLevels(features: Features[], levels: number[], options: SeverityTrainOptions): SeverityModelData {
  const named = features.map((f) => namedValues(f, options.features));
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
  const fits = levelFits(rows, levels, keys.length, options);
  const weights: Record<string, number[]> = {};
  keys.forEach((k, i) => {
    const w = fits.map((fit) => fit.weights[i]);
    if (w.some((x) => Math.abs(x) >= MIN_WEIGHT)) weights[k] = w;
  });
  const bias = fits.map((fit) => fit.bias);
  return { version: 1, features: options.features, bias, offsets: bias.map(() => 0), weights };
}

/**
 * Per-level offsets that maximise macro F1 on out-of-fold margins: rare levels (accusation, blame) lose
 * most argmaxes otherwise. Coordinate ascent on a fixed grid, so the result is deterministic.
 */
export function tuneOffsets(margins: readonly ArrayLike<number>[], gold: readonly number[]): number[] {
  const offsets = SEVERITY_LEVELS.map(() => 0);
  const score = (): number =>
    levelScores(
      gold,
      margins.map((m) => pickLevel(Array.from(m, (z, k) => z + offsets[k]))),
    ).macroF1;
  let best = score();
  for (let round = 0; round < 3; round++) {
    for (let k = 1; k < offsets.length; k++) {
      const start = offsets[k];
      let bestValue = start;
      for (let step = -20; step <= 20; step++) {
        offsets[k] = step / 10;
        const s = score();
        if (s > best + 1e-12) [best, bestValue] = [s, offsets[k]];
      }
      offsets[k] = bestValue;
    }
  }
  return offsets;
}

/** Out-of-fold margins of every example, from models fitted on the other folds (offsets not applied). */
function outOfFoldMargins(
  features: Features[],
  levels: number[],
  k: number,
  seed: number,
  options: SeverityTrainOptions,
) {
  const folds = levelFolds(levels, k, seed);
  const out = new Array<Float64Array>(levels.length);
  for (let fold = 0; fold < k; fold++) {
    const train = levels.flatMap((_, i) => (folds[i] === fold ? [] : [i]));
    const model = compileSeverity(
      fitLevels(
        train.map((i) => features[i]),
        train.map((i) => levels[i]),
        options,
      ),
    );
    levels.forEach((_, i) => {
      if (folds[i] === fold) out[i] = severityMargins(model, features[i]);
    });
  }
  return out;
}

/** Trains the severity model: level fits on all examples, offsets tuned on inner out-of-fold margins. */
export function trainSeverity(
  features: Features[],
  levels: number[],
  options: SeverityTrainOptions = DEFAULT_SEVERITY_TRAIN,
): SeverityModelData {
  const oof = outOfFoldMargins(features, levels, options.innerFolds, options.seed, options);
  return { ...fitLevels(features, levels, options), offsets: tuneOffsets(oof, levels) };
}

/** Out-of-fold predicted levels by stratified k-fold cross-validation (offsets tuned inside each fold). */
export function crossValidateSeverity(
  features: Features[],
  levels: number[],
  k: number,
  seed: number,
  options: SeverityTrainOptions = DEFAULT_SEVERITY_TRAIN,
): number[] {
  const folds = levelFolds(levels, k, seed);
  const pred = new Array<number>(levels.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = levels.flatMap((_, i) => (folds[i] === fold ? [] : [i]));
    const model = compileSeverity(
      trainSeverity(
        train.map((i) => features[i]),
        train.map((i) => levels[i]),
        options,
      ),
    );
    levels.forEach((_, i) => {
      if (folds[i] === fold) pred[i] = pickLevel(severityMargins(model, features[i]));
    });
  }
  return pred;
}
