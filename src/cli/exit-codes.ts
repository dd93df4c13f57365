/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
