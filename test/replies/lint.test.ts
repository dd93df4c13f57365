/** lintReplies over stored brand replies, and `mentions lint-replies` in-process and as the built binary. */
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention } from '../../src/store/mentions.js';
import { insertBrandReply } from '../../src/store/replies.js';
import { lintReplies, summariseFindings, type ReplyFinding } from '../../src/replies/lint.js';
import { displayWidth } from '../../src/output/text-width.js';
import { runInProcess } from '../helpers/cli.js';
import { removeDir, runJson, type Workspace } from '../helpers/e2e-setup.js';
import { newMention } from '../helpers/mentions.js';
import { loadTwcs, readTwcs, TWCS_SOURCE, twcsWorkspace } from '../stats/twcs.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const since = new Date('2026-10-25T12:00:00Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000);
let replyCount = 0;

/** Stores mention `id` (with `text`) and a brand reply to it. */
function exchange(
  db: Db,
  id: number | null,
  mentionText: string,
  reply: string,
  over: { source?: string; brand?: string; minutesAgo?: number } = {},
) {
  if (id !== null) {
    insertMention(
      db,
      newMention({ id, text: mentionText, brand: over.brand ?? 'Acme', source: over.source ?? 'rss:test' }),
    );
  }
  replyCount++;
  insertBrandReply(db, {
    source: over.source ?? 'rss:test',
    replyId: `r${replyCount}`,
    mentionId: id,
    text: reply,
    createdAt: at(over.minutesAgo ?? 10),
  });
}

const CANNED = 'Sorry to hear that, Ann! Please DM us your order details and we will check. ^JS';

test('the TWCS sample: three canned AppleSupport replies and the VirginTrains phone line', () => {
  const db = openDatabase(':memory:');
  const ids = loadTwcs(db, readTwcs());
  const findings = lintReplies(db, { since: new Date('2017-01-01') });
  expect(findings.map((f) => [f.kind, f.replyId])).toEqual([
    ['canned', '119293'],
    ['canned', '119269'],
    ['canned', '119252'],
    ['otherChannel', '119240'],
  ]);
  expect(findings[0]).toEqual<ReplyFinding>({
    kind: 'canned',
    replyId: '119293',
    mentionId: ids.get('119294') ?? -1,
    source: TWCS_SOURCE,
    text: '@105849 Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together. https://t.co/GDrqU22YpT',
    detail: 'same text sent to 3 mentions',
  });
  expect(findings[3].detail).toBe('gives a phone number instead of asking for a DM');
});

test('canned needs three different mentions; replies with no known mention count one each', () => {
  const db = openDatabase(':memory:');
  exchange(db, 1, 'acme lost my parcel', CANNED);
  exchange(db, 1, 'acme lost my parcel', CANNED.replace('Ann', 'Bo'));
  exchange(db, 2, 'acme charged me twice', CANNED.replace('^JS', '^KL'));
  expect(lintReplies(db, { since })).toEqual([]);
  exchange(db, null, '', CANNED.replace('Ann', 'Cy'));
  expect(summariseFindings(lintReplies(db, { since }))).toEqual({
    canned: 4,
    otherChannel: 0,
    personalData: 0,
  });
});

test('a reply that repeats personal data is flagged with the data masked in the report', () => {
  const db = openDatabase(':memory:');
  exchange(
    db,
    1,
    'acme order #A998877 never came, mail me at ann@example.com',
    'Hi Ann, order A998877 is on its way to ann@example.com',
  );
  exchange(db, 2, 'acme order #B1234567 is late', 'Sorry! Please DM us and we will chase it.');
  const [f, ...rest] = lintReplies(db, { since });
  expect(rest).toEqual([]);
  expect(f.kind).toBe('personalData');
  expect(f.detail).toBe("repeats the customer's e-mail address, order/account number in public");
  expect(f.text).toBe('Hi Ann, order [hidden] is on its way to [hidden]');
});

test('--since, --source and --brand narrow the replies linted', () => {
  const db = openDatabase(':memory:');
  exchange(db, 1, 'acme', 'Please call customer service about this.', { minutesAgo: 60 * 24 * 40 });
  exchange(db, 2, 'acme', 'Please call customer service about this.', { source: 'rss:other' });
  exchange(db, 3, 'globex', 'Please call customer service about this.', { brand: 'Globex' });
  expect(lintReplies(db, { since }).map((f) => f.mentionId)).toEqual([2, 3]);
  expect(lintReplies(db, { since, source: 'rss:other' }).map((f) => f.mentionId)).toEqual([2]);
  expect(lintReplies(db, { since, brand: 'Globex' }).map((f) => f.mentionId)).toEqual([3]);
});

test('finding text is one line with no escapes or bidi controls, cut to 160 characters', () => {
  const db = openDatabase(':memory:');
  const hostile = `Call us on 0800 123 4567\x1b]8;;http://evil\x07now\u202e\n${'x'.repeat(300)}`;
  exchange(db, 1, 'acme', hostile);
  const [f] = lintReplies(db, { since });
  // eslint-disable-next-line no-control-regex -- the point is that no control character is left
  expect(f.text).not.toMatch(/[\x00-\x1f\u202e]/);
  expect([...f.text]).toHaveLength(160);
  expect(f.text.endsWith('…')).toBe(true);
  expect(f.text.startsWith('Call us on 0800 123 4567now x')).toBe(true);
});

describe('mentions lint-replies', () => {
  let ws: Workspace;
  const tweets = readTwcs();
  beforeAll(() => {
    ws = twcsWorkspace(tweets);
  });
  afterAll(() => removeDir(ws.dir));
  const run = (args: string[], tty: boolean, columns = 100, env: NodeJS.ProcessEnv = {}) =>
    runInProcess(['--config', ws.config, 'lint-replies', ...args], {
      tty,
      columns,
      now: new Date('2017-10-20T00:00:00Z'),
      cwd: ws.dir,
      env,
    });

  test('the default 30 days covers the sample; piped output is a JSON array', async () => {
    const r = await run([], false);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ReplyFinding[]).map((f) => f.kind)).toEqual([
      'canned',
      'canned',
      'canned',
      'otherChannel',
    ]);
    expect(JSON.parse((await run(['--since', '3d'], false)).stdout)).toEqual([]);
  });

  test.each([40, 80, 120])(
    'on a %i-column terminal every line fits, with a summary footer',
    async (columns) => {
      const r = await run([], true, columns, { NO_COLOR: '1' });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('\x1b');
      for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      expect(r.stdout).toMatch(/^canned {2,}/);
      const footer = r.stdout.trimEnd().split('\n').pop();
      expect(footer).toMatch(/^4 findings: 3 canned · 1 other/);
      if (columns >= 80) expect(footer).toBe('4 findings: 3 canned · 1 other channel · 0 personal data');
    },
  );

  test('nothing found says so on a terminal', async () => {
    const r = await run(['--since', '1d'], true, 80, { NO_COLOR: '1' });
    expect(r.stdout).toBe('no findings in replies since 2017-10-19\n');
  });

  test('the built binary prints the same findings', async () => {
    const findings = await runJson<ReplyFinding[]>(ws, ['lint-replies', '--since', '2017-10-01', '--json']);
    expect(findings.map((f) => f.replyId)).toEqual(['119293', '119269', '119252', '119240']);
  });
});
