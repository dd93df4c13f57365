/** Small typed checks that collect config problems with their path in the document (e.g. `sources[2].url`). */
import { formatAge, parseDuration } from '../output/relative-time.js';

/** One problem found in the config, with the document path it belongs to. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** Renders a document path as `sources[2].url`. */
export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Collects problems while reading an untyped YAML value. */
export class Checker {
  readonly problems: Problem[] = [];

  fail(path: (string | number)[], message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  object(value: unknown, path: (string | number)[]): Record<string, unknown> | undefined {
    if (this.isObject(value)) return value;
    return this.fail(path, `expected a mapping (key: value), got ${describe(value)}`);
  }

  string(value: unknown, path: (string | number)[], required = false): string | undefined {
    if (value === undefined || value === null) {
      return required ? this.fail(path, 'is required (a text value)') : undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
    return this.fail(path, `expected a non-empty text value, got ${describe(value)}`);
  }

  number(value: unknown, path: (string | number)[], min: number, max: number): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    return this.fail(path, `expected a number from ${min} to ${max}, got ${describe(value)}`);
  }

  /** A number of at least `min` (and at most `max`), whole when `integer`: page counts, concurrency. */
  count(
    value: unknown,
    path: (string | number)[],
    min: number,
    integer: boolean,
    max = Number.MAX_SAFE_INTEGER,
  ): number | undefined {
    if (value === undefined || value === null) return undefined;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= min &&
      value <= max &&
      (!integer || Number.isInteger(value));
    if (ok) return value;
    const what = integer ? 'a whole number' : 'a number';
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    return this.fail(path, `expected ${what} ${range}, got ${describe(value)}`);
  }

  /** A duration such as `30m` or `1h30m`, in seconds (a bare number is seconds); never zero, at most `max`. */
  duration(value: unknown, path: (string | number)[], max = Infinity): number | undefined {
    if (value === undefined || value === null) return undefined;
    let seconds: number | undefined;
    if (typeof value === 'number') seconds = value;
    else {
      try {
        seconds = parseDuration(String(value));
      } catch {
        seconds = undefined;
      }
    }
    if (seconds !== undefined && seconds > 0 && seconds <= max) return seconds;
    const most = max === Infinity ? '' : ` of at most ${formatAge(max)}`;
    return this.fail(path, `expected a duration${most} such as 30s, 45m, 1h or 2d, got "${String(value)}"`);
  }

  boolean(value: unknown, path: (string | number)[]): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    return this.fail(path, `expected true or false, got ${describe(value)}`);
  }

  stringList(value: unknown, path: (string | number)[]): string[] {
    if (value === undefined || value === null) return [];
    const items = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(items)) {
      this.fail(path, `expected a list of text values, got ${describe(value)}`);
      return [];
    }
    const out: string[] = [];
    items.forEach((item, i) => {
      const s = this.string(item, [...path, i], true);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  /** Reports keys that the mapping does not know, naming the ones it does. */
  unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: (string | number)[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) {
        this.fail([...path, key], `unknown setting; expected one of: ${known.join(', ')}`);
      }
    }
  }
}

/** A short description of a YAML value's type, for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  return `${typeof value} ${String(value)}`;
}
