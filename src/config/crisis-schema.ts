/** The `crisis:` section: complaint-spike detection settings. */
import type { Checker } from './checks.js';

/** How a complaint spike is recognised. */
export interface CrisisConfig {
  /** Length of the window whose complaints are compared with the baseline. */
  windowSeconds: number;
  /** Days of history the baseline is computed from. */
  baselineDays: number;
  /** How many standard deviations above the mean make a spike. */
  sigma: number;
  /** The fewest complaints in the window that can be a spike. */
  minCount: number;
}

/** Reads the optional `crisis` mapping, with defaults (1h window, 14-day baseline, 3σ, at least 5). */
export function readCrisis(value: unknown, check: Checker): CrisisConfig {
  const at = ['crisis'];
  const c = value === undefined || value === null ? {} : (check.object(value, at) ?? {});
  check.unknownKeys(c, ['window', 'baselineDays', 'sigma', 'minCount'], at);
  return {
    windowSeconds: check.duration(c.window, [...at, 'window']) ?? 3600,
    baselineDays: check.number(c.baselineDays, [...at, 'baselineDays'], 1, 365) ?? 14,
    sigma: check.number(c.sigma, [...at, 'sigma'], 0, 100) ?? 3,
    minCount: check.number(c.minCount, [...at, 'minCount'], 1, 1_000_000) ?? 5,
  };
}
