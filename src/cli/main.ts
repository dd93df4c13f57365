/** Builds the commander program, loads only the invoked command, and maps errors to exit codes. */
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { createContext, preloadStore, stderrLine, type Context, type GlobalOptions } from './context.js';
import { ConfigError, UsageError, errorMessage } from '../errors.js';

import { VERSION } from './version.js';
import { EXIT } from './exit-codes.js';

// Loaded with require, not import: importing a CommonJS package from ESM first scans its source for
// export names, which costs every command a few milliseconds at start.
const { Command, CommanderError } = createRequire(import.meta.url)('commander') as typeof Commander;
type Command = Commander.Command;

/** The verb in an argument list: the first word that is not an option or an option's value. */
function findVerb(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--config' || a === '-c') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Runs the CLI on `args` (without node and script) and returns the exit code. */
export async function runCli(
  args: string[],
  makeContext: (g: GlobalOptions) => Context = createContext,
): Promise<number> {
  const program = new Command('mentions')
    .description(
      'Brand-mention monitor: find complaints about your brands and make sure each gets an answer.',
    )
    .version(VERSION)
    .option(
      '-c, --config <file>',
      'config file (default: $MENTIONS_CONFIG, ./mentions.yaml, $XDG_CONFIG_HOME/mentions/config.yaml)',
    )
    .option('-q, --quiet', 'no progress, warnings or terminal summaries (errors and data still print)')
    .exitOverride()
    .showHelpAfterError('(run mentions --help for usage)');
  const verb = findVerb(args);
  const invoked = COMMANDS.find((c) => c.name === verb);
  // `mentions --help list` asks for the program's help, which lists every command.
  const programHelp = args
    .slice(0, verb ? args.indexOf(verb) : args.length)
    .some((a) => a === '-h' || a === '--help');
  let code: number = EXIT.ok;
  let ctx: Context | undefined;
  // A known verb gets only its own command: nothing else is parsed or shown. Without one (help, a typo)
  // every command is registered, so help lists them all and commander can suggest the nearest.
  const only = programHelp ? undefined : invoked;
  // A failed preload is left to surface where the command itself imports the same modules.
  const preloading = only?.store ? preloadStore().catch(() => undefined) : undefined;
  for (const entry of only ? [only] : COMMANDS) {
    const cmd = program.command(entry.name).description(entry.summary).exitOverride();
    await attach(cmd, entry);
  }
  await preloading;

  async function attach(cmd: Command, entry: CommandEntry): Promise<void> {
    const mod = await entry.load();
    mod.configure(cmd);
    cmd.action(async () => {
      ctx = makeContext(program.opts<GlobalOptions>());
      code = await mod.run(ctx, cmd.args, cmd.opts());
    });
  }

  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    code = exitCodeFor(err, ctx);
  } finally {
    ctx?.close();
  }
  return code;
}

function exitCodeFor(err: unknown, ctx: Context | undefined): number {
  if (err instanceof CommanderError) {
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0
      ? EXIT.ok
      : EXIT.usage;
  }
  // SQLite's own words ("attempt to write a readonly database") name neither the file nor a fix.
  const message = ctx?.storeError(err) ?? errorMessage(err);
  // Through the context when there is one: it redacts the config's secrets first.
  if (ctx) ctx.error(message);
  else process.stderr.write(`mentions: ${stderrLine(message)}\n`);
  const stderr = ctx?.stderr ?? process.stderr;
  // The stack of each error in the chain: a described SQLite failure keeps SQLite's own as its cause.
  if (process.env.MENTIONS_DEBUG) {
    for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
      const stack = debugStack(e);
      stderr.write(`${depth > 0 ? 'caused by: ' : ''}${ctx ? ctx.redact(stack) : stack}\n`);
    }
  }
  return err instanceof UsageError || err instanceof ConfigError ? EXIT.usage : EXIT.failure;
}

/**
 * An error's stack for MENTIONS_DEBUG. A YAML parser's error quotes the lines of the config around the
 * fault, and a config that did not load has no secrets known to redact: only where it is is printed.
 */
function debugStack(e: Error): string {
  const mark = (e as { mark?: { line?: unknown; column?: unknown } }).mark;
  if (mark && typeof mark.line === 'number' && typeof mark.column === 'number') {
    return `${e.name} at line ${mark.line + 1}, column ${mark.column + 1} (the config's text left out)`;
  }
  return String(e.stack);
}

/** Entry point used by bin/mentions.js. */
export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (mentions list | head) is not an error worth a stack trace.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await runCli(argv.slice(2));
}
