/** The `notify:` section: alert channels (stub; the notify work fills this in). */
import type { Checker } from './checks.js';

/** One configured alert channel. */
export interface NotifyChannelConfig {
  type: string;
  name: string;
  [key: string]: unknown;
}

/** Reads the `notify` list. */
export function readNotify(value: unknown, check: Checker): NotifyChannelConfig[] {
  if (value === undefined || value === null) return [];
  check.fail(['notify'], 'alert channels are not supported yet');
  return [];
}
