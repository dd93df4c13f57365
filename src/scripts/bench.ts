/**
 * `npm run bench`: measures, on this machine, a scan of 200 local feeds, `list` on a million mentions and
 * `classify` throughput, each against its target. A MISS still exits 0: this is a measurement, not a test;
 * only a broken run (wrong counts, a failing command) exits 1.
 *
 *   npm run bench                      readable report on stdout, progress on stderr
 *   node dist/scripts/bench.js --json  the same figures as one JSON object
 *   node dist/scripts/bench.js --only scan,classify
 */
import { cpus, loadavg } from 'node:os';
import { benchClassify } from './bench-classify.js';
import { benchList } from './bench-list.js';
import { benchScan } from './bench-scan.js';
import type { Figure, Section } from './bench-util.js';

// Run counts chosen to keep the whole bench under about two minutes on two busy cores.
const BENCHES: Record<string, () => Promise<Section>> = {
  scan: () => benchScan(5),
  list: () => benchList(9),
  classify: () => benchClassify(3),
};

function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  return `${Math.round(value).toLocaleString('en')}/s`;
}

function formatFigure(f: Figure, width: number): string {
  const value = formatValue(f.value, f.unit).padStart(11);
  if (!f.target) return `  ${f.name.padEnd(width)} ${value}   (reference)`;
  const target = `target ${f.target.op} ${formatValue(f.target.value, f.unit)}`.padEnd(22);
  return `  ${f.name.padEnd(width)} ${value}   ${target} ${f.pass ? 'PASS' : 'MISS'}`;
}

/** The human report: a header about the machine, then one block per benchmark. */
function renderReport(sections: Section[], header: string): string {
  const width = Math.max(...sections.flatMap((s) => s.figures.map((f) => f.name.length)));
  const blocks = sections.map((s) =>
    [s.title, ...s.figures.map((f) => formatFigure(f, width)), ...s.notes.map((n) => `  · ${n}`)].join('\n'),
  );
  const figures = sections.flatMap((s) => s.figures).filter((f) => f.target);
  const missed = figures.filter((f) => !f.pass).length;
  const verdict =
    missed === 0 ? `all ${figures.length} targets met` : `${missed} of ${figures.length} targets missed`;
  return `${header}\n\n${blocks.join('\n\n')}\n\n${verdict}\n`;
}

function parseArgs(args: readonly string[]): { json: boolean; only: string[] } {
  const known = Object.keys(BENCHES);
  let only = known;
  const at = args.indexOf('--only');
  if (at >= 0) {
    only = (args[at + 1] ?? '').split(',').filter(Boolean);
    const unknown = only.filter((name) => !known.includes(name));
    if (only.length === 0 || unknown.length > 0) {
      throw new Error(`--only takes a comma-separated list of: ${known.join(', ')}`);
    }
  }
  const optionValue = at >= 0 ? at + 1 : -1;
  const unexpected = args.filter((a, i) => i !== optionValue && a !== '--json' && a !== '--only');
  if (unexpected.length > 0)
    throw new Error(`unexpected argument ${unexpected[0]}; use --json and --only <names>`);
  return { json: args.includes('--json'), only };
}

async function main(args: readonly string[]): Promise<void> {
  const { json, only } = parseArgs(args);
  const load = loadavg().map((l) => l.toFixed(2));
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    loadBefore: load,
  };
  const started = performance.now();
  const sections: Section[] = [];
  for (const name of only) sections.push(await BENCHES[name]());
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  // Other work on the machine skews every figure; the load on both sides of the run says how much to trust.
  const loadAfter = loadavg().map((l) => l.toFixed(2));
  if (json) {
    const figures = sections.flatMap((s) => s.figures).filter((f) => f.target);
    const report = { ...machine, loadAfter, seconds, allTargetsMet: figures.every((f) => f.pass), sections };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const header =
    `mentions bench: node ${machine.node}, ${machine.platform}, ${machine.cpus} CPUs, ` +
    `load ${load.join(' ')} before, ${loadAfter.join(' ')} after, ${seconds.toFixed(0)}s in all`;
  const busy = Math.max(Number(load[0]), Number(loadAfter[0])) > machine.cpus;
  const warning = busy ? '\nwarning: load above the CPU count, so other work inflated these figures\n' : '';
  process.stdout.write(renderReport(sections, header) + warning);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
