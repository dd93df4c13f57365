/** The `notify:` section: alert channels (webhook, e-mail, command), their triggers and filters. */
import path from 'node:path';
import type { Checker } from './checks.js';
import { httpUrl, urlPasswords } from './urls.js';

/** What can raise an alert. */
export type AlertKind = 'new-complaint' | 'first-response' | 'max' | 'crisis';
/** Every trigger, in the order of increasing urgency for a mention (crisis is brand-wide). */
export const ALERT_KINDS: readonly AlertKind[] = ['new-complaint', 'first-response', 'max', 'crisis'];

/** Settings every channel has. */
interface ChannelCommon {
  /** Unique; alerts are remembered per channel name, so renaming a channel sends its alerts again. */
  name: string;
  on: AlertKind[];
  /** Only these brands (case-insensitive); empty means all. */
  brands: string[];
  /** Only these source names; empty means all. Crisis alerts are brand-wide and ignore it. */
  sources: string[];
  /** Only mentions whose complaintScore is at least this. */
  minScore?: number;
  /** At most one message per window for non-crisis alerts; held-back alerts are summarised in the next. */
  cooldownSeconds?: number;
}

/** POSTs each alert as JSON (or Slack's incoming-webhook format). */
export interface WebhookChannelConfig extends ChannelCommon {
  type: 'webhook';
  url: string;
  headers: Record<string, string>;
  flavour: 'json' | 'slack';
}

/** Sends a plain-text e-mail through an SMTP server. */
export interface EmailChannelConfig extends ChannelCommon {
  type: 'email';
  host: string;
  port: number;
  /** TLS from the first byte (port 465). */
  secure: boolean;
  /** On a plain connection: upgrade when offered (`auto`), insist (`required`) or never (`off`). */
  starttls: 'auto' | 'required' | 'off';
  user?: string;
  password?: string;
  from: string;
  to: string[];
  /** A PEM file of a private CA to trust, relative to the config file. */
  ca?: string;
}

/** Runs a program (no shell) with the alert JSON on stdin. */
export interface CommandChannelConfig extends ChannelCommon {
  type: 'command';
  command: string;
  args: string[];
  timeoutSeconds: number;
}

/** One configured alert channel. */
export type NotifyChannelConfig = WebhookChannelConfig | EmailChannelConfig | CommandChannelConfig;

const COMMON_KEYS = ['type', 'name', 'on', 'brand', 'source', 'minScore', 'cooldown'];
const TYPE_KEYS: Record<NotifyChannelConfig['type'], string[]> = {
  webhook: ['url', 'headers', 'flavour'],
  email: ['host', 'port', 'secure', 'starttls', 'user', 'password', 'from', 'to', 'ca'],
  command: ['command', 'args', 'timeout'],
};
/** Header values are credentials unless they are one of these everyday headers. */
const PLAIN_HEADERS = new Set(['content-type', 'accept', 'user-agent', 'accept-language']);

type Path = (string | number)[];

/** Reads the optional `notify` list; problems go to `check` with paths such as `notify[1].url`. */
export function readNotify(value: unknown, check: Checker): NotifyChannelConfig[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    check.fail(['notify'], 'expected a list of alert channels (type: webhook, email or command)');
    return [];
  }
  const channels: NotifyChannelConfig[] = [];
  value.forEach((item, i) => {
    const at: Path = ['notify', i];
    const channel = readChannel(item, at, check);
    if (!channel) return;
    if (channels.some((c) => c.name === channel.name)) {
      check.fail([...at, 'name'], `two channels are named "${channel.name}"; give each a distinct name`);
    }
    channels.push(channel);
  });
  return channels;
}

/** The values of secret notify settings (passwords, header values, Slack and credentialed URLs). */
export function notifySecrets(channels: readonly NotifyChannelConfig[]): string[] {
  const out: string[] = [];
  for (const c of channels) {
    if (c.type === 'email' && c.password) out.push(c.password);
    if (c.type !== 'webhook') continue;
    for (const [name, v] of Object.entries(c.headers)) {
      if (PLAIN_HEADERS.has(name.toLowerCase())) continue;
      // `Bearer <token>`: the token alone is the secret too, wherever it shows up.
      out.push(v, ...(/^\S+ (\S+)$/.exec(v)?.slice(1) ?? []));
    }
    // A Slack incoming-webhook URL is itself the credential.
    if (c.flavour === 'slack') out.push(c.url);
    out.push(...urlPasswords(c.url));
  }
  return [...new Set(out.filter((s) => s.length >= 4))];
}

function readChannel(item: unknown, at: Path, check: Checker): NotifyChannelConfig | undefined {
  const obj = check.object(item, at);
  if (!obj) return undefined;
  const type = check.string(obj.type, [...at, 'type'], true);
  if (type === undefined) return undefined;
  if (!(type in TYPE_KEYS)) {
    return check.fail(
      [...at, 'type'],
      `unknown channel type "${type}"; expected one of: webhook, email, command`,
    );
  }
  const t = type as NotifyChannelConfig['type'];
  check.unknownKeys(obj, [...COMMON_KEYS, ...TYPE_KEYS[t]], at);
  const common = readCommon(obj, at, check);
  if (t === 'webhook') return readWebhook(obj, at, check, common);
  if (t === 'email') return readEmail(obj, at, check, common);
  return readCommand(obj, at, check, common);
}

