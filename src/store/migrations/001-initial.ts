/** Migration 1: mentions, their status history, per-source scan state and the scan lock. */
export const up = `
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  source_type TEXT NOT NULL,
  external_id TEXT NOT NULL,
  brand TEXT,
  url TEXT,
  canonical_url TEXT,
  author TEXT,
  title TEXT,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  first_seen_at INTEGER NOT NULL,
  complaint INTEGER NOT NULL DEFAULT 0,
  complaint_score REAL NOT NULL DEFAULT 0,
  reasons TEXT NOT NULL DEFAULT '[]',
  question INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'ignored')),
  answered_at INTEGER,
  answered_by TEXT CHECK (answered_by IN ('auto', 'manual')),
  note TEXT,
  rating REAL,
  reach INTEGER,
  UNIQUE (source, external_id)
);
CREATE UNIQUE INDEX mentions_canonical_url ON mentions (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX mentions_unanswered_complaints ON mentions (created_at, id) WHERE status = 'open' AND complaint = 1;
CREATE INDEX mentions_status_created ON mentions (status, created_at, id);
CREATE INDEX mentions_created ON mentions (created_at, id);
CREATE INDEX mentions_brand_created ON mentions (brand, created_at, id);
CREATE INDEX mentions_source_created ON mentions (source, created_at, id);

CREATE TABLE status_events (
  id INTEGER PRIMARY KEY,
  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  note TEXT,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX status_events_mention ON status_events (mention_id, at);

CREATE TABLE source_state (
  source TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  cursor TEXT,
  last_scan_at INTEGER,
  last_ok_at INTEGER,
  last_error TEXT,
  consecutive_errors INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE locks (
  name TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  acquired_at INTEGER NOT NULL
);
`;
