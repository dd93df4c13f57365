/** e2e: a generic RSS feed matched against the Acme brand, then `list` in its default and machine forms. */
import fs from 'node:fs';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import {
  ACME_FEED,
  listAll,
  parseNdjson,
  removeDir,
  workspace,
  type Workspace,
} from '../helpers/e2e-setup.js';
import type { MentionRecord } from '../../src/output/fields.js';

/** The fields the README promises on every mention record. */
const README_FIELDS = [
  'id',
  'source',
  'brand',
  'url',
  'author',
  'title',
  'text',
  'createdAt',
  'firstSeenAt',
  'complaint',
  'complaintScore',
  'reasons',
  'question',
  'status',
  'answeredAt',
  'ageSeconds',
  'slaBreached',
];

let server: FeedServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startFeedServer({ '/acme.xml': { body: fs.readFileSync(ACME_FEED) } });
  ws = workspace([{ name: 'acme-feed', url: `${server.url}/acme.xml` }]);
  const scan = await ws.run(['scan']);
  expect(scan).toEqual({ code: 0, stdout: '', stderr: '' });
});
afterAll(async () => {
  await server.close();
  removeDir(ws.dir);
});

test('excluded and non-matching items are not stored', async () => {
  const ids = (await listAll(ws)).map((m) => m.externalId);
  expect(ids).not.toContain('acme-demo-006'); // "Acme Corp careers": excluded phrase
  expect(ids).not.toContain('acme-demo-007'); // blenders review that never names Acme
  expect(ids).toEqual(expect.arrayContaining(['acme-demo-001', 'acme-demo-005', 'acme-demo-013']));
  expect(ids).toHaveLength(11);
});

test('the default list is the open complaints, oldest first', async () => {
  const all = await listAll(ws);
  const r = await ws.run(['list', '--json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const listed = JSON.parse(r.stdout) as MentionRecord[];
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.every((m) => m.complaint && m.status === 'open')).toBe(true);
  const expected = all.filter((m) => m.complaint && m.status === 'open').map((m) => m.id);
  expect(listed.map((m) => m.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  expect(listed.map((m) => m.externalId)).toContain('acme-demo-001'); // "my order never arrived"
  const times = listed.map((m) => Date.parse(m.createdAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
});

test('--json prints one JSON array; piped without a flag prints NDJSON', async () => {
  const json = await ws.run(['list', '--all', '--json']);
  expect(json.stdout.trimStart().startsWith('[')).toBe(true);
  const array = JSON.parse(json.stdout) as MentionRecord[];
  expect(Array.isArray(array)).toBe(true);

  const piped = await ws.run(['list', '--all']);
  expect(piped.code).toBe(0);
  expect(piped.stdout.endsWith('\n')).toBe(true);
  const lines = piped.stdout.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(array.length);
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  expect(parseNdjson<MentionRecord>(piped.stdout).map((m) => m.id)).toEqual(array.map((m) => m.id));

  const ndjson = await ws.run(['list', '--ndjson']);
  expect(parseNdjson(ndjson.stdout).length).toBe(
    (JSON.parse((await ws.run(['list', '--json'])).stdout) as []).length,
  );
});

test('every record has the fields named in the README, with their types', async () => {
  const all = await listAll(ws);
  for (const m of all) {
    for (const field of README_FIELDS) expect(m).toHaveProperty(field);
    expect(m).toMatchObject({ source: 'acme-feed', brand: 'Acme', status: 'open', answeredAt: null });
    expect(typeof m.id).toBe('number');
    expect(new Date(m.createdAt).toISOString()).toBe(m.createdAt);
    expect(new Date(m.firstSeenAt).toISOString()).toBe(m.firstSeenAt);
    expect(typeof m.complaint).toBe('boolean');
    expect(m.complaintScore).toBeGreaterThanOrEqual(0);
    expect(m.complaintScore).toBeLessThanOrEqual(1);
    expect(Array.isArray(m.reasons)).toBe(true);
    expect(typeof m.question).toBe('boolean');
    expect(Number.isInteger(m.ageSeconds)).toBe(true);
    expect(typeof m.slaBreached).toBe('boolean');
  }
  const first = all.find((m) => m.externalId === 'acme-demo-001');
  expect(first).toMatchObject({
    author: '@dana_r',
    title: 'Order never arrived',
    url: 'https://social.example/@dana_r/posts/1001',
    createdAt: '2026-11-09T08:14:00.000Z',
  });
});
