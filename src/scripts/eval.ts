/**
 * `npm run eval`: stratified k-fold cross-validation of the complaint classifier on the dev file, trained
 * inside each fold with the same code as `train`, plus the throughput of the shipped `classify()`.
 * `--seeds N` adds the mean and range of macro F1 over N fold assignments; `--tune` compares a small grid
 * of training options by the same cross-validation.
 */

import { resolve } from 'node:path';
import { readByDefault } from '../classify/addressed.js';
import { classify } from '../classify/index.js';
import { extractFeatures, type Features } from '../classify/features.js';
import { binaryReport, stratifiedFolds, type BinaryReport } from '../classify/metrics.js';
import { compileModel, margin, probability } from '../classify/model.js';
import { handSet } from '../classify/hand-set.js';
import { DEFAULT_TRAIN, trainFromFeatures, type TrainOptions } from '../classify/trainer.js';
import type { LabelledText } from '../classify/csv.js';
import { argValue, DEFAULT_DATA, loadLabelled, REPO_ROOT } from './train.js';

// Different from the calibration seed, so outer and inner folds do not line up.
const OUTER_SEED = 7;

/** Out-of-fold predictions: as `classify` makes them, and with handle-less texts left unaddressed. */
interface Predictions {
  addressed: boolean[];
  literal: boolean[];
}

/** Out-of-fold predictions for every example under the given options. */
function crossValidate(
  data: LabelledText[],
  options: TrainOptions,
  folds: number,
  seed = OUTER_SEED,
): Predictions {
  const features: Features[] = data.map((d) => extractFeatures(d.text, options.features));
  // Scored as `classify` does: a text without a handle is taken as addressed to a brand unless it is
  // a post to followers (a link or a hashtag).
  const scored: Features[] = data.map((d) => readByDefault(d.text, options.features).features);
  const labels = data.map((d) => d.complaint);
  const fold = stratifiedFolds(labels, folds, seed);
  const predicted = new Array<boolean>(data.length).fill(false);
  const literal = new Array<boolean>(data.length).fill(false);
  for (let k = 0; k < folds; k++) {
    const train = data.flatMap((_, i) => (fold[i] === k ? [] : [i]));
    const model = compileModel(
      trainFromFeatures(
        train.map((i) => features[i]),
        train.map((i) => labels[i]),
        options,
      ),
    );
    data.forEach((d, i) => {
      if (fold[i] !== k) return;
      // The hand-set shifts, as `classify` adds them.
      const shift = handSet(d.text, features[i]).shift;
      predicted[i] = probability(model, margin(model, scored[i]), shift) >= model.threshold;
      literal[i] = probability(model, margin(model, features[i]), shift) >= model.threshold;
    });
  }
  return { addressed: predicted, literal };
}

const pct = (x: number): string => x.toFixed(3);

function printReport(title: string, r: BinaryReport): void {
  console.log(`${title}: macro F1 ${pct(r.macroF1)}  accuracy ${pct(r.accuracy)}`);
  for (const [name, c] of [
    ['complaint', r.complaint],
    ['not complaint', r.notComplaint],
  ] as const) {
    console.log(
      `  ${name.padEnd(14)} precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  (n=${c.support})`,
    );
  }
}

