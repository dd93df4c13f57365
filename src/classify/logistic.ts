/** L2-regularised logistic regression on sparse rows, fitted with L-BFGS; deterministic. */

/** A sparse feature vector: column indices and their values. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** Weights and intercept of a fitted model. */
export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

/** Fitting parameters. */
export interface FitOptions {
  /** L2 penalty per example (the loss is averaged over examples); the bias is not penalised. */
  l2: number;
  maxIterations?: number;
  /** Stop when the relative loss decrease falls below this. */
  tolerance?: number;
}

/** Numerically stable log(1 + e^z). */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** w·x for one sparse row. */
export function dot(w: Float64Array, row: SparseRow): number {
  let s = 0;
  for (let k = 0; k < row.idx.length; k++) s += w[row.idx[k]] * row.val[k];
  return s;
}

/** Loss and gradient; parameters are packed as [weights..., bias]. */
function lossAndGradient(
  p: Float64Array,
  rows: SparseRow[],
  y: Uint8Array,
  l2: number,
  grad: Float64Array,
): number {
  const dim = p.length - 1;
  grad.fill(0);
  let loss = 0;
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const z = dot(p, rows[i]) + p[dim];
    loss += y[i] ? softplus(-z) : softplus(z);
    const r = (sigmoid(z) - y[i]) / n;
    const row = rows[i];
    for (let k = 0; k < row.idx.length; k++) grad[row.idx[k]] += r * row.val[k];
    grad[dim] += r;
  }
  loss /= n;
  for (let j = 0; j < dim; j++) {
    loss += 0.5 * l2 * p[j] * p[j];
    grad[j] += l2 * p[j];
  }
  return loss;
}

function dotDense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Fits logistic regression with L-BFGS (memory 8) and a backtracking Armijo line search. */
export function fitLogistic(
  rows: SparseRow[],
  labels: readonly boolean[],
  dim: number,
  options: FitOptions,
): LinearModel {
  const { l2, maxIterations = 300, tolerance = 1e-7 } = options;
  const y = Uint8Array.from(labels, (l) => (l ? 1 : 0));
  const size = dim + 1;
  let p = new Float64Array(size);
  let g = new Float64Array(size);
  let loss = lossAndGradient(p, rows, y, l2, g);
  const memory = 8;
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const dir = new Float64Array(size);
  const alpha = new Float64Array(memory);
  for (let iter = 0; iter < maxIterations; iter++) {
    // Two-loop recursion: dir = -H·g.
    for (let i = 0; i < size; i++) dir[i] = -g[i];
    for (let m = sList.length - 1; m >= 0; m--) {
      alpha[m] = dotDense(sList[m], dir) / dotDense(yList[m], sList[m]);
      for (let i = 0; i < size; i++) dir[i] -= alpha[m] * yList[m][i];
    }
    if (sList.length > 0) {
      const last = sList.length - 1;
      const gamma = dotDense(sList[last], yList[last]) / dotDense(yList[last], yList[last]);
      for (let i = 0; i < size; i++) dir[i] *= gamma;
    }
    for (let m = 0; m < sList.length; m++) {
      const beta = dotDense(yList[m], dir) / dotDense(yList[m], sList[m]);
      for (let i = 0; i < size; i++) dir[i] += sList[m][i] * (alpha[m] - beta);
    }
    let slope = dotDense(dir, g);
    if (slope >= 0) {
      // Not a descent direction (curvature went bad): restart from steepest descent.
      for (let i = 0; i < size; i++) dir[i] = -g[i];
      slope = dotDense(dir, g);
      sList.length = 0;
      yList.length = 0;
    }
    let step = iter === 0 && sList.length === 0 ? 1 / Math.sqrt(dotDense(g, g)) : 1;
    const next = new Float64Array(size);
    const nextG = new Float64Array(size);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) next[i] = p[i] + step * dir[i];
      nextLoss = lossAndGradient(next, rows, y, l2, nextG);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(size);
    const yy = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = next[i] - p[i];
      yy[i] = nextG[i] - g[i];
    }
    if (dotDense(s, yy) > 1e-12) {
      sList.push(s);
      yList.push(yy);
      if (sList.length > memory) {
        sList.shift();
        yList.shift();
      }
    }
    const decrease = (loss - nextLoss) / Math.max(Math.abs(loss), 1e-12);
    p = next;
    g = nextG;
    loss = nextLoss;
    if (decrease < tolerance) break;
  }
  return { weights: p.subarray(0, dim), bias: p[dim] };
}
