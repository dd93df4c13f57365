/** `mentions import FILE`: reads NDJSON or JSON written by export; all or nothing, de-duplicated. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { importMentions } from '../../store/import.js';
import { parseRecordText, recordToMention } from '../import-records.js';
import { RuntimeError } from '../../errors.js';

export function configure(cmd: Command): void {
  cmd.argument('<file>', 'a file written by mentions export (json or ndjson), or - for stdin');
}

export async function run(ctx: Context, args: string[]): Promise<number> {
  const file = args[0];
  const text = file === '-' ? await readStdin(ctx) : await readText(ctx, file);
  // Check every record before writing any, so a bad line changes nothing.
  const mentions = withoutSharedUrls(
    parseRecordText(text, file).map(({ where, value }) => recordToMention(value, where)),
  );
  const db = await ctx.db();
  const counts = importMentions(db, mentions);
  const summary = `${counts.inserted} imported, ${counts.duplicates} already stored`;
  // A person reads the sentence once: on stdout at a terminal, else on stderr beside the piped JSON.
  if (ctx.stdout.isTTY) {
    if (!ctx.globals.quiet) ctx.stdout.write(`${summary}\n`);
  } else {
    ctx.info(summary);
    ctx.stdout.write(`${JSON.stringify(counts)}\n`);
  }
  return EXIT.ok;
}

async function readText(ctx: Context, file: string): Promise<string> {
  try {
    return (await ctx.readFile(file)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new RuntimeError(`import: cannot read ${file} (${code}); check the path`, { cause: err });
  }
}

async function readStdin(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A URL several records share (every App Store review links to the app's one review page) identifies
 * none of them, as when the scan stored them: it is kept for display, not used to find duplicates.
 */
function withoutSharedUrls<M extends { canonicalUrl: string | null }>(mentions: M[]): M[] {
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.canonicalUrl) counts.set(m.canonicalUrl, (counts.get(m.canonicalUrl) ?? 0) + 1);
  return mentions.map((m) =>
    m.canonicalUrl && (counts.get(m.canonicalUrl) ?? 0) > 1 ? { ...m, canonicalUrl: null } : m,
  );
}
