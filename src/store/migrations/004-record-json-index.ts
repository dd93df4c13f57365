/**
 * Migration 4: the default `list` (open complaints, oldest first) as ready-made JSON. A partial index
 * over the open complaints stores the JSON that SQLite writes for each record's stored fields, in list
 * order, so printing them reads it back instead of building it again for every row on every run.
 *
 * store/mention-json.ts selects these very expressions: SQLite reuses an indexed expression only when the
 * query spells the same one. Records that need other fields get a new migration and index.
 */

const iso = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`;

/** The instants strftime writes exactly like Date.toISOString: years 0000 to 9999. */
const inRange = (column: string): string => `${column} BETWEEN -62167219200000 AND 253402300799999`;

/**
 * The record from `id` to `complaint`. SQLite escapes strings exactly as JSON.stringify does but prints
 * REAL values its own way (4.0, 1.0e+21), so the score, rating and reach are left to JavaScript.
 */
export const RECORD_HEAD = `json_object('id', id, 'source', source, 'sourceType', source_type,
  'externalId', external_id, 'brand', brand, 'url', url, 'author', author, 'authorName', author_name,
  'authorFollowers', author_followers, 'lang', lang, 'threadId', thread_id, 'title', title, 'text', text,
  'createdAt', ${iso('created_at')}, 'firstSeenAt', ${iso('first_seen_at')},
  'complaint', json(iif(complaint = 1, 'true', 'false')))`;

/** The record from `severity` to `note`; the stored lists were written by JSON.stringify. */
export const RECORD_MIDDLE = `json_object('severity', severity, 'personalData', json(personal_data),
  'language', language, 'reasons', json(reasons), 'question', json(iif(question = 1, 'true', 'false')),
  'status', status, 'answeredAt', iif(answered_at IS NULL, NULL, ${iso('answered_at')}),
  'answeredBy', answered_by, 'note', note)`;

/** 1 when every date in the fragments is exact; else the record must be written another way. */
export const RECORD_DATES_EXACT = `${inRange('created_at')} AND ${inRange('first_seen_at')}
  AND (answered_at IS NULL OR ${inRange('answered_at')})`;

// It replaces migration 2's covering index: the record path reads the few rows it lists from the table
// (they are recent, so close together), and a store where complaints stay open pays for one copy, not two.
export const up = `
DROP INDEX IF EXISTS mentions_unanswered_complaints;
CREATE INDEX mentions_unanswered_complaints_json ON mentions (
  created_at, coalesce(severity, 0) DESC, coalesce(reach, 0) DESC, id,
  ${RECORD_HEAD}, complaint_score, ${RECORD_MIDDLE}, rating, reach, ${RECORD_DATES_EXACT},
  source, brand, status, answered_at
) WHERE status = 'open' AND complaint = 1;
`;
