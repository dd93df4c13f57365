/**
 * Migration 5: complaint spikes as episodes, so that one spike raises one crisis alert however long
 * it lasts or whatever clock hour it crosses; and alerts cancelled because their mention was answered
 * (or ignored) before they could be delivered.
 */
export const up = `
CREATE TABLE crisis_episodes (
  brand TEXT PRIMARY KEY,
  started_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
ALTER TABLE alerts ADD COLUMN cancelled_at INTEGER;
`;
