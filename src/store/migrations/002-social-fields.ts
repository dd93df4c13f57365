/** Migration 2: author name, language, thread, and the classifier's severity, personal data and language. */
export const up = `
ALTER TABLE mentions ADD COLUMN author_name TEXT;
ALTER TABLE mentions ADD COLUMN lang TEXT;
ALTER TABLE mentions ADD COLUMN thread_id TEXT;
ALTER TABLE mentions ADD COLUMN severity INTEGER;
ALTER TABLE mentions ADD COLUMN personal_data TEXT NOT NULL DEFAULT '[]';
ALTER TABLE mentions ADD COLUMN language TEXT;
CREATE INDEX mentions_thread ON mentions (source, thread_id) WHERE thread_id IS NOT NULL;
CREATE INDEX mentions_open_needing_answer ON mentions (created_at, id)
  WHERE status = 'open' AND (complaint = 1 OR question = 1);
`;
