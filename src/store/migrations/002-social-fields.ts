/** Migration 2: author name, language, thread, and the classifier's severity, personal data and language. */
export const up = `
ALTER TABLE mentions ADD COLUMN author_name TEXT;
ALTER TABLE mentions ADD COLUMN author_followers INTEGER;
ALTER TABLE mentions ADD COLUMN lang TEXT;
ALTER TABLE mentions ADD COLUMN thread_id TEXT;
ALTER TABLE mentions ADD COLUMN severity INTEGER;
ALTER TABLE mentions ADD COLUMN personal_data TEXT NOT NULL DEFAULT '[]';
ALTER TABLE mentions ADD COLUMN language TEXT;
CREATE INDEX mentions_thread ON mentions (source, thread_id) WHERE thread_id IS NOT NULL;
CREATE INDEX mentions_open_needing_answer ON mentions (created_at, id)
  WHERE status = 'open' AND (complaint = 1 OR question = 1);

-- The default list reads every column of the open complaints: a covering partial index keeps those
-- few rows together, instead of one scattered table page per row in a database of millions.
DROP INDEX mentions_unanswered_complaints;
CREATE INDEX mentions_unanswered_complaints ON mentions (
  created_at, id, source, source_type, external_id, brand, url, canonical_url, author, author_name, author_followers, lang,
  thread_id, title, text, first_seen_at, complaint, complaint_score, severity, personal_data, language,
  reasons, question, status, answered_at, answered_by, note, rating, reach
) WHERE status = 'open' AND complaint = 1;
`;
