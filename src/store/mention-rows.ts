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

export const INSERT_COLUMNS = `source, source_type, external_id, brand, url, canonical_url, author, author_name, author_followers, lang, thread_id, title, text,
  created_at, first_seen_at, complaint, complaint_score, severity, personal_data, language, reasons, question, status, answered_at, answered_by,
  note, rating, reach`;
export const INSERT_VALUES = `@source, @source_type, @external_id, @brand, @url, @canonical_url, @author, @author_name, @author_followers, @lang, @thread_id, @title,
  @text, @created_at, @first_seen_at, @complaint, @complaint_score, @severity, @personal_data, @language, @reasons, @question, @status, @answered_at,
  @answered_by, @note, @rating, @reach`;

/** A stored row as a Mention. */
export function rowToMention(r: MentionRow): Mention {
  return {
    id: r.id,
    source: r.source,
    sourceType: r.source_type,
    externalId: r.external_id,
    brand: r.brand,
    url: r.url,
    author: r.author,
    authorName: r.author_name,
    authorFollowers: r.author_followers,
    lang: r.lang,
    threadId: r.thread_id,
    title: r.title,
    text: r.text,
    createdAt: new Date(r.created_at),
    firstSeenAt: new Date(r.first_seen_at),
    complaint: r.complaint === 1,
    complaintScore: r.complaint_score,
    severity: r.severity,
    personalData: JSON.parse(r.personal_data) as string[],
    language: r.language,
    reasons: JSON.parse(r.reasons) as string[],
    question: r.question === 1,
    status: r.status,
    answeredAt: r.answered_at === null ? null : new Date(r.answered_at),
    answeredBy: r.answered_by,
    note: r.note,
    rating: r.rating,
    reach: r.reach,
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
