/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** scan: some sources (or alert channels) failed. */
  partial: 3,
  /** check: an open complaint or question is past its first-response target. */
  pastFirstResponse: 4,
  /** check: an open complaint or question is past its maximum. */
  pastMax: 5,
} as const;
