/** Migration 2: the author's display name and the language the source reports (social sources). */
export const up = `
ALTER TABLE mentions ADD COLUMN author_name TEXT;
ALTER TABLE mentions ADD COLUMN lang TEXT;
`;
