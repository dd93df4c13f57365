/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 that records each message it accepts.
 *
 *   const smtp = await startSmtpTestServer({ auth: { user: 'u', pass: 'p' }, tls: { key, cert } });
 *   … send to 127.0.0.1:smtp.port …
 *   const [mail] = await smtp.received(1);
 *   mail.headers.subject; mail.text; mail.envelope.to; mail.user; mail.secure;
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One accepted message: the SMTP envelope, who logged in, whether TLS was on, and the parsed message. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  user: string | undefined;
  /** True when the message came over TLS (STARTTLS here). */
  secure: boolean;
  /** Header names lowercase, folded lines unfolded. */
  headers: Record<string, string>;
  /** The body, quoted-printable decoded, CRLF turned into LF. */
  text: string;
  raw: string;
}

/** Server options: AUTH is required when `auth` is given; STARTTLS is offered when `tls` is given. */
export interface SmtpTestOptions {
  auth?: { user: string; pass: string };
  tls?: { key: Buffer; cert: Buffer };
}

/** A running server. */
export interface SmtpTestServer {
  port: number;
  messages: ReceivedMail[];
  /** Resolves with the first `n` messages once that many have been accepted. */
  received(n: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startSmtpTestServer(options: SmtpTestOptions = {}): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const waiters: { n: number; resolve: (m: ReceivedMail[]) => void }[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: !options.auth,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : { disabledCommands: ['STARTTLS'] }),
    onAuth(auth, _session, callback) {
      const want = options.auth;
      if (want && auth.username === want.user && auth.password === want.pass) {
        return callback(null, { user: auth.username });
      }
      // Echoes the password, as careless servers do, so that tests can check it is scrubbed.
      return callback(new Error(`authentication failed for ${auth.username} with ${auth.password}`));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          envelope: {
            from: mailFrom ? mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          user: session.user as string | undefined,
          secure: session.secure,
          ...parseMessage(raw),
          raw,
        });
        for (const w of waiters.filter((w) => messages.length >= w.n)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(messages.slice(0, w.n));
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    received: (n) =>
      messages.length >= n
        ? Promise.resolve(messages.slice(0, n))
        : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? '')) {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (/base64/i.test(headers['content-transfer-encoding'] ?? '')) {
    body = Buffer.from(body, 'base64').toString('utf8');
  }
  return { headers, text: body.replace(/\r\n/g, '\n') };
}
