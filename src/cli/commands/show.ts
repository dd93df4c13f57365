/** `mentions show ID`: one mention in full, with reasons and status history. */
import type { Command } from 'commander';
import { Chalk } from 'chalk';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseIds } from '../filters.js';
import { getMention, statusHistory } from '../../store/mentions.js';
import { slaResolver } from '../../sla/policy.js';
import { mentionToRecord } from '../../output/fields.js';
import { renderDetail } from '../../output/detail.js';
import { UsageError } from '../../errors.js';
import { sanitizeForTerminal } from '../../output/sanitize.js';
import { formatJsonDocument } from '../../output/json.js';

export function configure(cmd: Command): void {
  cmd
    .argument('<id>', 'mention id (see mentions list)')
    .option('--json', 'print the mention as JSON, with its history');
}

export async function run(ctx: Context, args: string[], opts: Record<string, unknown>): Promise<number> {
  const [id] = parseIds(args);
  const config = await ctx.config();
  const db = await ctx.db();
  const mention = getMention(db, id);
  if (!mention) throw new UsageError(`no mention with id ${id}; see mentions list --all for ids`);
  const record = mentionToRecord(mention, ctx.now(), slaResolver(config)(mention));
  const history = statusHistory(db, id).map((h) => ({ ...h, at: h.at.toISOString() }));
  if (opts.json || !ctx.stdout.isTTY) {
    ctx.stdout.write(formatJsonDocument({ ...record, history }));
    return EXIT.ok;
  }
  const color = new Chalk({ level: ctx.colorLevel(ctx.stdout) });
  ctx.stdout.write(renderDetail(record, { width: ctx.width(100), color }));
  for (const h of history) {
    ctx.stdout.write(
      color.dim(
        `${h.at}  ${h.status} (${sanitizeForTerminal(h.by, { singleLine: true })})${h.note ? `: ${sanitizeForTerminal(h.note, { singleLine: true })}` : ''}`,
      ) + '\n',
    );
  }
  return EXIT.ok;
}
