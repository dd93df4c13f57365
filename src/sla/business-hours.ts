/** Working time between two instants, counting only business hours in a time zone (DST-aware). */
import type { BusinessHours } from '../config/sla-schema.js';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a time zone. */
function localParts(t: number, timeZone: string): { y: number; mo: number; d: number; ms: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return {
    y: p.year,
    mo: p.month,
    d: p.day,
    ms: Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second),
  };
}

/** The instant at which the local wall clock of `timeZone` shows date y-mo-d plus `minute` minutes. */
function localToInstant(y: number, mo: number, d: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(y, mo - 1, d) + minute * 60_000;
  let t = wall;
  // Two passes settle the offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) t = wall - (localParts(t, timeZone).ms - t);
  return t;
}

/** Seconds of business time between `from` and `to` (0 when `to` is not after `from`). */
export function businessSeconds(from: Date, to: Date, hours: BusinessHours): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start || hours.days.length === 0) return 0;
  const first = localParts(start, hours.timezone);
  let total = 0;
  // Walk calendar days in the zone; whole weeks in the middle of a long span are added at once.
  let day = Date.UTC(first.y, first.mo - 1, first.d);
  const weekly = hours.days.length * (hours.endMinute - hours.startMinute) * 60_000;
  while (true) {
    const date = new Date(day);
    const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const open = localToInstant(y, mo, d, hours.startMinute, hours.timezone);
    if (open >= end) break;
    if (open > start + 8 * DAY_MS && end - open > 8 * DAY_MS) {
      const weeks = Math.floor((end - open - DAY_MS) / (7 * DAY_MS));
      if (weeks > 0) {
        total += weeks * weekly;
        day += weeks * 7 * DAY_MS;
        continue;
      }
    }
    if (hours.days.includes(date.getUTCDay())) {
      const close = localToInstant(y, mo, d, hours.endMinute, hours.timezone);
      total += Math.max(0, Math.min(close, end) - Math.max(open, start));
    }
    day += DAY_MS;
  }
  return Math.floor(total / 1000);
}
