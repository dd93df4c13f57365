import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';
import { runAlerts } from '../../src/notify/run-alerts.js';
import { alertsOf } from '../../src/store/alerts.js';
import { getMention } from '../../src/store/mentions.js';
import { mentionToRecord } from '../../src/output/fields.js';
import { addMention, clock, freshDb, notifyConfig, runDeps } from './setup.js';
import { sendWebhook } from '../../src/notify/webhook.js';
import type { AlertMessage } from '../../src/notify/alert.js';

let hook: WebhookServer;
afterEach(async () => {
  await hook?.close();
});

const SLA = { firstResponseSeconds: 3600, maxSeconds: 86400 };

describe('webhook channel', () => {
  test('POSTs the alert as JSON with the configured headers', async () => {
    hook = await startWebhookServer();
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([
      {
        type: 'webhook',
        name: 'ops',
        url: `${hook.url}/alerts`,
        headers: { Authorization: 'Bearer t0ken-1234' },
      },
    ]);
    const now = new Date('2026-11-24T08:30:00Z');
    const result = await runAlerts(runDeps(db, config, () => now, { newComplaintIds: [id] }));

    expect(result).toEqual({ sent: 1, failed: [] });
    const [req] = await hook.received(1);
    const expected = {
      kind: 'new-complaint',
      title: 'new complaint: Acme on twitter',
      at: '2026-11-24T08:30:00.000Z',
      brand: 'Acme',
      source: 'twitter',
      sla: { ...SLA, businessHours: false },
      mention: mentionToRecord(getMention(db, id)!, now, SLA),
    };
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/alerts');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.authorization).toBe('Bearer t0ken-1234');
    expect(req.body).toBe(JSON.stringify(expected));
    expect(alertsOf(db, 'ops')).toMatchObject([
      {
        kind: 'new-complaint',
        key: String(id),
        mention_id: id,
        status: 'sent',
        attempts: 1,
        last_error: null,
      },
    ]);
  });

  test('the Slack flavour posts a readable message with escaped, sanitised, shortened text', async () => {
    hook = await startWebhookServer();
    const db = freshDb();
    const text = 'my acme order never arrived & nobody answers <!channel>\u001b[31m!' + ' again'.repeat(60);
    addMention(db, { text, url: 'https://twitter.com/someone/status/1' });
    const config = notifyConfig([
      { type: 'webhook', name: 'slack', url: `${hook.url}/T0/B0/x`, flavour: 'slack' },
    ]);
    const result = await runAlerts(runDeps(db, config, () => new Date('2026-11-25T10:00:00Z')));

    expect(result).toEqual({ sent: 1, failed: [] });
    const [req] = await hook.received(1);
    const quote =
      'my acme order never arrived &amp; nobody answers &lt;!channel&gt;!' + ' again'.repeat(40) + '…';
    expect(JSON.parse(req.body)).toEqual({
      text: 'complaint past 24h: Acme on twitter',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: `*complaint past 24h: Acme on twitter*\n>${quote}` },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text:
                'kind: max · brand: Acme · source: twitter · age: 1d 2h · SLA: 1h / 24h · author: someone · ' +
                'score: 0.9 · <https://twitter.com/someone/status/1|open the mention>',
            },
          ],
        },
      ],
    });
  });

  test('retries with exponential back-off: two failures, then 200', async () => {
    hook = await startWebhookServer((_req, n) => (n < 2 ? { status: 503, body: 'busy' } : { status: 200 }));
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: hook.url }]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });

    expect(await runAlerts(deps)).toEqual({ sent: 1, failed: [] });
    const requests = await hook.received(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect(deps.delays).toEqual([500, 1000]);
    expect(alertsOf(db, 'ops')).toMatchObject([{ status: 'sent', attempts: 1 }]);
  });

  test('a 4xx answer is not retried within the run', async () => {
    hook = await startWebhookServer(() => ({ status: 400, body: 'invalid_payload' }));
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: hook.url }]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });

    expect(await runAlerts(deps)).toEqual({
      sent: 0,
      failed: [{ channel: 'ops', error: 'HTTP 400: invalid_payload (1 alert kept for the next run)' }],
    });
    expect(hook.requests).toHaveLength(1);
    expect(deps.delays).toEqual([]);
  });

  test('a failure is reported, kept, and delivered by the next run', async () => {
    let up = false;
    hook = await startWebhookServer(() => (up ? { status: 200 } : { status: 500, body: 'down' }));
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([
      { type: 'webhook', name: 'ops', url: hook.url },
      { type: 'webhook', name: 'other', url: `${hook.url}/other`, on: ['crisis'] },
    ]);
    const at = clock('2026-11-24T08:30:00Z');

    const first = await runAlerts(runDeps(db, config, at.now, { newComplaintIds: [id] }));
    expect(first).toEqual({
      sent: 0,
      failed: [{ channel: 'ops', error: 'HTTP 500: down (1 alert kept for the next run)' }],
    });
    expect(alertsOf(db, 'ops')).toMatchObject([
      { status: 'failed', attempts: 1, last_error: 'HTTP 500: down' },
    ]);
    const failedBody = (await hook.received(3))[0].body;

    up = true;
    at.set('2026-11-24T08:40:00Z');
    expect(await runAlerts(runDeps(db, config, at.now))).toEqual({ sent: 1, failed: [] });
    const requests = await hook.received(4);
    expect(requests[3].body).toBe(failedBody);
    expect(alertsOf(db, 'ops')).toMatchObject([{ status: 'sent', attempts: 2, last_error: null }]);
  });

  test('gives up after maxRuns runs, saying so', async () => {
    hook = await startWebhookServer(() => ({ status: 500 }));
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: hook.url }]);
    const now = () => new Date('2026-11-24T08:30:00Z');
    const run = (ids: number[] = []) =>
      runAlerts(runDeps(db, config, now, { newComplaintIds: ids, maxRuns: 2 }));

    expect((await run([id])).failed).toEqual([
      { channel: 'ops', error: 'HTTP 500 (1 alert kept for the next run)' },
    ]);
    expect((await run()).failed).toEqual([
      { channel: 'ops', error: 'HTTP 500 (gave up on 1 alert after 2 runs)' },
    ]);
    expect(await run()).toEqual({ sent: 0, failed: [] });
    expect(hook.requests).toHaveLength(6);
    expect(alertsOf(db, 'ops')).toMatchObject([{ status: 'failed', attempts: 2 }]);
  });

  test('a channel down for maxRuns runs gives up every alert it held, not only the first', async () => {
    hook = await startWebhookServer(() => ({ status: 500 }));
    const db = freshDb();
    const ids = [addMention(db), addMention(db), addMention(db)];
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url: hook.url }]);
    const now = () => new Date('2026-11-24T08:30:00Z');
    const run = (found: number[] = []) =>
      runAlerts(runDeps(db, config, now, { newComplaintIds: found, maxRuns: 2 }));

    expect((await run(ids)).failed).toEqual([
      { channel: 'ops', error: 'HTTP 500 (3 alerts kept for the next run)' },
    ]);
    expect((await run()).failed).toEqual([
      { channel: 'ops', error: 'HTTP 500 (gave up on 3 alerts after 2 runs)' },
    ]);
    expect(await run()).toEqual({ sent: 0, failed: [] });
    // One message tried three times a run: the channel is down, the other alerts wait their turn.
    expect(hook.requests).toHaveLength(6);
    expect(alertsOf(db, 'ops').map((a) => a.attempts)).toEqual([2, 2, 2]);
  });

  test('an unreachable URL is a reported failure, not an exception', async () => {
    hook = await startWebhookServer();
    const url = hook.url;
    await hook.close();
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([{ type: 'webhook', name: 'ops', url }]);
    const result = await runAlerts(
      runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] }),
    );
    expect(result.sent).toBe(0);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0].error).toMatch(/^POST failed: fetch failed \(.*ECONNREFUSED.*\) \(1 alert kept/);
  });
});

