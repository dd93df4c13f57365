/** Evaluation helpers: per-class precision/recall/F1, macro F1, and stratified fold assignment. */

/** Precision, recall, F1 and support of one class. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Scores of both classes and their macro average. */
export interface BinaryReport {
  complaint: ClassScores;
  notComplaint: ClassScores;
  macroF1: number;
  accuracy: number;
}

function classScores(gold: readonly boolean[], pred: readonly boolean[], positive: boolean): ClassScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === positive && gold[i] === positive) tp++;
    else if (pred[i] === positive) fp++;
    else if (gold[i] === positive) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/**
 * Scores binary predictions. Macro F1 averages over the classes present in the gold labels, so that a
 * one-class subset (the random-tweet controls) is judged on the class it has.
 */
export function binaryReport(gold: readonly boolean[], pred: readonly boolean[]): BinaryReport {
  const complaint = classScores(gold, pred, true);
  const notComplaint = classScores(gold, pred, false);
  const present = [complaint, notComplaint].filter((c) => c.support > 0);
  const macroF1 = present.length === 0 ? 0 : present.reduce((s, c) => s + c.f1, 0) / present.length;
  const correct = gold.filter((g, i) => g === pred[i]).length;
  return { complaint, notComplaint, macroF1, accuracy: gold.length === 0 ? 0 : correct / gold.length };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same folds on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Assigns each example to one of k folds, keeping the class balance in every fold. */
export function stratifiedFolds(labels: readonly boolean[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(labels.length).fill(0);
  for (const cls of [true, false]) {
    const members = labels.flatMap((l, i) => (l === cls ? [i] : []));
    // Fisher–Yates with the seeded generator.
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((index, n) => (folds[index] = n % k));
  }
  return folds;
}

/** The threshold on probabilities that maximises macro F1; ties go to the one nearest 0.5. */
export function bestThreshold(gold: readonly boolean[], probs: readonly number[]): number {
  const f1 = new Map<number, number>();
  for (let step = 2; step <= 98; step++) {
    f1.set(
      step,
      binaryReport(
        gold,
        probs.map((p) => p >= step / 100),
      ).macroF1,
    );
  }
  let top = 0;
  for (let step = 5; step <= 95; step++) top = Math.max(top, f1.get(step)!);
  let best = 50;
  let bestSmooth = -1;
  for (let step = 5; step <= 95; step++) {
    // Only thresholds that score near the top themselves; among those, the one whose neighbours score
    // best: the raw curve is flat and noisy near its top, and its argmax wandered by several points
    // between near-identical trainings.
    if (f1.get(step)! < top - NEAR_TOP) continue;
    let sum = 0;
    for (let d = -SMOOTH; d <= SMOOTH; d++) sum += f1.get(step + d) ?? 0;
    const smooth = sum / (2 * SMOOTH + 1);
    const closer = Math.abs(step - 50) < Math.abs(best - 50);
    if (smooth > bestSmooth + 1e-12 || (Math.abs(smooth - bestSmooth) <= 1e-12 && closer)) {
      best = step;
      bestSmooth = smooth;
    }
  }
  return best / 100;
}
const SMOOTH = 3;
const NEAR_TOP = 0.01;
