/**
 * Migration 4: the default `list` (open complaints, oldest first) as ready-made JSON. A partial index
 * over the open complaints stores the JSON that SQLite writes for each record's stored fields, in list
 * order, so printing them reads it back instead of building it again for every row on every run.
 *
 * store/mention-json.ts selects these very expressions: SQLite reuses an indexed expression only when the
 * query spells the same one. Records that need other fields get a new migration and index.
 */

const iso = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`;

/** The score as records round it (roundScore in output/fields.ts), printed as JavaScript prints it. */
const SCORE = `json(rtrim(rtrim(printf('%.3f', (CAST(complaint_score * 1000 AS INTEGER)
  + (complaint_score * 1000 - CAST(complaint_score * 1000 AS INTEGER) >= 0.5)) / 1000.0), '0'), '.'))`;

/**
 * The record's stored fields, `id` to `reach`, as JSON. SQLite escapes strings exactly as JSON.stringify
 * does; the stored lists were written by JSON.stringify. It prints REAL values its own way (4.0, 1.0e+21),
 * so a whole rating is printed as an integer, and RECORD_EXACT says when the rest agree.
 */
export const RECORD_JSON = `json_object('id', id, 'source', source, 'sourceType', source_type,
  'externalId', external_id, 'brand', brand, 'url', url, 'author', author, 'authorName', author_name,
  'authorFollowers', author_followers, 'lang', lang, 'threadId', thread_id, 'title', title, 'text', text,
  'createdAt', ${iso('created_at')}, 'firstSeenAt', ${iso('first_seen_at')},
  'complaint', json(iif(complaint = 1, 'true', 'false')), 'complaintScore', ${SCORE},
  'severity', severity, 'personalData', json(personal_data), 'language', language,
  'reasons', json(reasons), 'question', json(iif(question = 1, 'true', 'false')), 'status', status,
  'answeredAt', iif(answered_at IS NULL, NULL, ${iso('answered_at')}), 'answeredBy', answered_by,
  'note', note, 'rating', iif(rating = CAST(rating AS INTEGER), CAST(rating AS INTEGER), rating),
  'reach', reach)`;

/** An integer JavaScript holds exactly (or null). */
const exactInteger = (column: string): string =>
  `(${column} IS NULL OR (typeof(${column}) = 'integer'
    AND ${column} BETWEEN -9007199254740991 AND 9007199254740991))`;

/** strftime writes years 0000 to 9999 exactly like Date.toISOString. */
const exactTime = (column: string): string => `${column} BETWEEN -62167219200000 AND 253402300799999`;

/**
 * 1 when RECORD_JSON is exactly the text JSON.stringify gives for the record's stored fields: the
 * numbers are integers JavaScript holds, the score lies in 0..1, the rating is a whole number or a
 * quarter below 10^15, and the dates lie in the years 0000 to 9999. Else the record is written another way.
 */
export const RECORD_EXACT = `${exactInteger('id')} AND ${exactInteger('author_followers')}
  AND ${exactInteger('severity')} AND ${exactInteger('reach')} AND complaint_score BETWEEN 0 AND 1
  AND (rating IS NULL OR (abs(rating) < 1e15 AND rating * 4 = CAST(rating * 4 AS INTEGER)))
  AND ${exactTime('created_at')} AND ${exactTime('first_seen_at')}
  AND (answered_at IS NULL OR ${exactTime('answered_at')})`;

// It replaces migration 2's covering index: the record path reads the few rows it lists from the table
// (they are recent, so close together), and a store where complaints stay open pays for one copy, not two.
export const up = `
DROP INDEX IF EXISTS mentions_unanswered_complaints;
CREATE INDEX mentions_unanswered_complaints_json ON mentions (
  created_at, coalesce(severity, 0) DESC, coalesce(reach, 0) DESC, id,
  ${RECORD_JSON}, ${RECORD_EXACT}, source, brand, status, answered_at
) WHERE status = 'open' AND complaint = 1;
`;
