import { formatUtcTime, nextPacificMidnight } from '../../src/output/utc-time.js';

test('times are shown in UTC, with the date when not within the next 12 hours', () => {
  const now = new Date('2026-11-24T13:50:00Z');
  expect(formatUtcTime(new Date('2026-11-24T14:05:00Z'), now)).toBe('14:05 UTC');
  // Nearly a day ahead: without the date it would read as a time already past.
  expect(formatUtcTime(new Date('2026-11-25T13:45:00Z'), now)).toBe('2026-11-25 13:45 UTC');
  expect(formatUtcTime(new Date('2026-11-24T13:00:00Z'), now)).toBe('2026-11-24 13:00 UTC');
  expect(formatUtcTime(new Date('2026-11-26T01:05:00Z'), now)).toBe('2026-11-26 01:05 UTC');
});

// Google's daily quotas reset at midnight in Los Angeles: 08:00 UTC in winter, 07:00 UTC in summer.
test.each([
  ['2026-11-24T12:00:00Z', '2026-11-25T08:00:00.000Z'],
  ['2026-07-01T06:59:59Z', '2026-07-01T07:00:00.000Z'],
  ['2026-07-01T07:00:00Z', '2026-07-02T07:00:00.000Z'],
  // The days the clocks change: March 8 starts on standard time, November 1 on daylight time.
  ['2026-03-07T12:00:00Z', '2026-03-08T08:00:00.000Z'],
  ['2026-03-08T12:00:00Z', '2026-03-09T07:00:00.000Z'],
  ['2026-10-31T12:00:00Z', '2026-11-01T07:00:00.000Z'],
  ['2026-11-01T12:00:00Z', '2026-11-02T08:00:00.000Z'],
])('after %s the next Pacific midnight is %s', (now, next) => {
  expect(nextPacificMidnight(new Date(now)).toISOString()).toBe(next);
});