test('a URL that fetch cannot parse is not quoted back with its key', async () => {
  const url = 'https://hooks.example.com/services/T0/B0/HARDSECRETKEY?token=QSECRET42';
  const fetch = (async () => {
    throw new TypeError(`Failed to parse URL from ${url}`);
  }) as unknown as typeof globalThis.fetch;
  const channel = { type: 'webhook', name: 'w', url, headers: {}, flavour: 'json' } as const;
  const message = { title: 't' } as unknown as AlertMessage;
  const err = await sendWebhook({ ...channel, on: [], brands: [], sources: [] }, message, fetch).catch(
    (e: unknown) => e as Error,
  );
  expect(err?.message).toBe('POST failed: Failed to parse URL from https://hooks.example.com/…');
  expect(err?.message).not.toContain('HARDSECRETKEY');
  expect(err?.message).not.toContain('QSECRET42');
});

test('a URL with user:password@ is sent with Basic authorization, as curl would', async () => {
  hook = await startWebhookServer();
  const db = freshDb();
  const id = addMention(db);
  const url = hook.url.replace('http://', 'http://ops:s3cr%40t@');
  const config = notifyConfig([{ type: 'webhook', name: 'ops', url: `${url}/alerts` }]);
  const now = new Date('2026-11-24T08:30:00Z');
  expect(await runAlerts(runDeps(db, config, () => now, { newComplaintIds: [id] }))).toEqual({
    sent: 1,
    failed: [],
  });
  const [req] = await hook.received(1);
  expect(req.path).toBe('/alerts');
  expect(req.headers.authorization).toBe(`Basic ${Buffer.from('ops:s3cr@t').toString('base64')}`);
});

test('a password with a stray "%" is sent as written rather than failing every delivery', async () => {
  hook = await startWebhookServer();
  const db = freshDb();
  const id = addMention(db);
  const url = hook.url.replace('http://', 'http://ops:50%off@');
  const config = notifyConfig([{ type: 'webhook', name: 'ops', url }]);
  const now = new Date('2026-11-24T08:30:00Z');
  expect(await runAlerts(runDeps(db, config, () => now, { newComplaintIds: [id] }))).toEqual({
    sent: 1,
    failed: [],
  });
  const [req] = await hook.received(1);
  expect(req.headers.authorization).toBe(`Basic ${Buffer.from('ops:50%off').toString('base64')}`);
});

test('the JSON body escapes characters a terminal would act on, as all JSON output does', async () => {
  hook = await startWebhookServer();
  const db = freshDb();
  const id = addMention(db, { text: 'acme \u009b2J broke \u202eit' });
  const config = notifyConfig([{ type: 'webhook', name: 'ops', url: hook.url }]);
  const now = new Date('2026-11-24T08:30:00Z');
  await runAlerts(runDeps(db, config, () => now, { newComplaintIds: [id] }));
  const [req] = await hook.received(1);
  expect(req.body).not.toMatch(/[\u0080-\u009f\u202e]/);
  expect(req.body).toContain('\\u009b2J');
  expect(JSON.parse(req.body).mention.text).toBe('acme \u009b2J broke \u202eit');
});
