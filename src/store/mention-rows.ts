/** Maps between database rows and Mention objects; the column list lives here once. */
import type { AnsweredBy, Mention, MentionStatus } from '../mention.js';

/** The columns of `mentions` as better-sqlite3 returns them. */
export interface MentionRow {
  id: number;
  source: string;
  source_type: string;
  external_id: string;
  brand: string | null;
  url: string | null;
  canonical_url: string | null;
  author: string | null;
  author_name: string | null;
  author_followers: number | null;
  lang: string | null;
  thread_id: string | null;
  title: string | null;
  text: string;
  created_at: number;
  first_seen_at: number;
  complaint: number;
  complaint_score: number;
  severity: number | null;
  personal_data: string;
  language: string | null;
  reasons: string;
  question: number;
  status: MentionStatus;
  answered_at: number | null;
  answered_by: AnsweredBy | null;
  note: string | null;
  rating: number | null;
  reach: number | null;
}

/** Everything needed to insert a mention; `id` only when importing. */
export type NewMention = Omit<Mention, 'id'> & { id?: number; canonicalUrl: string | null };

/**
 * Every column of `mentions`, in the order reads select them. Reads fetch rows as value arrays (better-sqlite3's
 * raw mode) rather than objects: a listing of thousands of rows then spends a third less time in the driver.
 */
export const MENTION_COLUMNS = [
  'id',
  'source',
  'source_type',
  'external_id',
  'brand',
  'url',
  'canonical_url',
  'author',
  'author_name',
  'author_followers',
  'lang',
  'thread_id',
  'title',
  'text',
  'created_at',
  'first_seen_at',
  'complaint',
  'complaint_score',
  'severity',
  'personal_data',
  'language',
  'reasons',
  'question',
  'status',
  'answered_at',
  'answered_by',
  'note',
  'rating',
  'reach',
] as const satisfies readonly (keyof MentionRow)[];

/** `SELECT ${SELECT_MENTION} FROM mentions …` yields {@link MentionValues}. */
export const SELECT_MENTION = MENTION_COLUMNS.join(', ');

/** One row selected with {@link SELECT_MENTION} in raw mode: the values in {@link MENTION_COLUMNS} order. */
export type MentionValues = {
  -readonly [I in keyof typeof MENTION_COLUMNS]: MentionRow[(typeof MENTION_COLUMNS)[I] & keyof MentionRow];
};

/** The columns an insert names (all but `id`, which SQLite assigns unless an import keeps one). */
const INSERTED = MENTION_COLUMNS.filter((c) => c !== 'id');
export const INSERT_COLUMNS = INSERTED.join(', ');
/** The named parameters for INSERT_COLUMNS, as {@link mentionToParams} gives them. */
export const INSERT_VALUES = INSERTED.map((c) => `@${c}`).join(', ');

/** A JSON array column; the common empty one without a parse. */
function parseList(json: string): string[] {
  return json === '[]' ? [] : (JSON.parse(json) as string[]);
}

/** A stored row (see {@link MentionValues}) as a Mention. */
export function rowToMention(v: MentionValues): Mention {
  return {
    id: v[0],
    source: v[1],
    sourceType: v[2],
    externalId: v[3],
    brand: v[4],
    url: v[5],
    author: v[7],
    authorName: v[8],
    authorFollowers: v[9],
    lang: v[10],
    threadId: v[11],
    title: v[12],
    text: v[13],
    createdAt: new Date(v[14]),
    firstSeenAt: new Date(v[15]),
    complaint: v[16] === 1,
    complaintScore: v[17],
    severity: v[18],
    personalData: parseList(v[19]),
    language: v[20],
    reasons: parseList(v[21]),
    question: v[22] === 1,
    status: v[23],
    answeredAt: v[24] === null ? null : new Date(v[24]),
    answeredBy: v[25],
    note: v[26],
    rating: v[27],
    reach: v[28],
  };
}

/** A mention as named parameters for INSERT_VALUES. */
export function mentionToParams(m: NewMention): Omit<MentionRow, 'id'> {
  return {
    source: m.source,
    source_type: m.sourceType,
    external_id: m.externalId,
    brand: m.brand,
    url: m.url,
    canonical_url: m.canonicalUrl,
    author: m.author,
    author_name: m.authorName,
    author_followers: m.authorFollowers,
    lang: m.lang,
    thread_id: m.threadId,
    title: m.title,
    text: m.text,
    created_at: m.createdAt.getTime(),
    first_seen_at: m.firstSeenAt.getTime(),
    complaint: m.complaint ? 1 : 0,
    complaint_score: m.complaintScore,
    severity: m.severity,
    personal_data: JSON.stringify(m.personalData),
    language: m.language,
    reasons: JSON.stringify(m.reasons),
    question: m.question ? 1 : 0,
    status: m.status,
    answered_at: m.answeredAt ? m.answeredAt.getTime() : null,
    answered_by: m.answeredBy,
    note: m.note,
    rating: m.rating,
    reach: m.reach,
  };
}
