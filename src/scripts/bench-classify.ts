/** Benchmark 3: `classify` throughput on real tweets, through the binary (start included) and in-process. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseCsv } from '../classify/csv.js';
import { classify } from '../classify/index.js';
import {
  canPinToOneCore,
  figure,
  median,
  progress,
  REPO_ROOT,
  runMentions,
  type Section,
} from './bench-util.js';

const LINES = 100_000;
const TARGET_PER_SECOND = 20_000;
const SHARED_DATA = '../shared/data/complaints-dev.csv';
const FIXTURES = 'test/fixtures/classify';

/** The `text` column of a CSV file, parsed properly: quoted fields may hold commas, quotes and newlines. */
function textColumn(file: string): string[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const at = header?.indexOf('text') ?? -1;
  if (at < 0) throw new Error(`${file}: no "text" column in the header`);
  // `classify` reads one text per line, so a tweet's own line breaks become spaces.
  return rows.map((r) => (r[at] ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
}

/** Real tweets from the shared dev file, or from the test fixtures when that file is not there. */
function loadTexts(): { texts: string[]; from: string } {
  const shared = resolve(REPO_ROOT, SHARED_DATA);
  const files = existsSync(shared)
    ? [shared]
    : readdirSync(resolve(REPO_ROOT, FIXTURES))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => resolve(REPO_ROOT, FIXTURES, f));
  const texts = files.flatMap(textColumn);
  if (texts.length === 0) throw new Error(`no texts found in ${files.join(', ') || FIXTURES}`);
  return { texts, from: files.map((f) => relative(REPO_ROOT, f)).join(', ') };
}

/** `count` lines cycling through the texts. */
function repeatTo(texts: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => texts[i % texts.length]);
}

/** Texts per second of `classify()` called in this process, after a warm-up so the JIT has settled. */
function inProcessRate(lines: readonly string[], runs: number): number[] {
  for (let i = 0; i < 5000; i++) classify(lines[i % lines.length]);
  const rates: number[] = [];
  let complaints = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const line of lines) if (classify(line).complaint) complaints++;
    rates.push(lines.length / ((performance.now() - started) / 1000));
  }
  // Using the results keeps the calls from being optimised away, however clever the JIT gets.
  if (complaints < 0) throw new Error('unreachable');
  return rates;
}

/** Pipes `LINES` texts through `node bin/mentions.js classify` `runs` times, then times `classify()` itself. */
export async function benchClassify(runs: number): Promise<Section> {
  const { texts, from } = loadTexts();
  const lines = repeatTo(texts, LINES);
  const input = Buffer.from(`${lines.join('\n')}\n`);
  const pin = canPinToOneCore();
  const cliRates: number[] = [];
  const oneCoreRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const oneCore of pin ? [false, true] : [false]) {
      const run = await runMentions(['classify'], { input, oneCore });
      if (run.stdoutLines !== LINES) {
        throw new Error(`classify printed ${run.stdoutLines} verdicts for ${LINES} lines`);
      }
      (oneCore ? oneCoreRates : cliRates).push(LINES / (run.ms / 1000));
    }
    progress(`classify: run ${r + 1}/${runs} done`);
  }
  const memoryRates = inProcessRate(lines, runs);
  const target = { op: '>=', value: TARGET_PER_SECOND } as const;
  return {
    title: `classify: ${LINES.toLocaleString('en')} lines of real tweets (median of ${runs})`,
    figures: [
      figure(
        'mentions classify (stdin to stdout, process start included)',
        median(cliRates),
        '/s',
        target,
        cliRates,
      ),
      ...(pin
        ? [
            figure(
              'mentions classify pinned to one core (taskset -c 0)',
              median(oneCoreRates),
              '/s',
              target,
              oneCoreRates,
            ),
          ]
        : []),
      figure('classify() in-process, one thread', median(memoryRates), '/s', target, memoryRates),
    ],
    notes: [
      ...(pin ? [] : ['taskset not found: the one-core figure is missing']),
      `${texts.length} distinct texts from ${from}, repeated to ${LINES.toLocaleString('en')} lines ` +
        `(${(input.length / 1024 / 1024).toFixed(1)} MiB of input)`,
    ],
  };
}
