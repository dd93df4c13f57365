import { classify } from '../../src/classify/index.js';
import { extractFeatures } from '../../src/classify/features.js';
import { notAComplaint as notAComplaintOf } from '../../src/classify/not-complaints.js';

const notAComplaint = (text: string) => notAComplaintOf(text, extractFeatures(text).tokens);

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
