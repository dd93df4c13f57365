/** The command channel: runs a program (no shell) with the alert JSON on stdin. */
import { spawn as nodeSpawn } from 'node:child_process';
import { escapeUnsafeJson } from '../output/json.js';
import type { CommandChannelConfig } from '../config/notify-schema.js';
import type { AlertMessage } from './alert.js';
import { DeliveryError } from './deliver.js';

/** Node's spawn, or a stand-in with the same signature. */
export type SpawnFn = typeof nodeSpawn;

/** Keeps a chatty program's stderr from filling memory: only the first line is reported anyway. */
const STDERR_LIMIT = 64 * 1024;

/** Runs the command once; a non-zero exit throws with the first line of its stderr. */
export function runCommand(
  channel: CommandChannelConfig,
  message: AlertMessage,
  deps: { spawn?: SpawnFn; cwd: string },
): Promise<void> {
  const spawn = deps.spawn ?? nodeSpawn;
  return new Promise((resolve, reject) => {
    const child = spawn(channel.command, channel.args, { cwd: deps.cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    // Not spawn's own `timeout`: its timer outlives a program that failed to start.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, channel.timeoutSeconds * 1000);
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < STDERR_LIMIT) stderr += chunk;
    });
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new DeliveryError(`cannot run ${channel.command}: ${err.code ?? err.message}`, false));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const first = stderr.split('\n').find((l) => l.trim() !== '') ?? '';
      const why =
        signal !== null
          ? `killed by ${signal}${timedOut ? ` (timed out after ${channel.timeoutSeconds}s)` : ''}`
          : `exited with code ${code}`;
      reject(new DeliveryError(`${channel.command} ${why}${first ? `: ${first.trim()}` : ''}`, true));
    });
    // A program that does not read its stdin closes the pipe early; its exit code still decides.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${escapeUnsafeJson(JSON.stringify(message))}\n`);
  });
}
