import fs from 'node:fs';
import path from 'node:path';
import { startSmtpTestServer, type SmtpTestServer } from '../helpers/smtp-test-server.js';
import { runAlerts } from '../../src/notify/run-alerts.js';
import { alertsOf } from '../../src/store/alerts.js';
import { addMention, FIXTURES, freshDb, notifyConfig, runDeps } from './setup.js';

const TLS = {
  key: fs.readFileSync(path.join(FIXTURES, 'tls/localhost-key.pem')),
  cert: fs.readFileSync(path.join(FIXTURES, 'tls/localhost-cert.pem')),
};
const PASSWORD = 'pw-hunter2-secret';

let smtp: SmtpTestServer;
afterEach(async () => {
  await smtp?.close();
});

function emailChannel(port: number, over: Record<string, unknown> = {}) {
  return {
    type: 'email',
    name: 'mail',
    host: '127.0.0.1',
    port,
    from: 'mentions@example.test',
    to: ['support@example.test', 'lead@example.test'],
    ...over,
  };
}

describe('email channel', () => {
  test('sends over STARTTLS with AUTH: envelope, headers and plain-text body', async () => {
    smtp = await startSmtpTestServer({ auth: { user: 'alerts', pass: PASSWORD }, tls: TLS });
    const db = freshDb();
    const id = addMention(db, { text: 'my acme order never arrived\n\u001b]0;pwned\u0007where is it?' });
    const config = notifyConfig([
      emailChannel(smtp.port, {
        starttls: 'required',
        user: 'alerts',
        password: PASSWORD,
        ca: 'tls/localhost-cert.pem',
      }),
    ]);
    const result = await runAlerts(runDeps(db, config, () => new Date('2026-11-25T10:00:00Z')));

    expect(result).toEqual({ sent: 1, failed: [] });
    const [mail] = await smtp.received(1);
    expect(mail.secure).toBe(true);
    expect(mail.user).toBe('alerts');
    expect(mail.envelope).toEqual({
      from: 'mentions@example.test',
      to: ['support@example.test', 'lead@example.test'],
    });
    expect(mail.headers.from).toBe('mentions@example.test');
    expect(mail.headers.to).toBe('support@example.test, lead@example.test');
    expect(mail.headers.subject).toBe('[mentions] complaint past 24h: Acme on twitter');
    expect(mail.text).toBe(
      [
        'complaint past 24h: Acme on twitter',
        '',
        'kind:   max',
        'brand:  Acme',
        'source: twitter',
        'age:    1d 2h',
        'SLA:    1h / 24h',
        'author: someone',
        'score:  0.9',
        'link:   https://twitter.com/someone/status/1',
        `id:     ${id} (mentions show ${id})`,
        '',
        'my acme order never arrived where is it?',
        '',
      ].join('\n'),
    );
  });

  test('sends on a plain connection without AUTH when the server needs none', async () => {
    smtp = await startSmtpTestServer();
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([emailChannel(smtp.port, { starttls: 'off', to: 'support@example.test' })]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });

    expect(await runAlerts(deps)).toEqual({ sent: 1, failed: [] });
    const [mail] = await smtp.received(1);
    expect(mail.secure).toBe(false);
    expect(mail.user).toBeUndefined();
    expect(mail.envelope.to).toEqual(['support@example.test']);
    expect(mail.headers.subject).toBe('[mentions] new complaint: Acme on twitter');
    expect(mail.text.split('\n').slice(0, 3)).toEqual([
      'new complaint: Acme on twitter',
      '',
      'kind:   new-complaint',
    ]);
  });

  test('a refused login is reported once, without the password, and not retried within the run', async () => {
    smtp = await startSmtpTestServer({ auth: { user: 'alerts', pass: 'the-right-one' }, tls: TLS });
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([
      emailChannel(smtp.port, {
        user: 'alerts',
        password: PASSWORD,
        ca: path.join(FIXTURES, 'tls/localhost-cert.pem'),
      }),
    ]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });
    const result = await runAlerts(deps);

    expect(result.sent).toBe(0);
    expect(result.failed).toEqual([
      {
        channel: 'mail',
        error: expect.stringMatching(
          /^SMTP 127\.0\.0\.1:\d+: Invalid login: 535 .*\[redacted\].*\(1 alert kept/,
        ),
      },
    ]);
    expect(deps.delays).toEqual([]);
    const stored = JSON.stringify(alertsOf(db, 'mail'));
    for (const text of [JSON.stringify(result), deps.lines.join('\n'), stored])
      expect(text).not.toContain(PASSWORD);
  });
});
