/** `mentions reopen ID...`: mark mentions open again. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { changeStatus } from '../status-change.js';

export function configure(cmd: Command): void {
  cmd
    .argument('<ids...>', 'mention ids (see mentions list)')
    .option('--note <text>', 'a note kept with the mention');
}

export async function run(ctx: Context, args: string[], opts: Record<string, unknown>): Promise<number> {
  return changeStatus(ctx, args, opts, 'open');
}
