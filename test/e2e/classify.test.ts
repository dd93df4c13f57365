/** e2e: `classify` turns stdin lines into NDJSON verdicts, needs no config and never opens the database. */
import fs from 'node:fs';
import path from 'node:path';
import { runBin } from '../helpers/cli.js';
import { configYaml, confinedEnv, parseNdjson, removeDir, tempDir } from '../helpers/e2e-setup.js';

interface Verdict {
  text: string;
  complaint: boolean;
  complaintScore: number;
  reasons: string[];
  question: boolean;
}

const INPUT = [
  '@acmehelp my order never arrived and nobody answers',
  '{"text": "Does Acme ship to Canada?"}',
  '',
  '{"text": "Love the new Acme blender, works great", "rating": 5}',
  'line with a windows ending\r',
  '{not json but text',
].join('\n');

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

test('plain and NDJSON lines give one verdict each, with no config in an empty directory', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const r = await runBin(['classify'], { cwd: dir, env: confinedEnv(dir), input: INPUT });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const verdicts = parseNdjson<Verdict>(r.stdout);
  expect(verdicts.map((v) => v.text)).toEqual([
    '@acmehelp my order never arrived and nobody answers',
    'Does Acme ship to Canada?',
    'Love the new Acme blender, works great',
    'line with a windows ending',
    '{not json but text',
  ]);
  for (const v of verdicts) {
    // severity only for complaints
    const keys = ['complaint', 'complaintScore', 'language', 'personalData', 'question', 'reasons', 'text'];
    expect(Object.keys(v).sort()).toEqual(v.complaint ? [...keys, 'severity'].sort() : keys);
    expect(typeof v.complaint).toBe('boolean');
    expect(v.complaintScore).toBeGreaterThanOrEqual(0);
    expect(v.complaintScore).toBeLessThanOrEqual(1);
    expect(Array.isArray(v.reasons)).toBe(true);
    expect(typeof v.question).toBe('boolean');
  }
  expect(verdicts[0].complaint).toBe(true);
  expect(verdicts[1].question).toBe(true);
  expect(verdicts[2].complaint).toBe(false);
  // Nothing was written: no database, no config, nothing under HOME or the XDG dirs.
  expect(filesUnder(dir)).toEqual([]);
});

test('a configured database is not opened, and empty input prints nothing', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const config = path.join(dir, 'mentions.yaml');
  // Its database would be ./mentions.db beside it.
  fs.writeFileSync(config, configYaml([{ url: 'feed.xml' }]));
  const env = confinedEnv(dir, { MENTIONS_CONFIG: config });
  const r = await runBin(['classify'], { cwd: dir, env, input: 'acme broke my kettle\n' });
  expect(r.code).toBe(0);
  expect(parseNdjson(r.stdout)).toHaveLength(1);
  const empty = await runBin(['classify'], { cwd: dir, env, input: '' });
  expect(empty).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(filesUnder(dir)).toEqual(['mentions.yaml']);
});

test('many lines stream through in order', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const texts = Array.from({ length: 1500 }, (_, i) => `acme order ${i} never arrived`);
  const r = await runBin(['classify'], { cwd: dir, env: confinedEnv(dir), input: `${texts.join('\n')}\n` });
  expect(r.code).toBe(0);
  expect(parseNdjson<Verdict>(r.stdout).map((v) => v.text)).toEqual(texts);
});
