import { spawnSync } from 'node:child_process';
import { BIN, runBin } from '../helpers/cli.js';

test('the built classify keeps input order across batches and worker threads, and splits no character', async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `ligne ${i}: ma commande n’est jamais arrivée 😡`);
  const r = await runBin(['classify'], { input: `${lines.join('\n')}\n` });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const texts = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).text as string);
  expect(texts).toEqual(lines);
});

// On one core the command classifies on its main thread instead of a worker: same verdicts, same order.
// `taskset` (util-linux, on every Debian system) pins the process to one core.
test('pinned to one core, classify gives the same output as with workers', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 0 ? `@acmehelp order ${i} never arrived, still waiting` : `love the new acme app ${i} 🎉`,
  );
  const input = `${lines.join('\n')}\n`;
  const workers = await runBin(['classify'], { input });
  const one = spawnSync('taskset', ['-c', '0', process.execPath, BIN, 'classify'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(one.status).toBe(0);
  expect(one.stderr).toBe('');
  expect(one.stdout).toBe(workers.stdout);
  expect(one.stdout.trim().split('\n')).toHaveLength(lines.length);
});
