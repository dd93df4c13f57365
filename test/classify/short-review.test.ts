import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { SHORT_REVIEW_LABEL, shortReview } from '../../src/classify/short-review.js';

const short = (text: string) => shortReview(text, extractFeatures(text, undefined, true));

test.each(['Terrible quality.', 'Tablet freezes constantly.', 'Leaks.', 'Made me sick.', 'Stupid design.'])(
  'a short review naming a problem: %s',
  (text) => {
    expect(short(text)).toBe(true);
    expect(classify(text)).toMatchObject({ complaint: true });
    expect(classify(text).reasons[0]).toBe(SHORT_REVIEW_LABEL);
  },
);

// From a review of the rule: slang praise, praise after "but", problems put right, cues naming no fault,
// a handle of its own, and longer texts.
test.each([
  'Sick deal!',
  'Dead simple setup.',
  'Tesla is stupid fast.',
  'Kills weeds dead.',
  'Expensive but worth it.',
  'Ugly but works.',
  'Problem solved!',
  'No more crashes!',
  'Got my refund, thanks.',
  'Best pizza ever!!',
  '@acme terrible quality',
  'Terrible quality, but the seller refunded me within a day and apologised.',
])('no short review naming a problem: %s', (text) => {
  expect(short(text)).toBe(false);
});

test('read as it stands (no handle added), a text is no review', () => {
  expect(shortReview('Terrible quality.', extractFeatures('Terrible quality.'))).toBe(false);
});
