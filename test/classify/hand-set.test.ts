import { extractFeatures } from '../../src/classify/features.js';
import { handSet } from '../../src/classify/hand-set.js';
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
