import { readFileSync } from 'node:fs';
import { classify } from '../../src/classify/index.js';
import { parseCsv } from '../../src/classify/csv.js';
import {
  DEFAULT_SEVERITY_TRAIN,
  levelFolds,
  levelScores,
  severityExamples,
  severityFeatures,
  trainSeverity,
  tuneOffsets,
} from '../../src/classify/severity-trainer.js';
import { compileSeverity, pickLevel, severityMargins } from '../../src/classify/severity.js';

const csv = readFileSync(new URL('../fixtures/classify/severity-examples.csv', import.meta.url), 'utf8');
const rows = parseCsv(csv)
  .slice(1)
  .map(([id, text, complaint, severity]) => ({
    id,
    text,
    complaint: complaint === '1',
    severity: Number(severity),
  }));

describe('severity on real tweets from the dev file (X-CI, MIT)', () => {
  test.each(rows.map((r) => [r.id, r.severity, r.text] as const))(
    'row %s has severity %s: %s',
    (_id, level, text) => {
      expect(classify(text).severity).toBe(level === 0 ? undefined : level);
    },
  );

  test('a blame complaint gets a higher severity than a mild one', () => {
    const blame = rows.find((r) => r.id === '60');
    const mild = rows.find((r) => r.id === '6');
    expect(classify(blame?.text ?? '').severity).toBeGreaterThan(classify(mild?.text ?? '').severity ?? 9);
  });

  test('a non-complaint has no severity', () => {
    const result = classify('@FC_Help Thanks! Do you have any idea of the actual name of the dress?');
    expect(result.complaint).toBe(false);
    expect(result).not.toHaveProperty('severity');
  });
});

describe('training helpers', () => {
  test('the complaint rows and their levels are read, non-complaints left out', () => {
    expect(severityExamples(csv).map((e) => [e.id, e.severity])).toEqual([
      ['6', 1],
      ['26', 1],
      ['34', 4],
      ['60', 4],
      ['70', 4],
      ['77', 4],
    ]);
  });

  test('folds keep each level in every fold and are the same on every run', () => {
    const levels = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
    const folds = levelFolds(levels, 3, 5);
    expect(levelFolds(levels, 3, 5)).toEqual(folds);
    for (const level of [1, 2, 3, 4]) {
      expect(new Set(levels.flatMap((l, i) => (l === level ? [folds[i]] : []))).size).toBe(3);
    }
  });

  test('macro F1 averages the four levels; ties pick the milder level', () => {
    expect(levelScores([1, 2, 3, 4], [1, 2, 3, 4]).macroF1).toBe(1);
    expect(levelScores([1, 2, 3, 4], [1, 1, 1, 1]).f1).toEqual([0.4, 0, 0, 0]);
    expect(pickLevel([0.5, 0.5, 0, 0])).toBe(1);
  });

  test('ordinal fits: level 1 has no weights, each level adds its "at least" step, and levels follow the evidence', () => {
    // Level = 1 + how many of three escalating words the text uses; other words are noise.
    const words = ['late', 'rude', 'liars'];
    const fillers = ['order', 'today', 'again', 'store', 'phone', 'staff'];
    const texts: string[] = [];
    const levels: number[] = [];
    for (let level = 1; level <= 4; level++) {
      for (let n = 0; n < 12; n++) {
        texts.push(`${words.slice(0, level - 1).join(' ')} ${fillers[n % 6]} ${fillers[(n + level) % 6]}`);
        levels.push(level);
      }
    }
    const options = { ...DEFAULT_SEVERITY_TRAIN, minCount: 1, l2: 0.01 };
    const features = severityFeatures(texts, options.features);
    const data = trainSeverity(features, levels, options);
    expect(Object.values(data.weights).every((w) => w[0] === 0)).toBe(true);
    const model = compileSeverity(data);
    const predicted = features.map((f) => pickLevel(severityMargins(model, f)));
    expect(levelScores(levels, predicted).macroF1).toBe(1);
    // Without the ordinal option each level is its own fit, and level 1 has weights of its own.
    const flat = trainSeverity(features, levels, { ...options, ordinal: false });
    expect(Object.values(flat.weights).some((w) => w[0] !== 0)).toBe(true);
  });

  test('offsets move a level that always loses the argmax back into play', () => {
    const margins = [
      [1, 0, 0, 0.9],
      [1, 0, 0, 0.8],
      [1, 0.2, 0, 0],
    ];
    const offsets = tuneOffsets(margins, [4, 4, 1]);
    expect(margins.map((m) => pickLevel(m.map((z, k) => z + offsets[k])))).toEqual([4, 4, 1]);
  });
});
