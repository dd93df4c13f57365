/**
 * Migration 6: the time a source's server asked not to be fetched before (429 or 503 with Retry-After,
 * an X rate-limit reset), so that scans in between leave it alone.
 */
export const up = `
ALTER TABLE source_state ADD COLUMN retry_at INTEGER;
`;
