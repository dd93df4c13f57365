/** e2e: commands load only what they use (recorded by a module hook): `list` never loads the feed parser. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../helpers/cli.js';
import {
  ACME_FEED,
  confinedEnv,
  removeDir,
  spawnBin,
  workspace,
  type Workspace,
} from '../helpers/e2e-setup.js';

const HOOK = path.join(ROOT, 'test', 'helpers', 'e2e-record-imports.mjs');
const HEAVY = ['rss-parser', 'twitter-api-v2'];

let ws: Workspace;
let runs = 0;

beforeAll(() => {
  ws = workspace([{ name: 'acme-feed', url: ACME_FEED }]);
});
afterAll(() => removeDir(ws.dir));

/** Runs the binary under the hook; returns the exit code and every URL the loader resolved. */
async function resolvedBy(args: string[], input?: string): Promise<{ code: number | null; urls: string[] }> {
  const log = path.join(ws.dir, `imports-${++runs}.log`);
  const run = spawnBin(args, {
    cwd: ws.dir,
    env: confinedEnv(ws.dir, { MENTIONS_IMPORT_LOG: log }),
    nodeArgs: ['--import', HOOK],
    input,
  });
  const { code } = await run.done;
  const urls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { code, urls };
}

const loads = (urls: string[], pkg: string) => urls.some((u) => u.includes(`/node_modules/${pkg}/`));

/** What each file of dist/bundle/ holds: the compiled modules (dist/…) bundled into it. */
const BUNDLE = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};

/** The project's own modules (as paths under dist/) whose code was loaded, without node_modules. */
const ownModules = (urls: string[]) => {
  const modules = new Set<string>();
  for (const url of urls.filter((u) => u.startsWith('file:') && u.includes('/dist/'))) {
    const file = path.relative(ROOT, fileURLToPath(url)).split(path.sep).join('/');
    const held = BUNDLE.outputs[file] ? Object.keys(BUNDLE.outputs[file].inputs) : [file];
    for (const m of held) modules.add(m.replace(/^dist\//, ''));
  }
  return [...modules].sort();
};

test('bin runs the bundle, and the bundle records what each of its files holds', async () => {
  const list = await resolvedBy(['--config', ws.config, 'list', '--all']);
  expect(list.code).toBe(0);
  expect(list.urls.some((u) => u.includes('/dist/bundle/main.js'))).toBe(true);
  expect(ownModules(list.urls)).toContain('cli/commands/list.js');
});

test('scan loads rss-parser (so the hook sees package imports at all)', async () => {
  const scan = await resolvedBy(['--config', ws.config, 'scan']);
  expect(scan.code).toBe(0);
  expect(loads(scan.urls, 'rss-parser')).toBe(true);
  expect(ownModules(scan.urls)).toContain('cli/commands/scan.js');
});

test('list loads neither rss-parser nor twitter-api-v2', async () => {
  const list = await resolvedBy(['--config', ws.config, 'list', '--all']);
  expect(list.code).toBe(0);
  expect(list.urls.length).toBeGreaterThan(0);
  for (const pkg of HEAVY) expect(list.urls.filter((u) => u.includes(pkg))).toEqual([]);
  expect(ownModules(list.urls)).toContain('cli/commands/list.js');
  // Nor the scan orchestrator, other commands or source implementations (the registry is metadata only).
  const unused = /^scan\/|^sources\/(?!index\.js)|commands\/(scan|show|export|import)\.js/;
  expect(ownModules(list.urls).filter((m) => unused.test(m))).toEqual([]);
});

test('piped list loads nothing only a terminal needs: no chalk, table, text widths or crisis banners', async () => {
  const list = await resolvedBy(['--config', ws.config, 'list', '--all']);
  expect(list.code).toBe(0);
  expect(loads(list.urls, 'chalk')).toBe(false);
  const forPeople = /^output\/(table|text-width)\.js$|^cli\/spike-banners\.js$|^crisis\/|^sla\/priority\.js$/;
  expect(ownModules(list.urls).filter((m) => forPeople.test(m))).toEqual([]);
});

test('piped list on a current database and an unchanged config loads no migrations, YAML parser or CSV', async () => {
  // The first run may create the database and parse the config; the second finds both ready.
  expect((await resolvedBy(['--config', ws.config, 'list', '--all'])).code).toBe(0);
  const list = await resolvedBy(['--config', ws.config, 'list', '--all']);
  expect(list.code).toBe(0);
  expect(loads(list.urls, 'js-yaml')).toBe(false);
  const unused = /^store\/migrations\/(index|00[1-3]-.*)\.js$|^cli\/record-writer\.js$|^output\/csv\.js$/;
  expect(ownModules(list.urls).filter((m) => unused.test(m))).toEqual([]);
  expect(ownModules(list.urls)).toContain('store/connect.js');
});

test('list with the short -c option loads no more than with --config', async () => {
  const long = await resolvedBy(['--config', ws.config, 'list', '--all']);
  const short = await resolvedBy(['-c', ws.config, 'list', '--all']);
  expect(short.code).toBe(0);
  for (const pkg of HEAVY) expect(loads(short.urls, pkg)).toBe(false);
  expect(ownModules(short.urls)).toEqual(ownModules(long.urls));
});

test('classify loads neither the feed parser nor the database driver', async () => {
  const classify = await resolvedBy(['classify'], 'acme broke my kettle\n');
  expect(classify.code).toBe(0);
  for (const pkg of [...HEAVY, 'better-sqlite3']) expect(loads(classify.urls, pkg)).toBe(false);
  // Nor the config loader or the store, which commands that use them start loading early.
  const store = /^config\/load\.js$|^store\//;
  expect(ownModules(classify.urls).filter((m) => store.test(m))).toEqual([]);
});
