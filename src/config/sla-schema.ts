/** The `sla` settings: global targets, optional business hours, and per-brand or per-source overrides. */
import type { Checker } from './checks.js';
import type { SlaPolicy } from '../output/fields.js';

/** Working hours in one time zone; SLA ages then count only working time. */
export interface BusinessHours {
  timezone: string;
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  startMinute: number;
  endMinute: number;
}

/** The global SLA: targets plus optional business hours. */
export interface SlaConfig extends SlaPolicy {
  businessHours?: BusinessHours;
}

/** A brand's or a source's own targets, overriding the global ones. */
export interface SlaOverride {
  firstResponseSeconds?: number;
  maxSeconds?: number;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Reads the top-level `sla` mapping (defaults 1h and 24h). */
export function readSla(value: unknown, check: Checker): SlaConfig {
  const at = ['sla'];
  const sla = value === undefined || value === null ? {} : (check.object(value, at) ?? {});
  check.unknownKeys(sla, ['firstResponse', 'max', 'businessHours'], at);
  const firstResponseSeconds = check.duration(sla.firstResponse, [...at, 'firstResponse']) ?? 3600;
  const maxSeconds = check.duration(sla.max, [...at, 'max']) ?? 86400;
  if (maxSeconds < firstResponseSeconds)
    check.fail([...at, 'max'], 'must not be shorter than sla.firstResponse');
  const businessHours =
    sla.businessHours === undefined ? undefined : readBusinessHours(sla.businessHours, check);
  return { firstResponseSeconds, maxSeconds, ...(businessHours ? { businessHours } : {}) };
}

/** Reads a `sla` override on a brand or a source. */
export function readSlaOverride(
  value: unknown,
  at: (string | number)[],
  check: Checker,
): SlaOverride | undefined {
  if (value === undefined || value === null) return undefined;
  const sla = check.object(value, at);
  if (!sla) return undefined;
  check.unknownKeys(sla, ['firstResponse', 'max'], at);
  const out: SlaOverride = {};
  const first = check.duration(sla.firstResponse, [...at, 'firstResponse']);
  const max = check.duration(sla.max, [...at, 'max']);
  if (first !== undefined && max !== undefined && max < first)
    check.fail([...at, 'max'], 'must not be shorter than firstResponse');
  if (first !== undefined) out.firstResponseSeconds = first;
  if (max !== undefined) out.maxSeconds = max;
  return out;
}

function readBusinessHours(value: unknown, check: Checker): BusinessHours | undefined {
  const at = ['sla', 'businessHours'];
  const bh = check.object(value, at);
  if (!bh) return undefined;
  check.unknownKeys(bh, ['timezone', 'days', 'start', 'end'], at);
  const timezone = check.string(bh.timezone, [...at, 'timezone']) ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    check.fail(
      [...at, 'timezone'],
      `unknown time zone "${timezone}"; use an IANA name such as Europe/Berlin`,
    );
  }
  const dayNames =
    bh.days === undefined ? ['mon', 'tue', 'wed', 'thu', 'fri'] : check.stringList(bh.days, [...at, 'days']);
  const days: number[] = [];
  dayNames.forEach((d, i) => {
    const n = DAYS.indexOf(d.toLowerCase().slice(0, 3));
    if (n < 0) check.fail([...at, 'days', i], `expected a day such as mon, tue … sun, got "${d}"`);
    else days.push(n);
  });
  if (dayNames.length === 0) {
    // No working day would make no time count against the SLA: nothing would ever be late.
    check.fail([...at, 'days'], 'give at least one day, e.g. [mon, tue, wed, thu, fri]');
  }
  const startMinute = readClock(bh.start ?? '09:00', [...at, 'start'], check);
  const endMinute = readClock(bh.end ?? '17:00', [...at, 'end'], check);
  if (startMinute !== undefined && endMinute !== undefined && endMinute <= startMinute) {
    check.fail([...at, 'end'], 'must be later than start');
  }
  return { timezone, days, startMinute: startMinute ?? 540, endMinute: endMinute ?? 1020 };
}

function readClock(value: unknown, at: (string | number)[], check: Checker): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(value));
  if (m && Number(m[1]) <= 24 && Number(m[2]) < 60) return Number(m[1]) * 60 + Number(m[2]);
  return check.fail(at, `expected a time of day such as "09:00", got "${String(value)}"`);
}
