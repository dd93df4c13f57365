import { readFileSync } from 'node:fs';
import { complaintCues } from '../../src/classify/cues.js';
import { seededRandom } from '../../src/classify/metrics.js';
import { normalise, tokenise } from '../../src/classify/text.js';
import { parseCsv } from '../../src/classify/csv.js';
import { plainComplaint } from '../../src/classify/plain-complaints.js';

// Cues skip their pattern when a text lacks every token the cue `needs`. These tests hold that to the
// patterns: with and without the tokens, complaintCues must find the same cues.

/** Cues as scoring finds them (skipping by token) and as the patterns alone find them. */
function bothWays(tokens: string[]): [string[], string[]] {
  const tokenString = tokens.join(' ');
  return [complaintCues(tokenString, tokenString, tokens), complaintCues(tokenString, tokenString)];
}

test('real tweets find the same cues with and without skipping', () => {
  const [header, ...rows] = parseCsv(
    readFileSync(new URL('../fixtures/classify/dev-examples.csv', import.meta.url), 'utf8'),
  );
  const at = header.indexOf('text');
  let found = 0;
  for (const row of rows) {
    const normalised = normalise(row[at]);
    const tokens = tokenise(normalised);
    const tokenString = tokens.join(' ');
    const gated = complaintCues(tokenString, normalised, tokens);
    expect(gated).toEqual(complaintCues(tokenString, normalised));
    found += gated.length;
  }
  expect(found).toBeGreaterThanOrEqual(10);
});

/**
 * Runs of a source file's own words in the order written, so that they form phrases its patterns match
 * ("not yet been arrived", "was told"); some are fillers and placeholders, and with `glue` some are glued
 * to a letter outside ASCII, which the patterns read as a word boundary.
 */
function* wordRuns(file: string, words: RegExp, fillers: string[], seed: number, glue: boolean) {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  const vocabulary = source.match(words) ?? [];
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  for (let i = 0; i < 30_000; i++) {
    let at = pick(vocabulary.length);
    const tokens: string[] = [];
    const length = 1 + pick(glue ? 6 : 7);
    while (tokens.length < length) {
      let word = random() < 0.15 ? fillers[pick(fillers.length)] : vocabulary[at % vocabulary.length];
      at += 1 + (random() < 0.3 ? pick(3) : 0);
      const glued = glue ? random() : 1;
      if (glued < 0.03) word = `é${word}`;
      else if (glued < 0.06) word = `${word}é`;
      tokens.push(word);
    }
    yield tokens;
  }
}

test('word runs drawn from the patterns find the same cues with and without skipping', () => {
  const fillers = ['@user', '<num>', '<url>', 'my', 'the', 'i', 'me', 'it', 'is', 'was'];
  const seen = new Set<string>();
  for (const tokens of wordRuns(
    '../../src/classify/cues.ts',
    /[a-z]+|<num>|!!|\?!|\?\?/g,
    fillers,
    1,
    true,
  )) {
    const [gated, all] = bothWays(tokens);
    if (gated.join() !== all.join()) expect([tokens.join(' '), gated]).toEqual([tokens.join(' '), all]);
    for (const cue of all) seen.add(cue);
  }
  // Every cue was met, so every cue's list of needed tokens was put to the test.
  expect(seen.size).toBe(35);
});

test('a token starting with a listed prefix counts ("reimbursement", "glitchy")', () => {
  expect(bothWays(['no', 'reimbursement', 'yet'])[0]).toContain('refund');
  expect(bothWays(['glitchy', 'app'])[0]).toContain('broken');
});

test('plain complaints: word runs drawn from their patterns find the same with and without skipping', () => {
  const fillers = ['@user', '<num>', 'my', 'the', 'i', 'it', 'is', 'was', 'a', 'of'];
  const seen = new Set<string>();
  for (const tokens of wordRuns(
    '../../src/classify/plain-complaints.ts',
    /[a-z]+|<num>/g,
    fillers,
    2,
    false,
  )) {
    const features = { tokens, tokenString: tokens.join(' '), values: new Map<string, number>() };
    const all = plainComplaint(features, false);
    if (plainComplaint(features) !== all)
      expect([tokens.join(' '), plainComplaint(features)]).toEqual([tokens.join(' '), all]);
    if (all !== undefined) seen.add(all);
  }
  // Most kinds are met by chance; the two whose phrases chance seldom forms are met below.
  expect(seen.size).toBeGreaterThanOrEqual(8);
  for (const text of ['the technician didnt fix the leak', 'i just want to talk to a real human']) {
    const tokens = text.split(' ');
    const features = { tokens, tokenString: text, values: new Map<string, number>() };
    expect(plainComplaint(features)).toBe(plainComplaint(features, false));
    expect(plainComplaint(features)).toBeDefined();
  }
});
