/** `mentions export --format csv|json|ndjson [--out FILE]`: the list filters, written for other tools. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { addFilterOptions, parseFilter } from '../filters.js';
import { slaResolver } from '../../sla/policy.js';
import { mentionJsonTexts, mentionRecords } from '../mention-records.js';
import { parseFormat, writeRecords } from '../record-writer.js';
import { writeNdjson } from '../../output/ndjson.js';
import { RuntimeError, UsageError } from '../../errors.js';
import { hasSource, statusHistory } from '../../store/mentions.js';
import type { Db } from '../../store/db.js';
import type { MentionRecord } from '../../output/fields.js';

export function configure(cmd: Command): void {
  addFilterOptions(cmd)
    .option('-f, --format <format>', 'csv, json or ndjson', 'ndjson')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout; - is stdout')
    .option(
      '--history',
      'json and ndjson: each mention with its status history, for a backup import restores',
    );
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const format = parseFormat(opts.format);
  if (opts.history === true && format === 'csv') {
    throw new UsageError('--history: use --format json or ndjson (a CSV cell cannot hold a history)');
  }
  const config = await ctx.config();
  const now = ctx.now();
  const db = await ctx.db();
  const filter = parseFilter(opts, config, now, (source) => hasSource(db, source));
  // `-` is stdout, as it is stdin for import.
  const out = typeof opts.out === 'string' && opts.out !== '-' ? path.resolve(ctx.cwd, opts.out) : undefined;
  // Write to a temporary file beside the target and rename, so a failed export never leaves half a file.
  const tmp = out ? `${out}.${ctx.pid}.tmp` : undefined;
  let fd: number | undefined;
  try {
    if (tmp) fd = fs.openSync(tmp, 'w');
    const sink =
      fd === undefined ? (s: string) => void ctx.stdout.write(s) : (s: string) => void fs.writeSync(fd!, s);
    const slaFor = slaResolver(config);
    const records = () => mentionRecords(db, filter, now, slaFor);
    const count =
      opts.history === true
        ? writeRecords(format, withHistory(db, records()), sink)
        : format === 'ndjson'
          ? writeNdjson(mentionJsonTexts(db, filter, now, slaFor), sink)
          : writeRecords(format, records(), sink);
    if (fd !== undefined && out && tmp) {
      fs.closeSync(fd);
      fd = undefined;
      fs.renameSync(tmp, out);
      ctx.info(`${count} mentions written to ${out}`);
    }
  } catch (err) {
    if (tmp) fs.rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code)
      throw new RuntimeError(`export: cannot write ${out ?? 'stdout'} (${code}); check the path`, {
        cause: err,
      });
    throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return EXIT.ok;
}

/** Each record with its status changes, as `show --json` prints them. */
function* withHistory(db: Db, records: Iterable<MentionRecord>): Generator<MentionRecord> {
  for (const r of records) {
    const history = statusHistory(db, r.id).map((h) => ({ ...h, at: h.at.toISOString() }));
    yield { ...r, history } as MentionRecord;
  }
}
