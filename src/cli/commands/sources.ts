/** `mentions sources`: the source types, what each needs and what each can detect. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { SOURCE_TYPES } from '../../sources/index.js';
import { formatJsonDocument } from '../../output/json.js';

export function configure(cmd: Command): void {
  cmd.option('--json', 'print the source types as JSON');
}

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const types = SOURCE_TYPES.map((t) => ({
    type: t.type,
    description: t.description,
    credentials: t.credentials,
    detects: t.detects,
    options: Object.entries(t.fields).map(([name, f]) => ({
      name,
      kind: f.kind,
      required: f.required === true,
      secret: f.secret === true,
      description: f.description,
    })),
  }));
  if (opts.json || !ctx.stdout.isTTY) {
    ctx.stdout.write(formatJsonDocument(types));
    return EXIT.ok;
  }
  const blocks = types.map((t) => {
    const lines = [`${t.type}: ${t.description}`];
    for (const o of t.options) lines.push(`  ${o.name}${o.required ? ' (required)' : ''}: ${o.description}`);
    lines.push('  brand: optional, ties the source to one brand');
    lines.push(
      '  sla: optional { firstResponse, max } for this source, overriding the brand and global targets',
    );
    lines.push(`  credentials: ${t.credentials}`);
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    lines.push(`  detects answers: ${yes(t.detects.answers)}; star ratings: ${yes(t.detects.ratings)}`);
    return lines.join('\n');
  });
  ctx.stdout.write(`${blocks.join('\n\n')}\n`);
  return EXIT.ok;
}
