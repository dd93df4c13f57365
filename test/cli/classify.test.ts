import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { createContext } from '../../src/cli/context.js';
import { captureStream } from '../helpers/cli.js';
import { ANY_ESCAPE } from '../output/fixtures.js';

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

test('classify escapes terminal controls in the texts it echoes, keeping them exact as JSON', async () => {
  const stdin = new PassThrough();
  const stdout = captureStream(false);
  const text = 'refund\u009b2J please \u202Eesrever\x1b[31m now';
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  stdin.end(`${text}\n`);
  expect(await done).toBe(0);
  expect(stdout.text).not.toMatch(ANY_ESCAPE);
  expect(stdout.text).not.toContain('\u202E');
  expect(stdout.text).toContain('\\u009b2J');
  expect(JSON.parse(stdout.text).text).toBe(text);
});
