import { businessSeconds } from '../../src/sla/business-hours.js';
import type { BusinessHours } from '../../src/config/sla-schema.js';

const berlin: BusinessHours = {
  timezone: 'Europe/Berlin',
  days: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 17 * 60,
};
const utc: BusinessHours = { ...berlin, timezone: 'UTC' };
const h = 3600;

const cases: [string, string, string, BusinessHours, number][] = [
  ['inside one working day', '2026-11-24T09:00:00Z', '2026-11-24T11:30:00Z', utc, 2.5 * h],
  ['before opening to after closing', '2026-11-24T06:00:00Z', '2026-11-24T20:00:00Z', utc, 8 * h],
  ['overnight counts nothing', '2026-11-24T17:00:00Z', '2026-11-25T09:00:00Z', utc, 0],
  ['friday evening to monday morning', '2026-11-27T16:00:00Z', '2026-11-30T10:00:00Z', utc, 2 * h],
  ['a whole week', '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z', utc, 40 * h],
  // Berlin is UTC+1 in winter: 09:00 local is 08:00Z.
  ['time zone offset', '2026-11-24T07:00:00Z', '2026-11-24T09:00:00Z', berlin, 1 * h],
  // 29 March 2026: clocks go forward; Monday 30 March 09:00 CEST is 07:00Z.
  ['after a DST change', '2026-03-30T07:00:00Z', '2026-03-30T08:00:00Z', berlin, 1 * h],
  ['reversed range', '2026-11-24T11:00:00Z', '2026-11-24T10:00:00Z', utc, 0],
];

test.each(cases)('%s', (_name, from, to, hours, expected) => {
  expect(businessSeconds(new Date(from), new Date(to), hours)).toBe(expected);
});

test('long spans equal the sum of their weeks (the shortcut agrees with walking day by day)', () => {
  const from = new Date('2025-01-06T00:00:00Z'); // a Monday
  const to = new Date('2026-01-05T00:00:00Z'); // 52 weeks later
  expect(businessSeconds(from, to, utc)).toBe(52 * 40 * h);
  const a = businessSeconds(new Date('2026-01-07T10:00:00Z'), new Date('2026-03-04T15:00:00Z'), utc);
  const b =
    businessSeconds(new Date('2026-01-07T10:00:00Z'), new Date('2026-02-04T10:00:00Z'), utc) +
    businessSeconds(new Date('2026-02-04T10:00:00Z'), new Date('2026-03-04T15:00:00Z'), utc);
  expect(a).toBe(b);
});
