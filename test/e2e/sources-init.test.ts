/** e2e: `sources` describes the source types; `init` writes a config that loads, and never overwrites one. */
import fs from 'node:fs';
import path from 'node:path';
import { runBin } from '../helpers/cli.js';
import { confinedEnv, removeDir, tempDir } from '../helpers/e2e-setup.js';

interface SourceTypeInfo {
  type: string;
  description: string;
  credentials: string;
  options: { name: string; required: boolean }[];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

test('sources --json lists google-alerts and rss with their url option', async () => {
  const d = dir();
  const r = await runBin(['sources', '--json'], { cwd: d, env: confinedEnv(d) });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const types = JSON.parse(r.stdout) as SourceTypeInfo[];
  expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['google-alerts', 'rss']));
  for (const t of types.filter((x) => x.type === 'google-alerts' || x.type === 'rss')) {
    expect(t.description).not.toBe('');
    expect(t.options).toContainEqual(expect.objectContaining({ name: 'url', required: true }));
  }
  // Needs no config: it ran in an empty directory.
  expect(fs.readdirSync(d)).toEqual([]);
});

test('init FILE writes a config that loads (list exits 0 on the empty database)', async () => {
  const d = dir();
  const env = confinedEnv(d);
  const file = path.join(d, 'conf', 'mentions.yaml');
  const init = await runBin(['init', file], { cwd: d, env });
  expect(init.code).toBe(0);
  expect(init.stdout).toBe('');
  expect(init.stderr).toContain(file);
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^brands:/m);

  const list = await runBin(['--config', file, 'list', '--json'], { cwd: d, env });
  expect(list).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  const piped = await runBin(['--config', file, 'list'], { cwd: d, env });
  expect(piped).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('init with no FILE writes ./mentions.yaml, which later commands find by themselves', async () => {
  const d = dir();
  const env = confinedEnv(d);
  expect((await runBin(['init'], { cwd: d, env })).code).toBe(0);
  expect(fs.existsSync(path.join(d, 'mentions.yaml'))).toBe(true);
  const list = await runBin(['list', '--all', '--json'], { cwd: d, env });
  expect(list).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
});

test('init refuses to overwrite without --force (exit 2), and overwrites with it', async () => {
  const d = dir();
  const env = confinedEnv(d);
  const file = path.join(d, 'mentions.yaml');
  fs.writeFileSync(file, '# my precious config\n');
  const refused = await runBin(['init', file], { cwd: d, env });
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe('');
  expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  expect(refused.stderr).toContain(file);
  expect(refused.stderr).toContain('--force');
  expect(fs.readFileSync(file, 'utf8')).toBe('# my precious config\n');

  const viaConfig = await runBin(['--config', file, 'init'], { cwd: d, env });
  expect(viaConfig.code).toBe(2);
  expect(fs.readFileSync(file, 'utf8')).toBe('# my precious config\n');

  const forced = await runBin(['init', file, '--force'], { cwd: d, env });
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^sources:/m);
});
