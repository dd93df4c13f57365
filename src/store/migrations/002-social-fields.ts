/** Migration 2: fields of social sources: author display name, language, and the thread a post belongs to. */
export const up = `
ALTER TABLE mentions ADD COLUMN author_name TEXT;
ALTER TABLE mentions ADD COLUMN lang TEXT;
ALTER TABLE mentions ADD COLUMN thread_id TEXT;
CREATE INDEX mentions_thread ON mentions (source, thread_id) WHERE thread_id IS NOT NULL;
`;
