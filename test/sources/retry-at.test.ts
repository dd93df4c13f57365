import { parseRetryAfter, retryTime } from '../../src/sources/retry-at.js';

const now = new Date('2026-11-24T12:00:00Z');

test.each([
  ['120', '2026-11-24T12:02:00.000Z'],
  [' 0 ', '2026-11-24T12:00:00.000Z'],
  ['Tue, 24 Nov 2026 13:30:00 GMT', '2026-11-24T13:30:00.000Z'],
  ['Tuesday, 24-Nov-26 13:30:00 GMT', '2026-11-24T13:30:00.000Z'],
  ['Tue Nov 24 13:30:00 2026', '2026-11-24T13:30:00.000Z'],
])('Retry-After %j is %s', (value, iso) => {
  expect(parseRetryAfter(value, now)?.toISOString()).toBe(iso);
});

// A lenient date parser reads "-5" as May 2001 and "1.5" as January 2001.
test.each(['-5', '1.5', 'soon', '', '2026-11-24T13:30:00Z', undefined])(
  'Retry-After %j is no time',
  (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  },
);

test('a time past is no wait, and one more than 25 hours off is cut to 25 hours', () => {
  expect(retryTime(new Date('2026-11-24T11:59:59Z'), now)).toBeUndefined();
  expect(retryTime(now, now)).toBeUndefined();
  expect(retryTime(undefined, now)).toBeUndefined();
  expect(retryTime(new Date('2026-11-24T12:15:00Z'), now)?.toISOString()).toBe('2026-11-24T12:15:00.000Z');
  expect(retryTime(new Date('2058-08-03T02:10:00Z'), now)?.toISOString()).toBe('2026-11-25T13:00:00.000Z');
});

test("an asctime Retry-After is GMT, whatever the machine's time zone", () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = tz;
      expect(parseRetryAfter('Tue Nov 24 13:30:00 2026', now)?.toISOString()).toBe(
        '2026-11-24T13:30:00.000Z',
      );
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});
