/** e2e: an invalid config exits 2 with one stderr line naming file and path; the database is untouched. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ACME_FEED, configYaml, removeDir, withDb, workspace, type Workspace } from '../helpers/e2e-setup.js';

/** The config the workspace is created with. */
const GOOD = configYaml([{ name: 'acme-feed', url: ACME_FEED }]);
let ws: Workspace;
let rows: number;

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** The database file and whatever journal files exist beside it. */
const dbFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('mentions.db'))
    .sort();

beforeAll(async () => {
  ws = workspace([{ name: 'acme-feed', url: ACME_FEED }]);
  expect(fs.readFileSync(ws.config, 'utf8')).toBe(GOOD);
  expect((await ws.run(['scan'])).code).toBe(0);
  rows = withDb(ws.db, (db) => db.prepare('SELECT count(*) AS n FROM mentions').pluck().get() as number);
  expect(rows).toBe(11);
});
afterAll(() => removeDir(ws.dir));

const BROKEN: [string, string, RegExp][] = [
  [
    'a YAML syntax error',
    GOOD.replace('sources:', 'sources:\n  - type: rss\n    url: [unclosed'),
    /:\d+: invalid YAML/,
  ],
  [
    'an unknown source type',
    configYaml([{ type: 'myspace', url: 'https://feeds.example/x.xml' }]),
    /:\d+: sources\[0\]\.type: unknown source type "myspace"/,
  ],
  ['a missing url', GOOD.replace(/ {4}url: .*\n/, ''), /:\d+: sources\[0\]\.url: is required/],
];

test.each(BROKEN)(
  '%s: every command exits 2 with one line naming the file and place',
  async (_what, text, expected) => {
    fs.writeFileSync(ws.config, text);
    const files = dbFiles(ws.dir);
    const before = sha(ws.db);
    for (const args of [['scan'], ['list'], ['answer', '1'], ['export', '--all']]) {
      const r = await ws.run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(ws.config);
      expect(lines[0]).toMatch(expected);
    }
    expect(dbFiles(ws.dir)).toEqual(files);
    expect(sha(ws.db)).toBe(before);
    fs.writeFileSync(ws.config, GOOD);
    const count = withDb(ws.db, (db) => db.prepare('SELECT count(*) AS n FROM mentions').pluck().get());
    expect(count).toBe(rows);
    const history = withDb(ws.db, (db) => db.prepare('SELECT count(*) FROM status_events').pluck().get());
    expect(history).toBe(0);
  },
);

test('a missing config file exits 2 naming it', async () => {
  const missing = path.join(ws.dir, 'nope.yaml');
  const r = await ws.run(['--config', missing, 'list']);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(missing);
});

test('the good config still works after the broken ones', async () => {
  fs.writeFileSync(ws.config, GOOD);
  const r = await ws.run(['list', '--all', '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toHaveLength(rows);
});

test("a database that is no SQLite file: one line without MENTIONS_DEBUG, SQLite's own error as the cause with it", async () => {
  const notDb = path.join(ws.dir, 'notes.txt');
  fs.writeFileSync(notDb, 'plain text, not a database\n'.repeat(200));
  fs.writeFileSync(ws.config, GOOD.replace('./mentions.db', './notes.txt'));
  const plain = await ws.run(['list']);
  expect(plain.code).toBe(1);
  expect(plain.stderr).toBe(
    `mentions: database ${notDb}: not an SQLite database; set \`database:\` in the config to a mentions database file, or move this one away\n`,
  );
  const debug = await ws.run(['list'], { env: { MENTIONS_DEBUG: '1' } });
  expect(debug.stderr).toMatch(/\ncaused by: SqliteError: file is not a database\n/);
  expect(fs.readFileSync(notDb, 'utf8')).toBe('plain text, not a database\n'.repeat(200));
  fs.writeFileSync(ws.config, GOOD);
});

test('MENTIONS_DEBUG on a config that fails to parse prints where, never its text (it may hold a password)', async () => {
  const broken = `${GOOD.replace(/url: .*/, 'url: "http://alice:S3cretPW99@127.0.0.1:9/f"')}   bad: [indent\n`;
  fs.writeFileSync(ws.config, broken);
  const r = await ws.run(['list'], { env: { MENTIONS_DEBUG: '1' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/caused by: YAMLException at line \d+, column \d+ \(the config's text left out\)/);
  expect(r.stderr).not.toContain('S3cret');
  fs.writeFileSync(ws.config, GOOD);
});
