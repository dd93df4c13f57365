import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { createContext } from '../../src/cli/context.js';
import { captureStream } from '../helpers/cli.js';

test('classify keeps a character whose bytes arrive in two chunks of stdin', async () => {
  const stdin = new PassThrough();
  const stdout = captureStream(false);
  const bytes = Buffer.from('Le café est fermé, nobody answers\n', 'utf8');
  const cut = bytes.indexOf(0xa9); // the second byte of "é"
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  stdin.write(bytes.subarray(0, cut));
  stdin.end(bytes.subarray(cut));
  expect(await done).toBe(0);
  expect(JSON.parse(stdout.text).text).toBe('Le café est fermé, nobody answers');
});

test('classify answers every line in input order, across batches', async () => {
  const stdin = new PassThrough();
  const stdout = captureStream(false);
  const lines = Array.from({ length: 4500 }, (_, i) => `line ${i}: my order never arrived`);
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  stdin.end(`${lines.join('\n')}\n`);
  expect(await done).toBe(0);
  const texts = stdout.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).text);
  expect(texts).toEqual(lines);
});
