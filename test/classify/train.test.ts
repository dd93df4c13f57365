import { classifyWith } from '../../src/classify/index.js';
import { fitLogistic } from '../../src/classify/logistic.js';
import { binaryReport, bestThreshold, stratifiedFolds } from '../../src/classify/metrics.js';
import { compileModel, serialiseModel } from '../../src/classify/model.js';
import { DEFAULT_TRAIN, fitPlatt, trainModel, type Example } from '../../src/classify/trainer.js';

const complaints = [
  'my parcel never arrived',
  'still waiting for my refund',
  'charged twice for one order',
  'worst service ever',
  'flight delayed again, no info',
  'app keeps crashing after the update',
  'nobody answers the phone',
  'order cancelled without notice',
  'been on hold for 2 hours',
  'broken screen on arrival, want my money back',
];
const others = [
  'thanks for the quick reply',
  'love the new collection',
  'how do I change my address?',
  'great service today, thank you',
  'is the store open on sunday?',
  'just ordered the blue one',
  'happy birthday to the team',
  'the food was lovely',
  'can you recommend a size?',
  'cheers, all sorted now',
];
const examples: Example[] = [
  ...complaints.map((text) => ({ text, complaint: true })),
  ...others.map((text) => ({ text, complaint: false })),
];
const small = { ...DEFAULT_TRAIN, minCount: 1, calibrationFolds: 3 };

describe('training', () => {
  test('is deterministic: the same data gives the same bytes', () => {
    expect(serialiseModel(trainModel(examples, small))).toBe(serialiseModel(trainModel(examples, small)));
  });

  test('learns the training data and scores unseen texts sensibly', () => {
    const model = compileModel(trainModel(examples, small));
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const bad = classifyWith(model, 'my refund never arrived, worst service');
    const good = classifyWith(model, 'thank you, lovely service');
    expect(bad.complaintScore).toBeGreaterThan(good.complaintScore);
    expect(bad.reasons.length).toBeGreaterThan(0);
  });
});

describe('fitLogistic', () => {
  test('separates a one-feature problem and keeps weights small under L2', () => {
    const rows = [0, 1, 0, 1].map((j) => ({ idx: Int32Array.of(j), val: Float64Array.of(1) }));
    const { weights, bias } = fitLogistic(rows, [true, false, true, false], 2, { l2: 0.01 });
    expect(weights[0]).toBeGreaterThan(1);
    expect(weights[1]).toBeLessThan(-1);
    expect(Math.abs(bias)).toBeLessThan(0.5);
  });
});

describe('metrics', () => {
  test('binaryReport gives per-class scores and macro F1', () => {
    const r = binaryReport([true, true, false, false], [true, false, false, false]);
    expect(r.complaint).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(r.notComplaint.recall).toBe(1);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 10);
    expect(binaryReport([false, false], [false, true]).macroF1).toBeCloseTo(2 / 3, 10);
  });

  test('stratifiedFolds keeps the classes balanced and is seeded', () => {
    const labels = Array.from({ length: 50 }, (_, i) => i % 5 === 0);
    const folds = stratifiedFolds(labels, 5, 1);
    for (let k = 0; k < 5; k++) {
      expect(labels.filter((l, i) => l && folds[i] === k)).toHaveLength(2);
    }
    expect(stratifiedFolds(labels, 5, 1)).toEqual(folds);
    expect(stratifiedFolds(labels, 5, 2)).not.toEqual(folds);
  });

  test('bestThreshold and fitPlatt find the obvious answers', () => {
    expect(bestThreshold([false, false, true, true], [0.1, 0.3, 0.7, 0.9])).toBeGreaterThan(0.3);
    const { a } = fitPlatt([-2, -1, 1, 2], [false, false, true, true]);
    expect(a).toBeGreaterThan(0);
    // Perfectly separated margins: the smoothed targets keep the slope finite.
    const separated = fitPlatt([-9, -8, -7, 7, 8, 9], [false, false, false, true, true, true]);
    expect(separated.a).toBeGreaterThan(0);
    expect(separated.a).toBeLessThan(5);
  });

  test('bestThreshold picks, among thresholds near the best, the one in the broadest plateau', () => {
    const gold: boolean[] = [];
    const probs: number[] = [];
    const add = (label: boolean, p: number, n = 1) => {
      for (let i = 0; i < n; i++) {
        gold.push(label);
        probs.push(p);
      }
    };
    // Overlapping classes: macro F1 is high over a broad band around 0.45-0.5.
    for (let i = 0; i < 60; i++) add(false, 0.05 + (0.5 * i) / 59);
    for (let i = 0; i < 60; i++) add(true, 0.45 + (0.5 * i) / 59);
    const rawAt = (t: number) =>
      binaryReport(
        gold,
        probs.map((p) => p >= t),
      ).macroF1;
    const plateau = bestThreshold(gold, probs);
    expect(plateau).toBeGreaterThan(0.4);
    expect(plateau).toBeLessThan(0.6);
    // Scores piled on either side of 0.30 make a one-step peak there, barely higher than anything on
    // the plateau: the threshold stays on the plateau.
    add(true, 0.305, 20);
    add(false, 0.295, 20);
    const plateauTop = Math.max(...[0.45, 0.46, 0.47, 0.48, 0.49, 0.5, 0.51].map(rawAt));
    expect(rawAt(0.3)).toBeGreaterThan(plateauTop);
    expect(rawAt(0.3) - plateauTop).toBeLessThan(0.01);
    expect(bestThreshold(gold, probs)).toBeGreaterThan(0.4);
    // Higher piles make a peak well above the plateau: then it is the threshold.
    add(true, 0.305, 10);
    add(false, 0.295, 10);
    expect(bestThreshold(gold, probs)).toBe(0.3);
  });

  test('bestThreshold never leaves a narrow peak for a threshold that scores far worse', () => {
    // Confident, well separated scores: negatives at 0.50, positives at 0.52.
    const gold = Array.from({ length: 100 }, (_, i) => i % 2 === 1);
    const probs = gold.map((g) => (g ? 0.52 : 0.5));
    expect(bestThreshold(gold, probs)).toBe(0.51);
  });
});
