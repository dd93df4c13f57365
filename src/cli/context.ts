/** The injected context every command gets: streams, env, clock, config and store, built lazily. */
import { redactor } from '../redact.js';
import { sanitizeForTerminal } from '../output/sanitize.js';
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';

/** A writable stream as commands see it (process.stdout in production, a buffer in tests). */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  /** A real stream's: after `write` returned false, 'drain' says the buffer has room again. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** Options every command accepts. */
export interface GlobalOptions {
  config?: string;
  quiet?: boolean;
}

/** What a command may use; nothing else reaches the outside world. */
export interface Context {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout: OutStream;
  stderr: OutStream;
  now: () => Date;
  fetch: typeof globalThis.fetch;
  readFile: (path: string) => Promise<Buffer>;
  pid: number;
  globals: GlobalOptions;
  /** The validated config (loaded on first use). */
  config(): Promise<Config>;
  /** The open database (opened and migrated on first use). */
  db(): Promise<Db>;
  /**
   * An SQLite failure said with the database file and a fix, once `db()` has been asked for; else (or
   * for other errors) undefined.
   */
  storeError(err: unknown): string | undefined;
  /** Colour level for a stream: 0 when NO_COLOR is set or the stream is not a terminal. */
  colorLevel(stream: OutStream): 0 | 1 | 2 | 3;
  /**
   * Columns to lay stdout out for: the terminal's width; where it reports none (piped, or a pty that
   * says 0), a positive $COLUMNS; else `fallback`.
   */
  width(fallback: number): number;
  /** Scrubs configured secrets from text meant for output. */
  redact(text: string): string;
  /** A progress/warning line on stderr: only on a terminal and without --quiet. */
  info(line: string): void;
  /** An error line on stderr: always shown (cron mails it). */
  error(line: string): void;
  close(): void;
}

/**
 * A message as one clean line for stderr. Messages may quote what a server or a feed sent (a parser's
 * "Char: …", an API's error detail), so escape sequences and controls are removed like in mention text.
 */
export function stderrLine(message: string): string {
  return sanitizeForTerminal(message, { singleLine: true }).trim();
}

// The modules config() and db() load on first use; preloadStore starts both early.
const configModule = () => import('../config/load.js');
const storeModule = () => import('../store/connect.js');
const storeErrorsModule = () => import('../store/store-errors.js');

/**
 * Starts loading the modules that config() and db() import, for a command known to need them: they
 * load alongside the command's own modules instead of after them.
 */
export function preloadStore(): Promise<unknown> {
  return Promise.all([configModule(), storeModule(), storeErrorsModule()]);
}

/** Builds the real context for the process; tests build their own with fixed streams and clock. */
export function createContext(globals: GlobalOptions, overrides: Partial<Context> = {}): Context {
  let config: Promise<Config> | undefined;
  let db: Db | undefined;
  let describeFailure: ((err: unknown) => string | undefined) | undefined;
  let redact = (text: string): string => text;
  const ctx: Context = {
    env: process.env,
    cwd: process.cwd(),
    // Getters: creating a process stream costs about 2 ms, and most commands never read stdin or
    // write to stderr.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    now: () => new Date(),
    fetch: globalThis.fetch,
    // fs/promises is loaded on first use: it pulls in readline and more, which most commands never need.
    readFile: async (p) => (await import('node:fs/promises')).readFile(p),
    pid: process.pid,
    globals,
    async config() {
      config ??= (async () => {
        const { locateConfig, loadConfig } = await configModule();
        const c = await loadConfig(locateConfig(globals.config, ctx.env, ctx.cwd), ctx.env);
        redact = redactor(c.secrets);
        return c;
      })();
      return config;
    },
    async db() {
      if (!db) {
        const c = await ctx.config();
        const [{ openStore }, { describeStoreError }] = await Promise.all([
          storeModule(),
          storeErrorsModule(),
        ]);
        describeFailure = (err) => describeStoreError(err, c.database);
        db = await openStore(c.database);
      }
      return db;
    },
    storeError: (err) => describeFailure?.(err),
    colorLevel(stream) {
      if ('NO_COLOR' in ctx.env && ctx.env.NO_COLOR !== '') return 0;
      const force = ctx.env.FORCE_COLOR;
      if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 0 : 1;
      if (!stream.isTTY) return 0;
      return ctx.env.COLORTERM === 'truecolor' ? 3 : ctx.env.TERM?.includes('256') ? 2 : 1;
    },
    width(fallback) {
      const columns = ctx.stdout.columns ?? 0;
      if (columns > 0) return columns;
      const env = Number(ctx.env.COLUMNS);
      return Number.isInteger(env) && env > 0 ? env : fallback;
    },
    redact(text) {
      return redact(text);
    },
    info(line) {
      if (!globals.quiet && ctx.stderr.isTTY) ctx.stderr.write(`${stderrLine(line)}\n`);
    },
    error(line) {
      ctx.stderr.write(`mentions: ${stderrLine(ctx.redact(line))}\n`);
    },
    close() {
      db?.close();
      db = undefined;
    },
    ...overrides,
  };
  return ctx;
}
