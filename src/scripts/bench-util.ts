/** Shared pieces of `npm run bench`: timing the built binary as a child process, medians, temp dirs. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (dist/scripts/bench-util.js) rather than the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The real command-line entry point, exactly as users run it. */
export const BIN = join(REPO_ROOT, 'bin', 'mentions.js');

/** One measured figure, compared with its target (none for reference figures such as bare Node start). */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | '/s' | 'x';
  target?: { op: '<' | '<=' | '>='; value: number };
  pass?: boolean;
  /** Every sample behind a median, for the JSON output. */
  samples?: number[];
}

/** One benchmark's figures plus free-text notes (sizes, set-up time, which concurrency meets the target). */
export interface Section {
  title: string;
  figures: Figure[];
  notes: string[];
}

/** A figure with its PASS/MISS decided from the target. */
export function figure(
  name: string,
  value: number,
  unit: Figure['unit'],
  target?: Figure['target'],
  samples?: number[],
): Figure {
  const pass =
    target === undefined
      ? undefined
      : target.op === '<'
        ? value < target.value
        : target.op === '<='
          ? value <= target.value
          : value >= target.value;
  // Rounded to what the machine can resolve anyway, so the JSON stays readable.
  const digits = unit === 'x' ? 1000 : unit === 'ms' ? 10 : 1;
  const round = (v: number): number => Math.round(v * digits) / digits;
  return { name, value: round(value), unit, target, pass, samples: samples?.map(round) };
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What a finished child process did. */
export interface ChildRun {
  ms: number;
  code: number | null;
  /** Kept only when asked: `list` output of thousands of lines would only cost memory. */
  stdout: string;
  stdoutLines: number;
  stderr: string;
}

/** How to run one child. */
export interface ChildOptions {
  input?: Buffer;
  keepStdout?: boolean;
  cwd?: string;
  /** Pin the child (and its threads) to CPU 0 with `taskset`, to measure what one core does. */
  oneCore?: boolean;
  /** Added to the environment (e.g. a cache directory inside the benchmark's temp dir). */
  env?: NodeJS.ProcessEnv;
}

/** Whether `taskset` (util-linux) is there to pin a child to one core. */
export function canPinToOneCore(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Runs `node <args>` with stdout piped, timing from spawn until every stream has closed. */
export function runNode(args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [command, commandArgs] = options.oneCore
      ? ['taskset', ['-c', '0', process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawn(command, commandArgs, {
      cwd: options.cwd ?? REPO_ROOT,
      // A colour or debug setting inherited from the caller would change what is measured.
      env: { ...process.env, ...options.env, NO_COLOR: '1', MENTIONS_DEBUG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const kept: Buffer[] = [];
    const errors: Buffer[] = [];
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      if (options.keepStdout) kept.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    // A child that exits before reading all its input must surface as its exit code, not as EPIPE here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) =>
      resolve({
        ms: performance.now() - started,
        code,
        stdout: Buffer.concat(kept).toString('utf8'),
        stdoutLines: lines,
        stderr: Buffer.concat(errors).toString('utf8'),
      }),
    );
  });
}

/** Runs `node bin/mentions.js <args>` and fails loudly on a non-zero exit. */
export async function runMentions(args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const run = await runNode([BIN, ...args], options);
  if (run.code !== 0) {
    // The opening lines name the error (a crash prints the failing line and message before the stack).
    const said = run.stderr
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 5)
      .join(' | ');
    throw new Error(`mentions ${args.join(' ')} exited with ${run.code}: ${said || '(no stderr)'}`);
  }
  return run;
}

/** A fresh temporary directory and a function that removes it with everything inside. */
export function tempDir(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `mentions-bench-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A progress line on stderr, so that stdout carries only the report. */
export function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** A small seeded generator (the classifier's mulberry32): the same data on every run, so runs compare. */
export { seededRandom } from '../classify/metrics.js';
