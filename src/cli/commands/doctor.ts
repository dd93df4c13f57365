/** `mentions doctor`: checks the config, the database and each source's credentials, printing no secret. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { buildSources } from '../../sources/build.js';
import { findSourceType } from '../../sources/index.js';
import { errorMessage } from '../../errors.js';
import { USER_AGENT } from '../version.js';
import { sanitizeForTerminal } from '../../output/sanitize.js';
import { checkWritable, describeStoreError, isBusy } from '../../store/store-errors.js';
import { formatJsonDocument } from '../../output/json.js';
import { diskCheck } from '../disk-space.js';

/** One line of the report. */
interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

export function configure(cmd: Command): void {
  cmd
    .option('--offline', 'do not contact the services (check only that credentials are present)')
    .option('--json', 'print the checks as JSON');
}

/** Whether this user may write `file` (a file or a directory). */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const checks: Check[] = [];
  const config = await ctx.config(); // an invalid config exits 2 with its one-line message
  checks.push({
    what: 'config',
    ok: true,
    detail: `${config.file}: ${config.brands.length} brands, ${config.sources.length} sources`,
  });
  try {
    // Opening is not enough: a read-only file (or directory) opens, and fails the first scan.
    const db = await ctx.db();
    try {
      checkWritable(db);
      checks.push({ what: 'database', ok: true, detail: config.database });
    } catch (err) {
      // Another process writing (a scan, an import) is no fault of the database; the file and its
      // directory must still be writable for this user.
      if (!isBusy(err)) throw err;
      if (!writable(config.database) || !writable(path.dirname(config.database))) {
        throw Object.assign(new Error('read-only'), { code: 'SQLITE_READONLY' });
      }
      checks.push({
        what: 'database',
        ok: true,
        detail: `${config.database} (in use by another process: the write check was skipped)`,
      });
    }
  } catch (err) {
    checks.push({
      what: 'database',
      ok: false,
      detail: describeStoreError(err, config.database) ?? errorMessage(err),
    });
  }
  const disk = diskCheck(config.database);
  if (disk) checks.push({ what: 'disk', ...disk });
  const sources = await buildSources(config.sources, config.brands, config.file);
  for (const [i, source] of sources.entries()) {
    const options = config.sources[i];
    const type = findSourceType(options.type);
    const secrets = Object.entries(type?.fields ?? {}).filter(([, f]) => f.secret);
    const missing = secrets
      .filter(([k]) => typeof options[k] !== 'string' || options[k] === '')
      .map(([k]) => k);
    if (missing.length > 0) {
      checks.push({ what: source.name, ok: false, detail: `missing ${missing.join(', ')}` });
      continue;
    }
    if (opts.offline || !source.verify) {
      const what = secrets.length > 0 ? 'credentials present' : 'no credentials needed';
      checks.push({
        what: source.name,
        ok: true,
        detail: opts.offline && source.verify ? `${what} (not checked online)` : what,
      });
      continue;
    }
    try {
      const signal = AbortSignal.timeout(config.timeoutSeconds * 1000);
      const detail = await source.verify({
        fetch: ctx.fetch,
        readFile: ctx.readFile,
        now: ctx.now,
        signal,
        userAgent: USER_AGENT,
        baseDir: config.baseDir,
      });
      checks.push({ what: source.name, ok: true, detail });
    } catch (err) {
      checks.push({ what: source.name, ok: false, detail: errorMessage(err) });
    }
  }
  const safe = checks.map((c) => ({ ...c, detail: ctx.redact(c.detail) }));
  if (opts.json || !ctx.stdout.isTTY) {
    ctx.stdout.write(formatJsonDocument(safe));
  } else {
    for (const c of safe) {
      const line = `${c.ok ? '✓' : '✗'} ${c.what}: ${c.detail}`;
      ctx.stdout.write(`${sanitizeForTerminal(line, { singleLine: true })}\n`);
    }
  }
  return safe.every((c) => c.ok) ? EXIT.ok : EXIT.failure;
}
