import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';

test.each([
  ['ALWAYS reliable. Been ordering my contact lenses here for 6 years, never late once.', 'late'],
  ['Flight was on time, no delays at all', 'delays'],
])('a denied delay is no delay: %s', (text) => {
  expect(extractFeatures(text, undefined, true).values.has('k:delayed')).toBe(false);
});

test('a delay that is not denied is one', () => {
  expect(extractFeatures('My flight is late again', undefined, true).values.has('k:delayed')).toBe(true);
});

test.each(['Hassle free return, refund in 2 days.', 'hassle-free install', 'headache free booking'])(
  'a trouble word made an adjective of its absence is praise: %s',
  (text) => {
    const features = extractFeatures(text, undefined, true);
    expect(features.values.has('lex:negative')).toBe(false);
    expect(features.values.has('lex:positive')).toBe(true);
  },
);

test.each([
  "Prints are sharper and I haven't had a single jam.",
  'never had one crash on my old phone or this one',
  '@united not a single problem, on time both ways.',
])('a denied hiccup is a verdict of praise: %s', (text) => {
  const result = classify(text);
  expect(result.complaint).toBe(false);
});

test.each([
  ['Never had a single crash in two years', false],
  ['never had one crash on my old phone or this one', false],
  ['app crashed again', true],
])('a denied crash is no fault: %s', (text, broken) => {
  expect(extractFeatures(text, undefined, true).values.has('k:broken')).toBe(broken);
});

test.each(["Can't log in. At all.", 'cant login since the update', 'cannot sign in to my account'])(
  'failing to log in is not working: %s',
  (text) => {
    expect(extractFeatures(text, undefined, true).values.has('k:not working')).toBe(true);
  },
);

test('"no" denies one thing, so the praise after it stays praise', () => {
  const features = extractFeatures('@Delta no complaints, smooth flight and landed early. nice work');
  expect(features.values.has('lex:negative')).toBe(false);
  expect(classify('@Delta no complaints, smooth flight and landed early. nice work').complaint).toBe(false);
});

test('how long a customer has been ordering is no wait', () => {
  const features = extractFeatures('Been ordering my contact lenses here for 6 years', undefined, true);
  expect(features.values.has('k:long wait')).toBe(false);
});

test.each([
  "Don't log in on public wifi",
  'No login required, just open the app',
  "Can't sign in because I forgot my password lol",
])('advice, no login needed or a forgotten password is not a failure to log in: %s', (text) => {
  expect(extractFeatures(text, undefined, true).values.has('k:not working')).toBe(false);
});

test('"not even an error message" is still a fault', () => {
  expect(extractFeatures('Not even an error message, the app just closes.').values.has('k:broken')).toBe(
    true,
  );
});

test.each(['Lousy free breakfast. Dry pastries', 'Awful free trial, charged me the full price'])(
  'a bad free thing stays bad: %s',
  (text) => {
    expect(extractFeatures(text, undefined, true).values.has('lex:negative')).toBe(true);
  },
);

test.each([
  'Support tickets go unanswered for weeks.',
  'have been ignored ever since?!',
  'they keep ignoring my emails',
])('unanswered or ignored is nobody answering: %s', (text) => {
  expect(extractFeatures(text, undefined, true).values.has('k:no one answers')).toBe(true);
});

test.each([
  'Had a bug where my quest got stuck, a dev patched it the next day. Respect.',
  'Had an outage during a storm and they credited my account. Nice touch.',
])('a fix told as a patch or a credit, with praise, is a problem resolved: %s', (text) => {
  expect(extractFeatures(text, undefined, true).values.has('k:problem resolved')).toBe(true);
});

test.each(['Porting my number took an hour, a lot faster than I expected.', 'Worked as expected'])(
  'better or as expected is no broken promise: %s',
  (text) => {
    expect(extractFeatures(text, undefined, true).values.has('k:broken promise')).toBe(false);
  },
);

test('being reliable for years is time in use, not a wait', () => {
  const features = extractFeatures('Service itself has been reliable for 3 years.', undefined, true);
  expect(features.values.has('k:long wait')).toBe(false);
});

test.each([
  ['Unanswered letters from my grandfather found in the attic', false],
  ['no question left unanswered, very happy', false],
  ['Ignored my mum’s advice and bought it anyway', false],
  ['I ignored my alarm again', false],
  ['they ignored my complaint for a month', true],
])('unanswered or ignored counts only for what a customer sent: %s', (text, expected) => {
  expect(extractFeatures(text, undefined, true).values.has('k:no one answers')).toBe(expected);
});

test('a worse outcome than expected is still a broken promise', () => {
  const features = extractFeatures('Took much longer than expected and nobody told us why', undefined, true);
  expect(features.values.has('k:broken promise')).toBe(true);
});
