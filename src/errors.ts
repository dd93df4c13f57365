/** Typed, one-line errors; the CLI maps each kind to an exit code. */

/** Bad command-line usage or an unknown id: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The configuration file is missing or invalid: exit 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Something could not be done (database busy, file unwritable): exit 1. */
export class RuntimeError extends Error {
  override name = 'RuntimeError';
}

/** The message of any thrown value, as one line. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
