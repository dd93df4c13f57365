/** e2e (in-process, fake TTY, fixed clock): the table fits, passes on no escapes, colours only when allowed. */
import { runInProcess, type RunResult } from '../helpers/cli.js';
import { ACME_FEED, removeDir, workspace, type Workspace } from '../helpers/e2e-setup.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const ESC = '\x1b';
/** SGR colour codes, the only escapes the CLI itself may print. */
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

let ws: Workspace;

beforeAll(async () => {
  ws = workspace([{ name: 'acme-feed', url: ACME_FEED }]);
  expect((await ws.run(['scan'])).code).toBe(0);
});
afterAll(() => removeDir(ws.dir));

function onTerminal(args: string[], columns: number, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runInProcess(['--config', ws.config, ...args], { tty: true, columns, now: NOW, cwd: ws.dir, env });
}

const visibleWidth = (line: string) => [...line.replace(SGR, '')].length;
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

test.each([120, 80, 60, 40])('list on a %i-column terminal prints table rows that fit', async (columns) => {
  const r = await onTerminal(['list'], columns, { NO_COLOR: '1' });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const out = lines(r.stdout);
  expect(out.length).toBeGreaterThan(2);
  const table = out.slice(0, -1);
  for (const line of table) expect(visibleWidth(line)).toBeLessThanOrEqual(columns);
  expect(out[0]).toMatch(/ID/);
  expect(out[out.length - 1]).toMatch(/unanswered complaint/);
});

test('the footer under the table fits a 40-column terminal too', async () => {
  const r = await onTerminal(['list'], 40, { NO_COLOR: '1' });
  const out = lines(r.stdout);
  const footer = out[out.length - 1];
  expect(footer).toMatch(/unanswered complaint/);
  expect(visibleWidth(footer)).toBeLessThanOrEqual(40);
});

test('a terminal that reports 0 columns (some ptys) gets the table at $COLUMNS, else 100 wide', async () => {
  for (const [env, width] of [
    [{ COLUMNS: '72' }, 72],
    [{}, 100],
    [{ COLUMNS: 'wide' }, 100],
  ] as const) {
    const r = await onTerminal(['list'], 0, { NO_COLOR: '1', ...env });
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/^ID/);
    expect(out.some((l) => l.includes('Order never arrived'))).toBe(true);
    expect(Math.max(...out.slice(0, -1).map(visibleWidth))).toBe(width);
  }
});

test('with NO_COLOR the table has no escape character at all', async () => {
  const r = await onTerminal(['list', '--all'], 200, { NO_COLOR: '1' });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain(ESC);
  // The mention whose text carried ESC[31m is shown, without the escape.
  expect(r.stdout).toMatch(/Status page colours/);
  expect(r.stdout).toMatch(/DELAYED/);
});

test('without NO_COLOR the header is coloured but no escape from mention text gets through', async () => {
  const r = await onTerminal(['list', '--all'], 200);
  expect(r.code).toBe(0);
  const out = lines(r.stdout);
  expect(out[0]).toContain(`${ESC}[`);
  // Every escape printed is an SGR code of the CLI's own; the text's ESC[31m before DELAYED is gone.
  expect(r.stdout.replace(SGR, '')).not.toContain(ESC);
  const delayed = out.find((l) => l.includes('DELAYED'));
  expect(delayed).toBeDefined();
  expect(delayed).not.toContain(`${ESC}[31mDELAYED`);
  for (const line of out) expect(visibleWidth(line)).toBeLessThanOrEqual(200);
});

test('show on a terminal prints the mention without its escape sequence', async () => {
  const all = await ws.run(['list', '--all', '--json']);
  const record = (JSON.parse(all.stdout) as { id: number; externalId: string }[]).find(
    (m) => m.externalId === 'acme-demo-010',
  );
  const r = await onTerminal(['show', String(record!.id)], 100, { NO_COLOR: '1' });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/DELAYED/);
  expect(r.stdout).not.toContain(ESC);
});

test('piped list (not a TTY) prints NDJSON with the escape JSON-encoded, never raw', async () => {
  const r = await runInProcess(['--config', ws.config, 'list', '--all'], {
    tty: false,
    now: NOW,
    cwd: ws.dir,
  });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain(ESC);
  expect(r.stdout).toContain('\\u001b[31mDELAYED');
  const ages = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { createdAt: string; ageSeconds: number });
  for (const m of ages)
    expect(m.ageSeconds).toBe(Math.floor((NOW.getTime() - Date.parse(m.createdAt)) / 1000));
});
