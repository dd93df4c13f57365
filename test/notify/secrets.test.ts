import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';
import { runAlerts } from '../../src/notify/run-alerts.js';
import { alertsOf } from '../../src/store/alerts.js';
import { addMention, freshDb, notifyConfig, runDeps } from './setup.js';

const TOKEN = 'tok-5f3a9c-secret';
let hook: WebhookServer;
afterEach(async () => {
  await hook.close();
});

describe('secrets', () => {
  test('never reach failed[].error, the log lines or the alerts table', async () => {
    // A careless server echoes the credential it refused; a mention happens to quote it too.
    hook = await startWebhookServer((req) => ({
      status: 401,
      body: `bad credentials: ${req.headers.authorization}`,
    }));
    const db = freshDb();
    const id = addMention(db, { text: `acme leaked ${TOKEN} in a reply` });
    const config = notifyConfig(
      [{ type: 'webhook', name: 'ops', url: hook.url, headers: { Authorization: `Bearer ${TOKEN}` } }],
      { secrets: ['src-secret-value'] },
    );
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });
    const result = await runAlerts(deps);

    expect(result).toEqual({
      sent: 0,
      failed: [
        { channel: 'ops', error: 'HTTP 401: bad credentials: [redacted] (1 alert kept for the next run)' },
      ],
    });
    expect((await hook.received(1))[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    const rows = alertsOf(db, 'ops');
    expect(rows[0].last_error).toBe('HTTP 401: bad credentials: [redacted]');
    expect(rows[0].payload).toContain('acme leaked [redacted] in a reply');
    for (const text of [JSON.stringify(result), deps.lines.join('\n'), JSON.stringify(rows)]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(deps.lines).toEqual([
      'alert: ops: HTTP 401: bad credentials: [redacted] (1 alert kept for the next run)',
    ]);
  });
});
