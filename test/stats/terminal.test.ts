/** `stats` at a terminal (in-process, fake TTY, fixed clock) and through the built binary. */
import { openDatabase } from '../../src/store/db.js';
import { insertMention } from '../../src/store/mentions.js';
import type { StatsReport } from '../../src/stats/report.js';
import { bar } from '../../src/stats/bars.js';
import { displayWidth } from '../../src/output/text-width.js';
import { runInProcess, type RunResult } from '../helpers/cli.js';
import { removeDir, runJson, type Workspace } from '../helpers/e2e-setup.js';
import { newMention } from '../helpers/mentions.js';
import { readTwcs, twcsWorkspace } from './twcs.js';

const NOW = new Date('2017-10-13T00:00:00Z');
const ESC = '\x1b';
// eslint-disable-next-line no-control-regex -- SGR codes are what the CLI may print
const SGR = /\x1b\[[0-9;]*m/g;
const tweets = readTwcs();
let ws: Workspace;

beforeAll(() => {
  ws = twcsWorkspace(tweets);
  const db = openDatabase(ws.db);
  // A source name that tries to recolour the terminal and reverse the text after it.
  const at = new Date('2017-10-12T08:00:00Z');
  insertMention(
    db,
    newMention({ source: 'evil\x1b[31m\u202esrc', createdAt: at, firstSeenAt: at, complaint: false }),
  );
  db.close();
});
afterAll(() => removeDir(ws.dir));

function onTerminal(args: string[], columns: number, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runInProcess(['--config', ws.config, 'stats', '--since', '2017-10-01', ...args], {
    tty: true,
    columns,
    now: NOW,
    cwd: ws.dir,
    env,
  });
}

test('bars are full blocks plus an eighth remainder, never empty for a count above zero', () => {
  expect(bar(10, 10, 8)).toBe('████████');
  expect(bar(5, 10, 8)).toBe('████');
  expect(bar(1, 16, 1)).toBe('▏');
  expect(bar(1, 1000, 10)).toBe('▏');
  expect(bar(3, 8, 3)).toBe('█▏');
  expect(bar(0, 10, 8)).toBe('');
});

test.each([40, 80, 120])('on a %i-column terminal every line fits', async (columns) => {
  const r = await onTerminal([], columns, { NO_COLOR: '1' });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  expect(r.stdout).toMatch(/response rate +84% \(41\/49 answered\)/);
  expect(r.stdout).toMatch(/median reply +47m 56s/);
  expect(r.stdout).toMatch(/> 24h +█+ +8\n/);
  expect(r.stdout).toMatch(/canned +3\n/);
});

test('NO_COLOR: not one escape character, and the hostile source name is shown cleaned', async () => {
  const r = await onTerminal([], 100, { NO_COLOR: '1' });
  expect(r.stdout).not.toContain(ESC);
  expect(r.stdout).not.toContain('\u202e');
  expect(r.stdout).toMatch(/evilsrc/);
});

test('with colour allowed only the CLI’s own SGR codes appear', async () => {
  const r = await onTerminal([], 100);
  expect(r.stdout).toContain(`${ESC}[`);
  expect(r.stdout.replace(SGR, '')).not.toContain(ESC);
});

test('piped, stats prints JSON without being asked; bad options are usage errors (exit 2)', async () => {
  const piped = await runInProcess(['--config', ws.config, 'stats', '--since', '2017-10-01'], {
    now: NOW,
    cwd: ws.dir,
  });
  expect((JSON.parse(piped.stdout) as StatsReport).totals.complaints).toBe(49);
  const badSince = await onTerminal(['--since', 'last tuesday'], 80);
  expect(badSince.code).toBe(2);
  expect(badSince.stderr).toMatch(/--since "last tuesday"/);
  const badBrand = await onTerminal(['--brand', 'Nope'], 80);
  expect(badBrand.code).toBe(2);
  expect(badBrand.stderr).toMatch(/no such brand/);
  // A typo in a cron job's --source must not read as "nothing late".
  const badSource = await onTerminal(['--source', 'twitter:twc'], 80);
  expect(badSource.code).toBe(2);
  expect(badSource.stderr).toMatch(/--source "twitter:twc": no such source; configured: /);
});

// The built binary (npm test builds first): the same figures through a real process and the real clock.
test('the built binary prints the same JSON figures', async () => {
  const r = await runJson<StatsReport>(ws, [
    'stats',
    '--json',
    '--since',
    '2017-10-01',
    '--source',
    'twitter:twcs',
  ]);
  expect(r.totals).toEqual({ mentions: 49, complaints: 49, answered: 41, open: 8, ignored: 0 });
  expect(r.firstResponse).toMatchObject({ medianSeconds: 2876, p90Seconds: 23173, within1hShare: 0.4694 });
  expect(r.backlog.over24h).toBe(8);
});
