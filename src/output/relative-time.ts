/** Durations for people: ages shown as "3h 12m" and durations typed as "1h30m". */
import { sanitizeForTerminal } from './sanitize.js';

/** Units from largest to smallest; weeks are the largest because months vary in length. */
const UNITS: readonly { suffix: string; seconds: number }[] = [
  { suffix: 'w', seconds: 7 * 24 * 3600 },
  { suffix: 'd', seconds: 24 * 3600 },
  { suffix: 'h', seconds: 3600 },
  { suffix: 'm', seconds: 60 },
  { suffix: 's', seconds: 1 },
];

/**
 * An age in its two largest units, dropping a zero second unit: `45s`, `12m 5s`, `3h`, `3h 12m`,
 * `2d 4h`, `3w 2d`. Negative or non-finite input shows as `0s`.
 */
export function formatAge(seconds: number): string {
  let rest = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const start = UNITS.findIndex((unit) => rest >= unit.seconds);
  if (start === -1) return '0s';
  const parts: string[] = [];
  for (const unit of UNITS.slice(start, start + 2)) {
    const count = Math.floor(rest / unit.seconds);
    rest -= count * unit.seconds;
    if (count > 0) parts.push(`${count}${unit.suffix}`);
  }
  return parts.join(' ');
}

/** Units in the only order they may appear, each at most once, optionally separated by spaces. */
const DURATION = /^(?:(\d+)w)? *(?:(\d+)d)? *(?:(\d+)h)? *(?:(\d+)m)? *(?:(\d+)s)?$/i;

/** Seconds in a duration such as `30s`, `45m`, `1h`, `1h30m`, `2d` or `1w` (case-insensitive). */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  const counts = match ? match.slice(1) : [];
  if (!match || counts.every((count) => count === undefined)) {
    // The text may come from a config file or a pasted argument, so it is cleaned before it is echoed.
    const shown = sanitizeForTerminal(text, { singleLine: true });
    throw new Error(`invalid duration "${shown}": use e.g. 30m, 1h, 2d`);
  }
  let seconds = 0;
  counts.forEach((count, index) => {
    if (count !== undefined) seconds += Number(count) * UNITS[index].seconds;
  });
  if (!Number.isSafeInteger(seconds)) {
    throw new Error(`invalid duration "${text.trim()}": too long`);
  }
  return seconds;
}
