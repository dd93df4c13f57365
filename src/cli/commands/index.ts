/** The command registry: a name, a one-line summary and a lazy loader per verb (one file each). */
import type { Command } from 'commander';
import type { Context } from '../context.js';

/** What each command module exports. */
export interface CommandModule {
  /** Declares arguments and options on the commander command. */
  configure(cmd: Command): void;
  /** Runs the command; returns the exit code. */
  run(ctx: Context, args: string[], opts: Record<string, unknown>): Promise<number>;
}

/** One verb in the registry. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CommandModule>;
  /** Reads the config and opens the store: their modules start loading alongside the command's own. */
  store?: true;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'scan',
    summary: 'fetch every source, store and classify new mentions',
    load: () => import('./scan.js'),
    store: true,
  },
  {
    name: 'list',
    summary: 'list mentions (default: unanswered complaints, oldest first)',
    load: () => import('./list.js'),
    store: true,
  },
  {
    name: 'check',
    summary: 'for cron: exit 4/5 and print them when complaints or questions are past their SLA',
    load: () => import('./check.js'),
    store: true,
  },
  {
    name: 'show',
    summary: 'show one mention in full, with its status history',
    load: () => import('./show.js'),
    store: true,
  },
  { name: 'answer', summary: 'mark mentions answered', load: () => import('./answer.js'), store: true },
  {
    name: 'ignore',
    summary: 'mark mentions as needing no answer',
    load: () => import('./ignore.js'),
    store: true,
  },
  { name: 'reopen', summary: 'mark mentions open again', load: () => import('./reopen.js'), store: true },
  {
    name: 'export',
    summary: 'write mentions as csv, json or ndjson',
    load: () => import('./export.js'),
    store: true,
  },
  {
    name: 'import',
    summary: 'read mentions written by export (json or ndjson)',
    load: () => import('./import.js'),
    store: true,
  },
  {
    name: 'classify',
    summary: 'classify texts from stdin (no database)',
    load: () => import('./classify.js'),
  },
  {
    name: 'sources',
    summary: 'list the source types and what each needs',
    load: () => import('./sources.js'),
  },
  {
    name: 'doctor',
    summary: 'check the config, the database and the credentials of every source',
    load: () => import('./doctor.js'),
    store: true,
  },
  {
    name: 'stats',
    summary: 'response rate and times, backlog, volume',
    load: () => import('./stats.js'),
    store: true,
  },
  {
    name: 'lint-replies',
    summary: "lint the brand's replies",
    load: () => import('./lint-replies.js'),
    store: true,
  },
  { name: 'init', summary: 'write a commented starter config', load: () => import('./init.js') },
];
