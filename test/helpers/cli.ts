/** Runs the CLI in tests: the built binary as a child process, or in-process with fake streams. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { createContext, type OutStream } from '../../src/cli/context.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'mentions.js');

/** What a run printed and returned. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns bin/mentions.js (the built dist) with a clean environment plus `env`. */
export function runBin(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; signalAfterMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
        ...opts.env,
      },
    });
    let stdout = '';
    let stderr = '';
    // Decode across chunks: a character's bytes may arrive in two of them.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A fake output stream that records what is written. */
export function captureStream(tty: boolean, columns = 100): OutStream & { text: string } {
  const s = {
    text: '',
    isTTY: tty,
    columns,
    write(chunk: string) {
      s.text += chunk;
      return true;
    },
  };
  return s;
}

/** Runs the CLI in this process with fixed clock and fake terminals (for TTY-only behaviour). */
export async function runInProcess(
  args: string[],
  opts: {
    tty?: boolean;
    columns?: number;
    env?: NodeJS.ProcessEnv;
    now?: Date;
    cwd?: string;
    input?: string;
  } = {},
): Promise<RunResult> {
  const stdout = captureStream(opts.tty ?? false, opts.columns);
  const stderr = captureStream(opts.tty ?? false, opts.columns);
  const stdin = new PassThrough();
  stdin.end(opts.input ?? '');
  const code = await runCli(args, (g) =>
    createContext(g, {
      env: { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, ...opts.env },
      cwd: opts.cwd ?? ROOT,
      stdout,
      stderr,
      stdin,
      ...(opts.now ? { now: () => opts.now as Date } : {}),
    }),
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}
