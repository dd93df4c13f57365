import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { TURN_TO_PRAISE_LABEL, turnsToPraise } from '../../src/classify/turn-to-praise.js';

const turns = (text: string) => turnsToPraise(extractFeatures(text, undefined, true));

// From review sets written blind to the classifier, and their look-alikes.
test.each([
  "Customer service is slow to answer but once you get someone they're knowledgeable.",
  'Parking is a nightmare on this street but the bakery is worth it',
  'Wifi was a bit slow for video calls but fine for everything else. Loved the garden.',
  'Bad timing for a wedding reception, but great service for out in the boonies!',
])('%s turns to praise', (text) => {
  expect(turns(text)).toBe(true);
});

test.each([
  // No problem before the "but".
  'Great phone but I wish it came in blue',
  // The problem goes on after it, or the praise is a consolation, thanks or a question.
  'I have twice asked for a refund but there has been no response',
  'The app is slow but now it crashes too',
  'Flight delayed 3 hours but at least the lounge is nice',
  'Flight delayed 3 hours but thanks for the update',
  'Delivery was late but is the quality good?',
  // Praise, then the problem.
  'Lovely staff but the room was filthy',
  // A problem cue after the "but".
  'The food was good but we waited an hour for it, terrible',
])('%s does not', (text) => {
  expect(turns(text)).toBe(false);
});

test('a turn to praise counts against a complaint and says so', () => {
  const text = 'Parking is a nightmare on this street but the bakery is worth it';
  const result = classify(text);
  expect(result.complaint).toBe(false);
  expect(result.reasons[0]).toBe(TURN_TO_PRAISE_LABEL);
});

test.each([
  "Came apart after a week but the seller insists it's perfect.",
  'Flimsy, but I guess the box it came in was cute.',
])('a claim or a grudging consolation after the "but" is no turn: %s', (text) => {
  expect(turns(text)).toBe(false);
});

test.each([
  'Stained and ripped, but sure, the model in the photo looks great.',
  "Ripped at the seam but they told me that's normal and fine.",
  "The staff were polite but clearly couldn't do anything. Not worth $380 a night.",
])('sarcasm, an excuse or praise denied after the "but" is no turn: %s', (text) => {
  expect(turns(text)).toBe(false);
});

test('a negation that denies a trouble after the "but" still turns to praise', () => {
  expect(turns('The app is a bit slow but the support team is brilliant and I never have problems.')).toBe(
    true,
  );
});

// A review of the rule found failures praised around: the failure stays a complaint.
test.each([
  'Waited 2 hours for a table with a reservation but the bread was nice',
  'App crashes every time I open it but the icon is beautiful',
  'Rude front desk staff and a dirty room but the location is great',
  'Wrong size delivered twice now but the color is perfect',
  'Waited 90 minutes past my appointment time but the doctor was great',
])('a failure before the "but" is no drawback a verdict outweighs: %s', (text) => {
  expect(turns(text)).toBe(false);
});

test('a delay is a drawback a verdict can outweigh', () => {
  expect(
    turns(
      'Arrived a bit late due to customs but the seller kept me updated the whole time. Quilt is stunning.',
    ),
  ).toBe(true);
});
