/** Character n-gram weights summed per word and remembered give what summing every n-gram gives. */
import { CharSums } from '../../src/classify/char-sums.js';
import { CHAR_BUCKETS, charBuckets, DEFAULT_FEATURES, extractFeatures } from '../../src/classify/features.js';

/** Weights from a fixed pseudo-random sequence, so that every bucket counts and the test repeats. */
function someWeights(): Float32Array {
  const weights = new Float32Array(CHAR_BUCKETS);
  let x = 12345;
  for (let i = 0; i < weights.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    weights[i] = (x / 2 ** 32 - 0.5) * 0.2;
  }
  return weights;
}

const TEXTS = [
  '@acmehelp still waiting for my refund, waiting waiting WAITING!! https://t.co/x 3 weeks',
  'Broke after a week. Sent it back and the replacement broke too.',
  'Thanks @acme, the driver even texted ahead :)',
  '',
];

test('the per-word sums equal the sum over every character n-gram of the text, repeats included', () => {
  const weights = someWeights();
  const sums = new CharSums(DEFAULT_FEATURES, weights);
  for (const text of TEXTS) {
    const features = extractFeatures(text, DEFAULT_FEATURES, true);
    let expected = 0;
    for (const bucket of charBuckets(features, DEFAULT_FEATURES)) expected += weights[bucket];
    expect(sums.total(features.words)).toBeCloseTo(expected, 10);
    // Remembered words give the same sum the second time.
    expect(sums.total(features.words)).toBeCloseTo(expected, 10);
  }
  // Placeholders (links, numbers, handles) and punctuation have no character n-grams.
  expect(sums.total(['<url>', '<num>', '@user', '!!', '?'])).toBe(0);
});

test('a configuration without character n-grams sums to nothing', () => {
  const config = { ...DEFAULT_FEATURES, charMin: 0 };
  const features = extractFeatures('never arrived', config);
  expect(charBuckets(features, config)).toEqual([]);
  expect(new CharSums(config, someWeights()).total(features.words)).toBe(0);
});

test('long words are summed each time, not remembered: a word cut from a long text would keep it alive', () => {
  const weights = someWeights();
  const sums = new CharSums(DEFAULT_FEATURES, weights);
  const long = 'disappointedx'; // 13 letters
  const expected = (word: string) => {
    let w = 0;
    for (const bucket of charBuckets({ ...extractFeatures(word), words: [word] }, DEFAULT_FEATURES))
      w += weights[bucket];
    return w;
  };
  expect(sums.total(['refund', long, 'refund'])).toBeCloseTo(2 * expected('refund') + expected(long), 10);
  expect(sums.remembered).toBe(1);
});
