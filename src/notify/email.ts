/** The e-mail channel: a plain-text message through SMTP (nodemailer), with TLS or STARTTLS and AUTH. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EmailChannelConfig } from '../config/notify-schema.js';
import type { AlertMessage } from './alert.js';
import { DeliveryError, describeError } from './deliver.js';
import { emailSubject, emailText } from './format.js';

/** How long connecting, the greeting and each command may take. */
const TIMEOUT_MS = 15_000;

/** Sends one message; throws DeliveryError when the server refuses it or cannot be reached. */
export async function sendEmail(
  channel: EmailChannelConfig,
  message: AlertMessage,
  baseDir: string,
): Promise<void> {
  // Loaded here so that configs without e-mail never pay for nodemailer.
  const { default: nodemailer } = await import('nodemailer');
  let ca: Buffer | undefined;
  if (channel.ca) {
    const file = path.resolve(baseDir, channel.ca);
    ca = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
      throw new DeliveryError(`cannot read ca file ${file} (${err.code ?? err.message})`, false);
    });
  }
  const transport = nodemailer.createTransport({
    host: channel.host,
    port: channel.port,
    secure: channel.secure,
    requireTLS: channel.starttls === 'required',
    ignoreTLS: channel.starttls === 'off',
    ...(channel.user && channel.password ? { auth: { user: channel.user, pass: channel.password } } : {}),
    ...(ca ? { tls: { ca } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({
      from: channel.from,
      to: channel.to,
      subject: emailSubject(message),
      text: emailText(message),
    });
  } catch (err) {
    const e = err as { code?: string; responseCode?: number };
    // A refused login or a permanent (5xx) refusal will not change within seconds.
    const retryable = e.code !== 'EAUTH' && !(e.responseCode !== undefined && e.responseCode >= 500);
    throw new DeliveryError(`SMTP ${channel.host}:${channel.port}: ${describeError(err)}`, retryable, {
      cause: err,
    });
  } finally {
    transport.close();
  }
}
