/** `mentions classify`: texts (or NDJSON objects with `text`) on stdin, one NDJSON verdict per line; no database. */
import { fstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../../errors.js';

export function configure(cmd: Command): void {
  cmd.description(
    'classify texts from stdin, one per line (or NDJSON objects with a text field); no database',
  );
}

const BATCH = 2000;
// Batches classified or being written at once: reading stops until the oldest is out, so a large or
// endless input (or a slow reader) holds a few batches in memory, not the whole stream.
const AHEAD = 8;

export async function run(ctx: Context): Promise<number> {
  // Node reads a directory on stdin as empty input, which would exit 0 having done nothing.
  if (ctx.stdin === process.stdin && isDirectory(0)) {
    throw new UsageError('classify: stdin is a directory; pipe texts in or redirect a file (< texts.txt)');
  }
  // Batches go to one worker thread per core; this thread reads and writes meanwhile, keeping the order.
  // On a single core a worker would only add copying between threads, so this thread classifies.
  const { inlineClassifier, workerClassifier } = await import('../../classify/worker-pool.js');
  const cores = availableParallelism();
  const classifier =
    cores > 1
      ? await workerClassifier(Math.min(4, cores))
      : inlineClassifier((await import('../../classify/index.js')).classify);
  let batch: string[] = [];
  let written: Promise<void> = Promise.resolve();
  const queue: Promise<void>[] = [];
  const send = () => {
    if (batch.length === 0) return;
    const output = classifier.classifyLines(batch);
    batch = [];
    written = Promise.all([written, output]).then(([, text]) => write(ctx, text));
    queue.push(written);
  };
  let rest = '';
  // A character may be split between two chunks of stdin: decode across them.
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of ctx.stdin) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) batch.push(line);
      if (batch.length >= BATCH) send();
      while (queue.length > AHEAD) await queue.shift();
    }
    batch.push(rest + decoder.end());
    send();
    await written;
  } finally {
    await classifier.close();
  }
  return EXIT.ok;
}

/** Writes verdicts, waiting while stdout's buffer is full (a slow reader slows the reading, too). */
async function write(ctx: Context, text: string): Promise<void> {
  const out = ctx.stdout;
  if (text && !out.write(text) && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}

function isDirectory(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}
