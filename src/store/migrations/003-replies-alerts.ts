/** Migration 3: the brand's own replies seen by sources (for reply lint) and the alerts sent (each once). */
export const up = `
CREATE TABLE brand_replies (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  reply_id TEXT NOT NULL,
  mention_id INTEGER REFERENCES mentions (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (source, reply_id)
);
CREATE INDEX brand_replies_created ON brand_replies (created_at);

CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  channel TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  mention_id INTEGER REFERENCES mentions (id) ON DELETE CASCADE,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  UNIQUE (channel, kind, key)
);
CREATE INDEX alerts_pending ON alerts (status, created_at) WHERE status != 'sent';
CREATE INDEX alerts_channel_sent ON alerts (channel, sent_at);
`;
