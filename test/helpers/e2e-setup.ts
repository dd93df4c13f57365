/** Shared e2e setup: a temp workspace with its own config and database; the binary run (or killed) in it. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BIN, ROOT, runBin, type RunResult } from './cli.js';
import type { MentionRecord } from '../../src/output/fields.js';

export const ACME_FEED = path.join(ROOT, 'examples', 'feeds', 'acme-mentions.xml');
export const SLACK_ALERTS = path.join(
  ROOT,
  'test',
  'fixtures',
  'google-alerts',
  'feedjira_google_alerts_atom_slack.xml',
);

/** The Acme brand of the README, as YAML list items under `brands:`. */
export const ACME_BRAND = [
  '  - name: Acme',
  "    keywords: [acme, 'acme cloud', '#acmefail']",
  "    exclude: ['acme corp careers']",
  '    handles: { twitter: acmehelp }',
].join('\n');

export const SLACK_BRAND = ['  - name: Slack', '    keywords: [slack]'].join('\n');

/** One configured source. */
export interface SourceSpec {
  url: string;
  name?: string;
  type?: string;
  brand?: string;
}

/** Options of a generated config. */
export interface ConfigOptions {
  brands?: string;
  timeout?: string;
  concurrency?: number;
}

/** A fresh directory under the OS temp dir. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mentions-e2e-'));
}

/** A config document with its database beside it (`./mentions.db`). */
export function configYaml(sources: SourceSpec[], opts: ConfigOptions = {}): string {
  const lines = ['database: ./mentions.db', `timeout: ${opts.timeout ?? '10s'}`];
  if (opts.concurrency !== undefined) lines.push(`concurrency: ${opts.concurrency}`);
  lines.push('brands:', opts.brands ?? ACME_BRAND, 'sources:');
  for (const s of sources) {
    lines.push(`  - type: ${s.type ?? 'rss'}`, `    url: ${JSON.stringify(s.url)}`);
    if (s.name) lines.push(`    name: ${s.name}`);
    if (s.brand) lines.push(`    brand: ${s.brand}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A temp dir with a config; `run` spawns the binary with it and an environment confined to the dir. */
export interface Workspace {
  dir: string;
  config: string;
  db: string;
  run(args: string[], opts?: { env?: NodeJS.ProcessEnv; input?: string }): Promise<RunResult>;
}

/** Creates a workspace whose config lists `sources`. */
export function workspace(sources: SourceSpec[], opts: ConfigOptions = {}): Workspace {
  const dir = tempDir();
  const config = path.join(dir, 'mentions.yaml');
  fs.writeFileSync(config, configYaml(sources, opts));
  return {
    dir,
    config,
    db: path.join(dir, 'mentions.db'),
    run: (args, o = {}) =>
      runBin(['--config', config, ...args], { cwd: dir, env: confinedEnv(dir, o.env), input: o.input }),
  };
}

/** HOME and the XDG dirs inside `dir`, so nothing outside the temp dir is read or written. */
export function confinedEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, '.config'),
    XDG_DATA_HOME: path.join(dir, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dir, '.cache'),
    ...extra,
  };
}

/** Runs `args` expecting exit 0 and JSON on stdout. */
export async function runJson<T>(ws: Workspace, args: string[]): Promise<T> {
  const r = await ws.run(args);
  if (r.code !== 0) throw new Error(`mentions ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Every stored mention (`list --all --json`). */
export function listAll(ws: Workspace): Promise<MentionRecord[]> {
  return runJson<MentionRecord[]>(ws, ['list', '--all', '--json']);
}

/** Records without the fields that depend on the wall clock at the time of listing. */
export function withoutClock(records: MentionRecord[]): Partial<MentionRecord>[] {
  return records.map((r) => {
    const { ageSeconds: _age, slaBreached: _breached, slaLevel: _level, ...rest } = r;
    delete (rest as Record<string, unknown>).businessAgeSeconds;
    return rest;
  });
}

/** Parses NDJSON, failing on any line that is not JSON. */
export function parseNdjson<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Opens the database read-only, runs `fn`, closes it. */
export function withDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Removes a workspace (or any temp dir). */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A running child of bin/mentions.js: kill it, or wait for it to end. */
export interface SpawnedBin {
  child: ChildProcess;
  done: Promise<RunResult>;
}

/** Spawns `node [nodeArgs] bin/mentions.js args` with exactly `env` (plus PATH). */
export function spawnBin(
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: string[]; input?: string },
): SpawnedBin {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...opts.env },
  });
  let stdout = '';
  let stderr = '';
  // Decode across chunks: a character's bytes may arrive in two of them.
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  child.stdin?.end(opts.input ?? '');
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}
