import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { handSet, NO_PROBLEMS_SHIFT } from '../../src/classify/hand-set.js';

const kinds = (text: string) => handSet(text, extractFeatures(text));

// Review praise by negation, constructed: the dev tweets hold 8 of 2,410 such texts.
test.each([
  "No problems at all. Setup took five minutes and it's been running for months.",
  'Never had an issue with this brand.',
  'Works without any hassle, great kettle',
  "Haven't had a single issue since I bought it",
])('praise by negation naming no problem takes the hand-set shift: %s', (text) => {
  expect(kinds(text)).toMatchObject({ praised: true, shift: NO_PROBLEMS_SHIFT });
  const c = classify(text);
  expect(c.complaint).toBe(false);
  expect(c.reasons[0]).toBe('no problems');
});

test.each([
  'Never had an issue until the last update, now it crashes',
  '@acme no problem, but my order still has not arrived',
  'Works fine but the fan is so loud',
  'I lost my bag and no problem was too small for them to ignore',
  'Zero issues in 2 years. Then it died.',
  'No complaints until it froze mid-call last week',
])('no shift when a problem is named: %s', (text) => {
  expect(kinds(text).praised).toBe(false);
});

test('the shifts add up as classify adds them', () => {
  const lost = kinds('you lost my bag');
  expect(lost.plain).toBeDefined();
  expect(lost.shift).toBeGreaterThan(0);
  const ad = kinds("We're hiring! Join our team of support agents at Acme");
  expect(ad).toMatchObject({ notOne: 'job posting', praised: false });
  expect(ad.shift).toBeLessThan(0);
});
