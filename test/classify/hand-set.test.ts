import { extractFeatures } from '../../src/classify/features.js';
import { handSet } from '../../src/classify/hand-set.js';
import { SHORT_REVIEW_SHIFT } from '../../src/classify/short-review.js';
import { classify } from '../../src/classify/index.js';
import { NOT_COMPLAINT_SHIFT } from '../../src/classify/not-complaints.js';
import { PLAIN_COMPLAINT_SHIFT } from '../../src/classify/plain-complaints.js';

const kinds = (text: string) => handSet(text, extractFeatures(text));

test('the shifts of plain complaints and plain non-complaints, as classify and eval add them', () => {
  expect(kinds('you lost my bag')).toMatchObject({ plain: 'lost by them', shift: PLAIN_COMPLAINT_SHIFT });
  expect(kinds("We're hiring! Join our team of support agents at Acme")).toMatchObject({
    notOne: 'job posting',
    shift: NOT_COMPLAINT_SHIFT,
  });
  expect(kinds('watching the game tonight')).toMatchObject({ plain: undefined, notOne: undefined, shift: 0 });
});

test('a job ad that names a problem takes no shift', () => {
  expect(
    kinds('Acme is hiring but never answers my application, 3 weeks and still waiting').notOne,
  ).toBeUndefined();
});

test('a stated rating shifts as a given one does; a stated 4 or 5 beside a problem does not', () => {
  expect(kinds('One star. The colour is as shown.')).toMatchObject({
    stars: 1,
    stated: true,
    ratingShift: 4,
  });
  expect(kinds('Five stars. The colour is as shown.')).toMatchObject({ stars: 5, ratingShift: -4 });
  // Sarcasm and others' praise: the problem decides.
  expect(kinds('5 stars for losing my luggage again @AmericanAir')).toMatchObject({
    stars: undefined,
    ratingShift: 0,
  });
  // The source's rating wins over the words.
  const text = 'One star. The colour is as shown.';
  expect(handSet(text, extractFeatures(text), { rating: 5 })).toMatchObject({ stars: 5, stated: false });
});

test('a short review naming a problem takes a shift; a short tweet with a handle or praise does not', () => {
  const addressed = (text: string) => handSet(text, extractFeatures(text, undefined, true));
  expect(addressed('Terrible quality.').shift).toBe(SHORT_REVIEW_SHIFT);
  expect(addressed('Tablet freezes constantly.').shift).toBe(SHORT_REVIEW_SHIFT);
  expect(addressed('@acme terrible quality').shift).toBe(0);
  expect(addressed('Love it, works great.').shift).toBe(0);
  // Read as it stands (no handle added), a text is no review.
  expect(kinds('Terrible quality.').shift).toBe(0);
  expect(classify('Terrible quality.')).toMatchObject({ complaint: true });
});
