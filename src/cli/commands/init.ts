/** `mentions init [FILE]`: writes a commented starter config (never over an existing file unless --force). */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { STARTER_CONFIG } from '../../config/starter.js';
import { RuntimeError, UsageError } from '../../errors.js';
import { makeDirs } from '../../make-dirs.js';

export function configure(cmd: Command): void {
  cmd
    .argument('[file]', 'where to write it (default: --config, else ./mentions.yaml)')
    .option('--force', 'overwrite an existing file');
}

export async function run(ctx: Context, args: string[], opts: Record<string, unknown>): Promise<number> {
  const target = path.resolve(ctx.cwd, args[0] ?? ctx.globals.config ?? 'mentions.yaml');
  if (fs.existsSync(target) && opts.force !== true) {
    throw new UsageError(`${target} already exists; pass --force to overwrite it, or name another file`);
  }
  try {
    makeDirs(path.dirname(target));
    fs.writeFileSync(target, STARTER_CONFIG);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new RuntimeError(`init: cannot write ${target} (${code}); check the path`, { cause: err });
  }
  ctx.stderr.write(`wrote ${target}: edit the brands and sources, then run mentions scan\n`);
  return EXIT.ok;
}
