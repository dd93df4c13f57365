/** `mentions classify`: texts (or NDJSON objects with `text`) on stdin, one NDJSON verdict per line; no database. */
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function configure(cmd: Command): void {
  cmd.description(
    'classify texts from stdin, one per line (or NDJSON objects with a text field); no database',
  );
}

export async function run(ctx: Context): Promise<number> {
  const { classify } = await import('../../classify/index.js');
  let rest = '';
  let out: string[] = [];
  const flush = () => {
    if (out.length > 0) ctx.stdout.write(out.join(''));
    out = [];
  };
  const handle = (line: string) => {
    const input = readLine(line);
    if (input === undefined) return;
    const c = classify(input.text, input.rating === undefined ? undefined : { rating: input.rating });
    out.push(`${JSON.stringify({ text: input.text, ...c })}\n`);
    if (out.length >= 512) flush();
  };
  for await (const chunk of ctx.stdin) {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) handle(line);
  }
  handle(rest);
  flush();
  return EXIT.ok;
}

/** A plain line is the text; a JSON object line gives `text` (and optionally `rating`). */
function readLine(raw: string): { text: string; rating?: number } | undefined {
  const line = raw.replace(/\r$/, '');
  if (line.trim() === '') return undefined;
  if (line.startsWith('{')) {
    try {
      const obj = JSON.parse(line) as { text?: unknown; rating?: unknown };
      if (typeof obj.text === 'string') {
        return { text: obj.text, rating: typeof obj.rating === 'number' ? obj.rating : undefined };
      }
    } catch {
      // Not JSON after all: classify the line as text.
    }
  }
  return { text: line };
}
