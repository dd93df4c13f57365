import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';
import { runAlerts } from '../../src/notify/run-alerts.js';
import { ALERT_QUERIES, alertsOf } from '../../src/store/alerts.js';
import { setStatus } from '../../src/store/mentions.js';
import { addMention, clock, freshDb, notifyConfig, runDeps } from './setup.js';

let hook: WebhookServer;
beforeEach(async () => {
  hook = await startWebhookServer();
});
afterEach(async () => {
  await hook.close();
});

/** Titles of the alerts POSTed to `path` (a summary counts as its own title). */
const titlesAt = (path: string) =>
  hook.requests.filter((r) => r.path === path).map((r) => (JSON.parse(r.body) as { title: string }).title);

describe('alert triggers', () => {
  test('each alert is sent once per channel: a second run sends nothing new', async () => {
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: `${hook.url}/ops` }]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });

    expect(await runAlerts(deps)).toEqual({ sent: 1, failed: [] });
    expect(await runAlerts(deps)).toEqual({ sent: 0, failed: [] });
    expect(titlesAt('/ops')).toEqual(['new complaint: Acme on twitter']);
    expect(alertsOf(db, 'ops')).toHaveLength(1);
  });

  test('an open complaint crosses first response, then max, as time moves; answered, it stops', async () => {
    const db = freshDb();
    const id = addMention(db);
    const q = addMention(db, { complaint: false, complaintScore: 0.1, question: true, source: 'reddit' });
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: `${hook.url}/ops` }]);
    const at = clock('2026-11-24T08:30:00Z');
    const run = () => runAlerts(runDeps(db, config, at.now));

    expect(await run()).toEqual({ sent: 0, failed: [] });
    at.set('2026-11-24T09:00:01Z');
    expect(await run()).toEqual({ sent: 2, failed: [] });
    setStatus(db, [q], { status: 'answered', at: at.now(), by: 'manual', recordedAt: at.now() });
    at.set('2026-11-24T12:00:00Z');
    expect(await run()).toEqual({ sent: 0, failed: [] });
    at.set('2026-11-25T08:00:01Z');
    expect(await run()).toEqual({ sent: 1, failed: [] });
    at.set('2026-11-25T09:00:00Z');
    expect(await run()).toEqual({ sent: 0, failed: [] });
    expect(titlesAt('/ops')).toEqual([
      'complaint past 1h: Acme on twitter',
      'question past 1h: Acme on reddit',
      'complaint past 24h: Acme on twitter',
    ]);
    expect(alertsOf(db, 'ops').map((a) => [a.kind, a.key])).toEqual([
      ['first-response', String(id)],
      ['first-response', String(q)],
      ['max', String(id)],
    ]);
  });

  test('per-brand SLAs count, and a mention first seen past max gets the most urgent alert only', async () => {
    const db = freshDb();
    const beta = addMention(db, { brand: 'Beta', createdAt: new Date('2026-11-24T08:00:00Z') });
    const old = addMention(db, { createdAt: new Date('2026-11-20T08:00:00Z') });
    const config = notifyConfig(
      [
        { type: 'webhook', name: 'all', url: `${hook.url}/all` },
        { type: 'webhook', name: 'first', url: `${hook.url}/first`, on: ['first-response'] },
        { type: 'webhook', name: 'new', url: `${hook.url}/new`, on: ['new-complaint'] },
      ],
      {
        brands: [
          { name: 'Acme', keywords: ['acme'], exclude: [], handles: {} },
          { name: 'Beta', keywords: ['beta'], exclude: [], handles: {}, sla: { firstResponseSeconds: 600 } },
        ],
      },
    );
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:20:00Z'), {
      newComplaintIds: [old, beta],
    });
    expect(await runAlerts(deps)).toEqual({ sent: 6, failed: [] });
    expect(titlesAt('/all')).toEqual([
      'complaint past 10m: Beta on twitter',
      'complaint past 24h: Acme on twitter',
    ]);
    expect(titlesAt('/first')).toEqual([
      'complaint past 10m: Beta on twitter',
      'complaint past 1h: Acme on twitter',
    ]);
    expect(titlesAt('/new')).toEqual(['new complaint: Beta on twitter', 'new complaint: Acme on twitter']);
  });

  test('filters: brand, source and minScore', async () => {
    const db = freshDb();
    const ids = [
      addMention(db, { brand: 'Acme', source: 'twitter', complaintScore: 0.9 }),
      addMention(db, { brand: 'Beta', source: 'twitter', complaintScore: 0.5 }),
      addMention(db, { brand: 'Beta', source: 'reddit', complaintScore: 0.95 }),
      addMention(db, { brand: 'Acme', source: 'reddit', complaintScore: 0.7 }),
    ];
    const config = notifyConfig([
      { type: 'webhook', name: 'beta', url: `${hook.url}/beta`, brand: 'beta' },
      { type: 'webhook', name: 'reddit', url: `${hook.url}/reddit`, source: ['reddit'] },
      { type: 'webhook', name: 'sure', url: `${hook.url}/sure`, minScore: 0.8 },
      {
        type: 'webhook',
        name: 'both',
        url: `${hook.url}/both`,
        brand: ['Acme'],
        source: 'reddit',
        minScore: 0.6,
      },
    ]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: ids });
    await runAlerts(deps);
    const mentionIds = (name: string) => alertsOf(db, name).map((a) => a.mention_id);
    expect(mentionIds('beta')).toEqual([ids[1], ids[2]]);
    expect(mentionIds('reddit')).toEqual([ids[2], ids[3]]);
    expect(mentionIds('sure')).toEqual([ids[0], ids[2]]);
    expect(mentionIds('both')).toEqual([ids[3]]);
  });

  test('crisis: one alert per spike however long it lasts, another for a new spike; brand filter applies', async () => {
    const db = freshDb();
    const config = notifyConfig([
      { type: 'webhook', name: 'ops', url: `${hook.url}/ops` },
      { type: 'webhook', name: 'beta', url: `${hook.url}/beta`, brand: 'Beta' },
      { type: 'webhook', name: 'quiet', url: `${hook.url}/quiet`, on: ['new-complaint'] },
    ]);
    const crises = [{ brand: 'Acme', count: 12, usual: 2, words: ['outage', 'login'] }];
    const at = clock('2026-11-24T09:10:00Z');
    const run = (found = crises) => runAlerts(runDeps(db, config, at.now, { crises: found }));

    expect(await run()).toEqual({ sent: 1, failed: [] });
    // Still going within the hour's window, across the hour: the same spike, no new alert.
    at.set('2026-11-24T09:50:00Z');
    expect(await run()).toEqual({ sent: 0, failed: [] });
    at.set('2026-11-24T10:05:00Z');
    expect(await run()).toEqual({ sent: 0, failed: [] });
    // Quiet for longer than the window, then a spike again: a new one.
    at.set('2026-11-24T10:30:00Z');
    expect(await run([])).toEqual({ sent: 0, failed: [] });
    at.set('2026-11-24T11:30:00Z');
    expect(await run()).toEqual({ sent: 1, failed: [] });
    expect(hook.requests.map((r) => r.path)).toEqual(['/ops', '/ops']);
    expect(JSON.parse(hook.requests[0].body)).toEqual({
      kind: 'crisis',
      title: 'crisis: 12 complaints about Acme (usually 2): outage, login',
      at: '2026-11-24T09:10:00.000Z',
      brand: 'Acme',
      crisis: { count: 12, usual: 2, words: ['outage', 'login'] },
    });
    expect(alertsOf(db, 'ops').map((a) => a.key)).toEqual([
      'Acme:2026-11-24T09:10:00.000Z',
      'Acme:2026-11-24T11:30:00.000Z',
    ]);
  });

  test('an alert held back or kept after a failure is dropped once its mention is answered', async () => {
    const db = freshDb();
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: `${hook.url}/ops`, cooldown: '1h' }], {
      sla: { firstResponseSeconds: 7200, maxSeconds: 86400 },
    });
    const at = clock('2026-11-24T08:10:00Z');
    const a = addMention(db, { createdAt: new Date('2026-11-24T08:05:00Z') });
    expect(await runAlerts(runDeps(db, config, at.now, { newComplaintIds: [a] }))).toEqual({
      sent: 1,
      failed: [],
    });
    at.set('2026-11-24T08:20:00Z');
    const b = addMention(db, { createdAt: new Date('2026-11-24T08:15:00Z') });
    expect(await runAlerts(runDeps(db, config, at.now, { newComplaintIds: [b] }))).toEqual({
      sent: 0,
      failed: [],
    });
    setStatus(db, [b], { status: 'answered', at: at.now(), by: 'manual', recordedAt: at.now() });
    at.set('2026-11-24T09:15:00Z');
    expect(await runAlerts(runDeps(db, config, at.now, {}))).toEqual({ sent: 0, failed: [] });
    expect(hook.requests).toHaveLength(1);
    const dropped = alertsOf(db, 'ops').find((r) => r.mention_id === b)!;
    expect(dropped).toMatchObject({
      sent_at: null,
      last_error: 'not sent: the mention was answered or ignored first',
    });
    expect(dropped.cancelled_at).toBe(Date.parse('2026-11-24T09:15:00Z'));
  });

  test('cooldown: held-back alerts stay pending and are summarised in the next message; crises pass', async () => {
    const db = freshDb();
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: `${hook.url}/ops`, cooldown: '1h' }], {
      sla: { firstResponseSeconds: 7200, maxSeconds: 86400 },
    });
    const at = clock('2026-11-24T08:10:00Z');
    const a = addMention(db, { createdAt: new Date('2026-11-24T08:05:00Z') });
    const deps = runDeps(db, config, at.now, { newComplaintIds: [a] });
    expect(await runAlerts(deps)).toEqual({ sent: 1, failed: [] });

    at.set('2026-11-24T08:20:00Z');
    const b = addMention(db, { createdAt: new Date('2026-11-24T08:15:00Z') });
    const c = addMention(db, { brand: 'Beta', createdAt: new Date('2026-11-24T08:16:00Z') });
    const crises = [{ brand: 'Acme', count: 9, usual: 1, words: [] }];
    const held = runDeps(db, config, at.now, { newComplaintIds: [b, c], crises });
    expect(await runAlerts(held)).toEqual({ sent: 1, failed: [] });
    expect(held.lines).toContain('alert: ops: cooldown until 2026-11-24T09:10:00.000Z; 2 alerts held back');
    expect(alertsOf(db, 'ops').map((r) => r.status)).toEqual(['sent', 'pending', 'pending', 'sent']);

    at.set('2026-11-24T09:09:59Z');
    expect(await runAlerts(runDeps(db, config, at.now))).toEqual({ sent: 0, failed: [] });
    at.set('2026-11-24T09:10:00Z');
    expect(await runAlerts(runDeps(db, config, at.now))).toEqual({ sent: 2, failed: [] });

    expect(titlesAt('/ops')).toEqual([
      'new complaint: Acme on twitter',
      'crisis: 9 complaints about Acme (usually 1)',
      '2 alerts: 2 new-complaint',
    ]);
    const summary = JSON.parse(hook.requests[2].body);
    expect(summary).toMatchObject({ kind: 'summary', at: '2026-11-24T09:10:00.000Z', count: 2 });
    expect(summary.alerts.map((x: { mention: { id: number } }) => x.mention.id)).toEqual([b, c]);
    expect(alertsOf(db, 'ops').map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });

  test('the queries a run makes are served by indexes', () => {
    const db = freshDb();
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    const plans = [
      plan(ALERT_QUERIES.openMentions, 0),
      plan(ALERT_QUERIES.due, 'ops', 5),
      plan(ALERT_QUERIES.lastSent, 'ops'),
    ];
    expect(plans.map((p) => p.join('; '))).toEqual([
      expect.stringMatching(/USING INDEX mentions_status_created/),
      expect.stringMatching(/USING INDEX alerts_channel_sent \(channel=\? AND sent_at=\?\)/),
      expect.stringMatching(/USING INDEX alerts_channel_sent/),
    ]);
    for (const p of plans) expect(p.join('; ')).not.toMatch(/TEMP B-TREE/);
  });
});
