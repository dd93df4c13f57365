import { PassThrough, Readable } from 'node:stream';
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

test('classify skips a byte order mark and leading blanks before NDJSON, and ratings outside 1–5', async () => {
  const stdin = new PassThrough();
  const stdout = captureStream(false);
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  stdin.end(
    [
      '\uFEFF{"text":"my order never arrived","rating":1}\r',
      '  {"text":"The package came on Tuesday.","rating":1}',
      '{"text":"The package came on Tuesday.","rating":0}',
      '{"text":"The package came on Tuesday.","rating":1e9}',
      '\uFEFFplain text after a mark',
    ].join('\n'),
  );
  expect(await done).toBe(0);
  const out = stdout.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; reasons: string[] });
  expect(out.map((o) => o.text)).toEqual([
    'my order never arrived',
    'The package came on Tuesday.',
    'The package came on Tuesday.',
    'The package came on Tuesday.',
    'plain text after a mark',
  ]);
  expect(out[0].reasons).toContain('1-star rating');
  expect(out[1].reasons[0]).toBe('1-star rating');
  for (const o of out.slice(2, 4)) expect(o.reasons.join(' ')).not.toMatch(/star rating/);
});

test('classify stops reading while stdout cannot take more, and loses no line', async () => {
  const chunks: string[] = [];
  let drain: (() => void) | undefined;
  // A reader that is always "full": each write asks the writer to wait for 'drain'.
  const stdout = {
    isTTY: false,
    write: (text: string) => (chunks.push(text), false),
    once: (_event: 'drain', listener: () => void) => void (drain = listener),
  };
  const lines = Array.from({ length: 60_000 }, (_, i) => `line ${i}: my order never arrived`);
  let pulled = 0;
  const stdin = Readable.from(
    (function* () {
      for (let i = 0; i < lines.length; i += 1000) {
        pulled++;
        yield `${lines.slice(i, i + 1000).join('\n')}\n`;
      }
    })(),
  );
  const done = runCli(['classify'], (g) =>
    createContext(g, { env: {}, stdin, stdout, stderr: captureStream(false) }),
  );
  await new Promise((r) => setTimeout(r, 300));
  // Held up by the first write: most of the input is not even read yet.
  expect(chunks).toHaveLength(1);
  expect(pulled).toBeLessThan(lines.length / 1000 / 2);
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    const release = drain;
    drain = undefined;
    release?.();
    await new Promise((r) => setTimeout(r, 2));
  }
  expect(await done).toBe(0);
  const texts = chunks
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).text);
  expect(texts).toEqual(lines);
});
