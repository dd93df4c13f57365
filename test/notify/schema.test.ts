import { Checker, formatPath } from '../../src/config/checks.js';
import { notifySecrets, readNotify } from '../../src/config/notify-schema.js';

function read(value: unknown) {
  const check = new Checker();
  const channels = readNotify(value, check);
  return { channels, problems: check.problems.map((p) => `${formatPath(p.path)}: ${p.message}`) };
}

describe('notify config', () => {
  test('defaults: names derived from the channel, every trigger, no filters, no cooldown', () => {
    const { channels, problems } = read([
      { type: 'webhook', url: 'https://hooks.slack.com/services/T0/B0/xyz', flavour: 'slack' },
      { type: 'email', host: 'smtp.example.com', from: 'a@example.com', to: 'ops@example.com' },
      { type: 'command', command: '/usr/local/bin/page-someone', cooldown: '30m', on: ['crisis', 'max'] },
    ]);
    expect(problems).toEqual([]);
    expect(channels).toEqual([
      {
        type: 'webhook',
        name: 'webhook:hooks.slack.com',
        on: ['new-complaint', 'first-response', 'max', 'crisis'],
        brands: [],
        sources: [],
        url: 'https://hooks.slack.com/services/T0/B0/xyz',
        headers: {},
        flavour: 'slack',
      },
      {
        type: 'email',
        name: 'email:ops@example.com',
        on: ['new-complaint', 'first-response', 'max', 'crisis'],
        brands: [],
        sources: [],
        host: 'smtp.example.com',
        port: 587,
        secure: false,
        starttls: 'auto',
        from: 'a@example.com',
        to: ['ops@example.com'],
      },
      {
        type: 'command',
        name: 'command:page-someone',
        on: ['crisis', 'max'],
        brands: [],
        sources: [],
        cooldownSeconds: 1800,
        command: '/usr/local/bin/page-someone',
        args: [],
        timeoutSeconds: 30,
      },
    ]);
  });

  test('problems are one line each, named by their path', () => {
    const { problems } = read([
      { type: 'webhook', url: 'https://ok.example.com/hook' },
      { type: 'webhook', url: 'ftp://files.example.com/x?token=abc', flavour: 'teams', extra: 1 },
      { type: 'email', host: 'smtp', port: 99999, user: 'u', from: 'nobody', to: [] },
      { type: 'command', on: ['new-complaint', 'sla'], minScore: 2, cooldown: 'soon' },
      { type: 'pager' },
      { type: 'webhook', url: 'https://ok.example.com/other' },
    ]);
    expect(problems).toEqual([
      'notify[1].extra: unknown setting; expected one of: type, name, on, brand, source, minScore, cooldown, url, headers, flavour',
      'notify[1].url: expected an http(s) URL',
      'notify[1].flavour: expected json or slack, got "teams"',
      'notify[2].port: expected a number from 1 to 65535, got number 99999',
      'notify[2].password: give user and password together',
      'notify[2].from: expected an e-mail address',
      'notify[2].to: expected at least one e-mail address',
      'notify[3].on[1]: unknown trigger "sla"; expected one of: new-complaint, first-response, max, crisis',
      'notify[3].minScore: expected a number from 0 to 1, got number 2',
      'notify[3].cooldown: expected a duration such as 30s, 45m, 1h or 2d, got "soon"',
      'notify[3].command: is required (a text value)',
      'notify[4].type: unknown channel type "pager"; expected one of: webhook, email, command',
      'notify[5].name: two channels are named "webhook:ok.example.com"; give each a distinct name',
    ]);
    expect(problems.join('\n')).not.toContain('token=abc');
  });

  test('notify must be a list', () => {
    expect(read({ type: 'webhook' }).problems).toEqual([
      'notify: expected a list of alert channels (type: webhook, email or command)',
    ]);
    expect(read(undefined)).toEqual({ channels: [], problems: [] });
  });

  test('notifySecrets: passwords, credential headers, Slack URLs and passwords in URLs', () => {
    const { channels } = read([
      {
        type: 'webhook',
        url: 'https://bot:url-pass-99@hooks.example.com/x',
        headers: { Authorization: 'Bearer abcd-1234', 'Content-Type': 'application/json', 'X-Key': 'k' },
      },
      { type: 'webhook', name: 'slack', url: 'https://hooks.slack.com/services/T0/B0/xyz', flavour: 'slack' },
      { type: 'email', host: 'smtp', user: 'u', password: 'pw-5678', from: 'a@b.c', to: 'd@e.f' },
    ]);
    expect(notifySecrets(channels)).toEqual([
      'Bearer abcd-1234',
      'abcd-1234',
      'url-pass-99',
      'https://hooks.slack.com/services/T0/B0/xyz',
      'pw-5678',
    ]);
  });
});