/** Prints the report for the first fold assignment (OUTER_SEED) and returns its predictions. */
function evaluate(data: LabelledText[], folds: number): Predictions {
  const gold = data.map((d) => d.complaint);
  const started = performance.now();
  const first = crossValidate(data, DEFAULT_TRAIN, folds);
  const { addressed: predicted, literal } = first;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${folds}-fold stratified cross-validation on ${data.length} texts (${seconds}s)\n`);
  printReport('model, as classify() scores', binaryReport(gold, predicted));
  const asTweets = binaryReport(gold, literal).macroF1;
  console.log(`  (without treating handle-less texts as addressed to a brand: macro F1 ${pct(asTweets)})`);
  const majority = gold.filter(Boolean).length * 2 > gold.length;
  printReport(
    '\nmajority-class baseline',
    binaryReport(
      gold,
      gold.map(() => majority),
    ),
  );
  console.log('\nmacro F1 by domain (one-class control groups: F1 of the class present)');
  const domains = [...new Set(data.map((d) => d.domain))].sort();
  for (const domain of domains) {
    const at = data.flatMap((d, i) => (d.domain === domain ? [i] : []));
    const r = binaryReport(
      at.map((i) => gold[i]),
      at.map((i) => predicted[i]),
    );
    console.log(`  ${domain.padEnd(13)} ${pct(r.macroF1)}  accuracy ${pct(r.accuracy)}  (n=${at.length})`);
  }
  return first;
}

/**
 * Macro F1 under several fold assignments (seeds 7, 8, …): one assignment can be lucky by a point,
 * so the mean and range are the figure to compare changes by. `first` holds the predictions `evaluate`
 * already made under OUTER_SEED.
 */
function acrossSeeds(data: LabelledText[], folds: number, seeds: number, first: Predictions): void {
  const gold = data.map((d) => d.complaint);
  const scores = Array.from({ length: seeds }, (_, i) => {
    const predicted = i === 0 ? first : crossValidate(data, DEFAULT_TRAIN, folds, OUTER_SEED + i);
    return [binaryReport(gold, predicted.addressed).macroF1, binaryReport(gold, predicted.literal).macroF1];
  });
  const summary = (k: number): string => {
    const xs = scores.map((s) => s[k]);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return `mean ${mean.toFixed(4)} (${pct(Math.min(...xs))}–${pct(Math.max(...xs))})`;
  };
  console.log(`
macro F1 over ${seeds} fold assignments (seeds ${OUTER_SEED}–${OUTER_SEED + seeds - 1}):`);
  console.log(`  as classify() scores      ${summary(0)}`);
  console.log(`  texts as they stand       ${summary(1)}`);
}

/** Single-core throughput of the shipped `classify()` over the whole file, repeated. */
function throughput(data: LabelledText[]): void {
  const loadStart = performance.now();
  classify('warm up');
  const loadMs = performance.now() - loadStart;
  for (const d of data.slice(0, 500)) classify(d.text);
  let count = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - started < 3000) {
    for (const d of data) classify(d.text);
    count += data.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time as well as wall time: on a busy machine the wall-clock rate understates the classifier.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perSecond = (seconds: number): string => Math.round(count / seconds).toLocaleString('en');
  console.log(
    `\nthroughput: ${perSecond(wall)} mentions/s wall clock, ${perSecond(cpuSeconds)} mentions/s per CPU second ` +
      `(${count} classified, one thread)`,
  );
  console.log(`model load on first call: ${loadMs.toFixed(1)} ms`);
}

/** Compares training options by macro F1, averaged over three fold assignments to damp the noise. */
function tune(data: LabelledText[], folds: number): void {
  const gold = data.map((d) => d.complaint);
  const grid: [string, TrainOptions][] = [];
  for (const l2 of [0.0005, 0.001, 0.002]) {
    for (const charValue of [0.15, 0.3]) {
      for (const cueScale of [1, 2, 3]) {
        const features = { ...DEFAULT_TRAIN.features, charValue };
        grid.push([
          `l2=${l2} char=${charValue} cues=${cueScale}`,
          { ...DEFAULT_TRAIN, l2, features, cueScale },
        ]);
      }
    }
  }
  for (const [name, options] of grid) {
    const scores = [OUTER_SEED, 8, 9].map((seed) => {
      return binaryReport(gold, crossValidate(data, options, folds, seed).addressed).macroF1;
    });
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    console.log(`${name.padEnd(24)} macro F1 ${pct(mean)}  (${scores.map(pct).join(' ')})`);
  }
}

function main(args: readonly string[]): void {
  const data = loadLabelled(resolve(REPO_ROOT, argValue(args, 'data') ?? DEFAULT_DATA));
  const folds = Number(argValue(args, 'folds') ?? '10');
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`--folds must be an integer >= 2, got ${folds}`);
  if (args.includes('--tune')) {
    tune(data, folds);
    return;
  }
  const seeds = Number(argValue(args, 'seeds') ?? '1');
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`--seeds must be an integer >= 1, got ${seeds}`);
  const first = evaluate(data, folds);
  if (seeds > 1) acrossSeeds(data, folds, seeds, first);
  throughput(data);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
