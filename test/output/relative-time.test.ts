import { formatAge, parseDuration } from '../../src/output/relative-time.js';

const MIN = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

describe('formatAge', () => {
  const cases: [number, string][] = [
    [0, '0s'],
    [-5, '0s'],
    [Number.NaN, '0s'],
    [0.9, '0s'],
    [45, '45s'],
    [59, '59s'],
    [60, '1m'],
    [12 * MIN, '12m'],
    [12 * MIN + 5, '12m 5s'],
    [HOUR, '1h'],
    [3 * HOUR, '3h'],
    [3 * HOUR + 12 * MIN, '3h 12m'],
    [3 * HOUR + 12 * MIN + 59, '3h 12m'],
    [3 * HOUR + 30, '3h'],
    [DAY, '1d'],
    [2 * DAY + 4 * HOUR + 59 * MIN, '2d 4h'],
    [6 * DAY + 23 * HOUR, '6d 23h'],
    [WEEK, '1w'],
    [3 * WEEK + 2 * DAY + 5 * HOUR, '3w 2d'],
    [52 * WEEK + DAY, '52w 1d'],
  ];
  it.each(cases)('%d s → %s', (seconds, expected) => {
    expect(formatAge(seconds)).toBe(expected);
  });
});

describe('parseDuration', () => {
  const valid: [string, number][] = [
    ['30s', 30],
    ['45m', 45 * MIN],
    ['1h', HOUR],
    ['1h30m', HOUR + 30 * MIN],
    ['1h 30m', HOUR + 30 * MIN],
    ['2d', 2 * DAY],
    ['1w', WEEK],
    ['1w2d3h4m5s', WEEK + 2 * DAY + 3 * HOUR + 4 * MIN + 5],
    ['1H', HOUR],
    ['2D12H', 2 * DAY + 12 * HOUR],
    ['  24h ', DAY],
    ['0m', 0],
  ];
  it.each(valid)('%j → %d', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  const invalid = ['abc', '', '30', '1.5h', '-1h', '30m1h', '1h1h', 'h', '1 h', '1y', '1mo'];
  it.each(invalid)('rejects %j with a one-line hint', (text) => {
    expect(() => parseDuration(text)).toThrow(`invalid duration "${text}": use e.g. 30m, 1h, 2d`);
  });

  it('does not echo escape sequences in its error', () => {
    expect(() => parseDuration('\x1b[2J1x')).toThrow('invalid duration "1x": use e.g. 30m, 1h, 2d');
  });

  it('rejects durations too long to count in seconds', () => {
    expect(() => parseDuration('99999999999999999w')).toThrow(/too long/);
  });

  it('round-trips with formatAge for whole units', () => {
    for (const text of ['45s', '12m', '3h 12m', '2d 4h', '3w 2d']) {
      expect(formatAge(parseDuration(text))).toBe(text);
    }
  });
});
