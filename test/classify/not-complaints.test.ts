import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { notAComplaint as notAComplaintOf } from '../../src/classify/not-complaints.js';

const notAComplaint = (text: string) => notAComplaintOf(extractFeatures(text));

// The demo feed's job ad (examples/feeds/acme-mentions.xml) and constructed look-alikes.
test.each([
  'Acme Corp careers: we are hiring backend engineers in Berlin and Lisbon. Apply by 15 December.',
  "We're hiring! Join our team of support agents at Acme",
  'We’re hiring at Acme! Customer support roles in Leeds',
  'Acme job openings in Leeds: apply online',
])('a job posting is no complaint: %s', (text) => {
  expect(notAComplaint(text)).toBe('job posting');
  expect(classify(text)).toMatchObject({ complaint: false });
  expect(classify(text).reasons[0]).toBe('job posting');
});

test('a job posting that names a problem is scored on its words, with no shift', () => {
  const text = 'Acme is hiring but never answers my application, 3 weeks and still waiting';
  expect(notAComplaint(text)).toBe('job posting');
  const c = classify(text);
  expect(c.complaint).toBe(true);
  expect(c.reasons).not.toContain('job posting');
});

test.each(['my order never arrived', 'how do I apply a discount code?', 'the job was done badly'])(
  'not a job posting: %s',
  (text) => {
    expect(notAComplaint(text)).toBeUndefined();
  },
);

// Review verdicts of praise, from the review and airline probes: the words matched are the reason.
test.each([
  ['no complaints so far, works with my iphone', 'no complaints'],
  ['Never had an issue with this brand and this one is no exception.', 'never had an issue'],
  [
    'Nothing to complain about, the couch is comfy and the fabric resists cat claws.',
    'nothing to complain about',
  ],
  ["My son uses this for school and hasn't had any issues.", 'hasnt had any issues'],
  [
    'I would definitely recommend this to anyone looking for a budget-friendly monitor.',
    'would definitely recommend this',
  ],
  ['The spa was the highlight of our stay. Highly recommend the hot stone massage.', 'highly recommend'],
  ['@JetBlue Mint is worth every penny. slept the whole way to LAX', 'worth every penny'],
  ['Great value. Would buy again.', 'would buy again'],
  ["Used it daily for a year and can't fault it.", 'cant fault it'],
  ['@united no complaints today, on time and the crew was lovely.', 'no complaints'],
  ['Highly recommend if you are looking for a quiet place', 'highly recommend'],
  ['Has never let me down in 3 years', 'never let me down'],
  ["Can't recommend this place enough!", 'cant recommend this place enough'],
  ['Never had a single issue with the battery', 'never had a single issue'],
  [
    '@Apple the new iPad is gorgeous. Switched from my old Android tablet and not looking back',
    'not looking back',
  ],
  ['@dominos ordered at 2am and it showed up in 20 min. Never change', 'never change'],
  [
    "The room was a bit dated but spotless, and the staff couldn't have been nicer.",
    'couldnt have been nicer',
  ],
])('a verdict of praise is no complaint: %s', (text, reason) => {
  expect(notAComplaint(text)).toBe(reason);
  const c = classify(text);
  expect(c.complaint).toBe(false);
  expect(c.reasons[0]).toBe(reason);
});

test.each([
  'never had an issue until the last update',
  'Never had a problem before, but this time the box was empty',
  'Is it worth every penny?',
  'I would highly recommend avoiding this seller',
  "Protip: we can't complain about people not paying for media",
  'would you recommend it for a beginner',
  // From a review of the rule: a turn, a claim, an exception, a part, a question, advice, a condition,
  // a negation, the past, sarcasm.
  '@Comcast 10 years, no complaints. Now three outages this week.',
  '@Comcast I used to have no complaints. Now my internet drops every night at 9pm',
  '@Xfinity your tech said no issues on your end. My wifi drops every evening at 8',
  'No complaints apart from the fact that the room smelled like smoke',
  '@Delta no complaints about the flight itself. Where is my bag though',
  'No issues with the product, the delivery guy threw it over my fence',
  '@Verizon zero issues for years, so why did my bill go up $40 this month',
  '@Delta highly recommend updating your app, it logged me out three times at the gate',
  'Would order again if the driver could actually find my building',
  "It's not money well spent at all",
  "I don't think I would recommend them",
  'My old Samsung worked flawlessly. This one restarts itself every night.',
  'No complaints. Said no customer ever.',
  'Highly recommend skipping this place',
  // From a second review: leaving, sarcasm after a charge or a wait, advice.
  'Done with @Verizon, switched to Mint. Not looking back.',
  '@Spirit charged me $65 for a carry-on. Never change, Spirit',
  '@Ryanair never change lol 3 hours on the tarmac',
  'Highly recommend bringing earplugs, walls are paper thin.',
  "I highly recommend you don't stay here.",
])('no verdict of praise: %s', (text) => {
  expect(notAComplaint(text)).toBeUndefined();
});

test('a verdict of praise beside a named problem is scored on its words', () => {
  const c = classify('No complaints about the food, but the delivery was 2 hours late and cold');
  expect(c.complaint).toBe(true);
  expect(c.reasons).not.toContain('no complaints');
});
