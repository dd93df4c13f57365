/** The CLI's help and unknown verbs: what a person typing at a terminal sees. */
import { runBin } from '../helpers/cli.js';

const VERBS = ['scan', 'list', 'check', 'show', 'answer', 'export', 'import', 'classify', 'doctor', 'init'];

test('program help lists every command, also when a verb follows --help', async () => {
  for (const args of [['--help'], ['--help', 'list'], ['help']]) {
    const run = await runBin(args);
    expect(run.code).toBe(0);
    for (const verb of VERBS) expect(run.stdout).toMatch(new RegExp(`^  ${verb} `, 'm'));
  }
});

test("a command's help shows its own options", async () => {
  for (const args of [
    ['list', '--help'],
    ['help', 'list'],
  ]) {
    const run = await runBin(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: mentions list [options]');
    expect(run.stdout).toContain('--ndjson');
  }
});

test('an unknown verb is a usage error that suggests the nearest command', async () => {
  const run = await runBin(['lsit']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("unknown command 'lsit'");
  expect(run.stderr).toContain('Did you mean list?');
});
