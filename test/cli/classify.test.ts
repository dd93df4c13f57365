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

test('classify reads rating and addressed from NDJSON input, as a scan passes them', async () => {
  const stdin = new PassThrough();
  const stdout = captureStream(false);
  const news =
    'Slack (NASDAQ:WORK) CFO Sells $19407875.75 in Stock. Slack CFO Allen Shim sold 502,925 shares of the company stock.';
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  stdin.end(
    [
      JSON.stringify({ text: news, addressed: false }),
      JSON.stringify({ text: news }),
      JSON.stringify({ text: 'The package came on Tuesday.', rating: 1 }),
      JSON.stringify({ text: news, addressed: 'no' }),
    ].join('\n'),
  );
  expect(await done).toBe(0);
  const [asNews, asMention, oneStar, ignored] = stdout.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { reasons: string[]; complaintScore: number });
  expect(asNews.reasons[0]).toBe('news naming no problem');
  expect(asNews.complaintScore).toBeLessThan(asMention.complaintScore);
  expect(asMention.reasons).not.toContain('news naming no problem');
  expect(oneStar.reasons[0]).toBe('1-star rating');
  // Only a boolean says "not addressed"; anything else leaves the default.
  expect(ignored).toEqual(asMention);
});