type Common = Omit<ChannelCommon, 'name'> & { name?: string };

function readCommon(obj: Record<string, unknown>, at: Path, check: Checker): Common {
  const on: AlertKind[] = [];
  check.stringList(obj.on, [...at, 'on']).forEach((s, i) => {
    if ((ALERT_KINDS as readonly string[]).includes(s)) on.push(s as AlertKind);
    else check.fail([...at, 'on', i], `unknown trigger "${s}"; expected one of: ${ALERT_KINDS.join(', ')}`);
  });
  if (Array.isArray(obj.on) && obj.on.length === 0) {
    check.fail(
      [...at, 'on'],
      `give at least one trigger: ${ALERT_KINDS.join(', ')} (or leave it out for all)`,
    );
  }
  const minScore = check.number(obj.minScore, [...at, 'minScore'], 0, 1);
  const cooldownSeconds = check.duration(obj.cooldown, [...at, 'cooldown']);
  return {
    name: check.string(obj.name, [...at, 'name']),
    on: obj.on === undefined || obj.on === null ? [...ALERT_KINDS] : on,
    brands: check.stringList(obj.brand, [...at, 'brand']),
    sources: check.stringList(obj.source, [...at, 'source']),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(cooldownSeconds !== undefined ? { cooldownSeconds } : {}),
  };
}

function readWebhook(
  obj: Record<string, unknown>,
  at: Path,
  check: Checker,
  common: Common,
): WebhookChannelConfig {
  const raw = check.string(obj.url, [...at, 'url'], true);
  // The URL is not echoed: it may carry a token.
  const url = raw && httpUrl(raw) ? raw : undefined;
  if (raw && !url) check.fail([...at, 'url'], 'expected an http(s) URL');
  const headers: Record<string, string> = {};
  const rawHeaders = obj.headers === undefined ? {} : check.object(obj.headers, [...at, 'headers']);
  for (const [name, v] of Object.entries(rawHeaders ?? {})) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
      check.fail([...at, 'headers', name], 'invalid header name');
    const value = check.string(v, [...at, 'headers', name], true);
    if (value !== undefined) headers[name] = value;
  }
  const flavour = check.string(obj.flavour, [...at, 'flavour']) ?? 'json';
  if (flavour !== 'json' && flavour !== 'slack') {
    check.fail([...at, 'flavour'], `expected json or slack, got "${flavour}"`);
  }
  const host = url ? /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  const name = common.name ?? `webhook:${host ?? 'url'}`;
  const f = flavour === 'slack' ? 'slack' : 'json';
  return { ...common, type: 'webhook', name, url: url ?? '', headers, flavour: f };
}

function readEmail(
  obj: Record<string, unknown>,
  at: Path,
  check: Checker,
  common: Common,
): EmailChannelConfig {
  const host = check.string(obj.host, [...at, 'host'], true) ?? '';
  const port = check.number(obj.port, [...at, 'port'], 1, 65535);
  const secure = check.boolean(obj.secure, [...at, 'secure']) ?? port === 465;
  const starttls = check.string(obj.starttls, [...at, 'starttls']) ?? 'auto';
  if (starttls !== 'auto' && starttls !== 'required' && starttls !== 'off') {
    check.fail([...at, 'starttls'], `expected auto, required or off, got "${starttls}"`);
  }
  const user = check.string(obj.user, [...at, 'user']);
  const password = check.string(obj.password, [...at, 'password']);
  if ((user === undefined) !== (password === undefined)) {
    check.fail([...at, user === undefined ? 'user' : 'password'], 'give user and password together');
  }
  const from = check.string(obj.from, [...at, 'from'], true);
  if (from !== undefined && !from.includes('@')) check.fail([...at, 'from'], `expected an e-mail address`);
  const to = check.stringList(obj.to, [...at, 'to']);
  if (to.length === 0) check.fail([...at, 'to'], 'expected at least one e-mail address');
  to.forEach((a, i) => {
    if (!a.includes('@')) check.fail([...at, 'to', i], 'expected an e-mail address');
  });
  const ca = check.string(obj.ca, [...at, 'ca']);
  return {
    ...common,
    type: 'email',
    name: common.name ?? `email:${to[0] ?? host}`,
    host,
    port: port ?? (secure ? 465 : 587),
    secure,
    starttls: starttls as EmailChannelConfig['starttls'],
    ...(user !== undefined && password !== undefined ? { user, password } : {}),
    from: from ?? '',
    to,
    ...(ca !== undefined ? { ca } : {}),
  };
}

function readCommand(
  obj: Record<string, unknown>,
  at: Path,
  check: Checker,
  common: Common,
): CommandChannelConfig {
  const command = check.string(obj.command, [...at, 'command'], true) ?? '';
  return {
    ...common,
    type: 'command',
    name: common.name ?? `command:${path.basename(command)}`,
    command,
    args: check.stringList(obj.args, [...at, 'args']),
    timeoutSeconds: check.duration(obj.timeout, [...at, 'timeout'], 86400) ?? 30,
  };
}
