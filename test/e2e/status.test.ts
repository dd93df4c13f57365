/** e2e: answer, reopen and ignore change what `list` shows, keep a history, and reject unknown ids. */
import { ACME_FEED, listAll, removeDir, runJson, withoutClock, workspace } from '../helpers/e2e-setup.js';
import type { Workspace } from '../helpers/e2e-setup.js';
import type { MentionRecord } from '../../src/output/fields.js';

let ws: Workspace;
let target: MentionRecord;

beforeAll(async () => {
  ws = workspace([{ name: 'acme-feed', url: ACME_FEED }]);
  expect((await ws.run(['scan'])).code).toBe(0);
  const open = await runJson<MentionRecord[]>(ws, ['list', '--json']);
  target = open.find((m) => m.externalId === 'acme-demo-001')!;
  expect(target).toBeDefined();
});
afterAll(() => removeDir(ws.dir));

const openIds = async () => (await runJson<MentionRecord[]>(ws, ['list', '--json'])).map((m) => m.id);

test('answer --note hides the mention from the default list; --status answered shows it', async () => {
  const r = await ws.run(['answer', String(target.id), '--note', 'replied by DM']);
  expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(await openIds()).not.toContain(target.id);
  const answered = await runJson<MentionRecord[]>(ws, ['list', '--status', 'answered', '--json']);
  const m = answered.find((a) => a.id === target.id);
  expect(m).toMatchObject({ status: 'answered', answeredBy: 'manual', note: 'replied by DM' });
  expect(Date.parse(m!.answeredAt!)).not.toBeNaN();
  expect(m!.responseSeconds).toBeGreaterThanOrEqual(0);
});

test('reopen brings it back, ignore hides it again', async () => {
  expect((await ws.run(['reopen', String(target.id)])).code).toBe(0);
  expect(await openIds()).toContain(target.id);
  const reopened = (await listAll(ws)).find((m) => m.id === target.id);
  expect(reopened).toMatchObject({ status: 'open', answeredAt: null, answeredBy: null });

  expect((await ws.run(['ignore', String(target.id), '--note', 'spam'])).code).toBe(0);
  expect(await openIds()).not.toContain(target.id);
  const ignored = await runJson<MentionRecord[]>(ws, ['list', '--status', 'ignored', '--json']);
  expect(ignored.map((m) => m.id)).toEqual([target.id]);
});

test('show --json includes the status history in order', async () => {
  const shown = await runJson<MentionRecord & { history: { status: string; at: string; by: string }[] }>(ws, [
    'show',
    String(target.id),
    '--json',
  ]);
  expect(shown).toMatchObject({ id: target.id, externalId: 'acme-demo-001', status: 'ignored' });
  expect(shown.history.map((h) => [h.status, h.by])).toEqual([
    ['answered', 'manual'],
    ['open', 'manual'],
    ['ignored', 'manual'],
  ]);
  expect(shown.history[0]).toMatchObject({ note: 'replied by DM' });
  expect(shown.history[2]).toMatchObject({ note: 'spam' });
  for (const h of shown.history) expect(new Date(h.at).toISOString()).toBe(h.at);
});

test('an unknown id exits 2 naming it and changes nothing, even beside a known id', async () => {
  const before = withoutClock(await listAll(ws));
  const open = await openIds();
  const known = open[0];
  for (const args of [
    ['answer', '987654'],
    ['answer', String(known), '987654', '--note', 'x'],
    ['reopen', '987654'],
  ]) {
    const r = await ws.run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('987654');
  }
  expect(withoutClock(await listAll(ws))).toEqual(before);
  const history = await runJson<{ history: unknown[] }>(ws, ['show', String(known), '--json']);
  expect(history.history).toEqual([]);
});

test('a second answer keeps the first time; --at corrects it; a time before the post is refused', async () => {
  const id = String((await openIds())[0]);
  const history = async () =>
    (await runJson<{ history: { status: string; at: string }[] }>(ws, ['show', id, '--json'])).history;
  const record = async () => (await listAll(ws)).find((m) => String(m.id) === id)!;

  expect((await ws.run(['answer', id, id, '--at', '2h'])).code).toBe(0);
  const first = await record();
  expect(await history()).toHaveLength(1);

  // Again, by hand or from a script: nothing moves, and no new event is kept.
  expect((await ws.run(['answer', id])).code).toBe(0);
  expect(await record()).toMatchObject({
    answeredAt: first.answeredAt,
    responseSeconds: first.responseSeconds,
  });
  expect(await history()).toHaveLength(1);

  const corrected = new Date(Date.parse(first.answeredAt!) - 600_000).toISOString();
  expect((await ws.run(['answer', id, '--at', corrected])).code).toBe(0);
  expect((await record()).answeredAt).toBe(corrected);
  expect(await history()).toHaveLength(2);

  const early = await ws.run(['answer', id, '--at', '2000-01-01']);
  expect(early.code).toBe(2);
  expect(early.stderr).toMatch(
    new RegExp(`^mentions: mention ${id} was posted at .*, after the answer time given; check --at\n$`),
  );
  expect((await record()).answeredAt).toBe(corrected);

  expect((await ws.run(['reopen', id])).code).toBe(0);
  expect((await ws.run(['reopen', id])).code).toBe(0);
  expect((await history()).map((h) => h.status)).toEqual(['answered', 'answered', 'open']);

  // A new note on an unchanged status is kept in the history; the same note again adds nothing.
  expect((await ws.run(['reopen', id, '--note', 'customer wrote again'])).code).toBe(0);
  expect((await ws.run(['reopen', id, '--note', 'customer wrote again'])).code).toBe(0);
  expect((await record()).note).toBe('customer wrote again');
  const notes = (
    await runJson<{ history: { status: string; note: string | null }[] }>(ws, ['show', id, '--json'])
  ).history;
  expect(notes.map((h) => [h.status, h.note])).toEqual([
    ['answered', null],
    ['answered', null],
    ['open', null],
    ['open', 'customer wrote again'],
  ]);
});

test('show of an unknown id exits 2 naming it', async () => {
  const r = await ws.run(['show', '424242', '--json']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain('424242');
});

test('show --json escapes a note that could drive a terminal, and gives it back exactly', async () => {
  const note = 'see \u009b2J and \u202Etxet';
  expect((await ws.run(['answer', String(target.id), '--note', note])).code).toBe(0);
  const r = await ws.run(['show', String(target.id), '--json']);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
  expect(r.stdout).toContain('\\u009b2J');
  expect((JSON.parse(r.stdout) as MentionRecord).note).toBe(note);
  expect((await ws.run(['reopen', String(target.id)])).code).toBe(0);
});
