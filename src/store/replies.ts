/** Queries over `brand_replies`: the brand's own replies seen by sources, with the mention each answers. */
import { stmt, type Db } from './statements.js';

/** A brand reply joined with the mention it answers (when known). */
export interface BrandReply {
  id: number;
  source: string;
  /** The reply's id at the source. */
  replyId: string;
  mentionId: number | null;
  text: string;
  createdAt: Date;
  /** The answered mention's text, for checking what the reply repeats. */
  mentionText: string | null;
  mentionBrand: string | null;
}

/** A reply to store: what a source saw. */
export interface NewBrandReply {
  source: string;
  replyId: string;
  mentionId: number | null;
  text: string;
  createdAt: Date;
}

interface ReplyRow {
  id: number;
  source: string;
  reply_id: string;
  mention_id: number | null;
  text: string;
  created_at: number;
  mention_text: string | null;
  mention_brand: string | null;
}

/** SQL of {@link repliesSince}: a range on brand_replies_created, then the mention by primary key. */
export const REPLIES_SINCE_SQL = `SELECT r.id, r.source, r.reply_id, r.mention_id, r.text, r.created_at,
    m.text AS mention_text, m.brand AS mention_brand
  FROM brand_replies r LEFT JOIN mentions m ON m.id = r.mention_id
  WHERE r.created_at >= ? ORDER BY r.created_at, r.id`;

/** Brand replies created since `since`, oldest first. */
export function repliesSince(db: Db, since: Date): BrandReply[] {
  const rows = stmt(db, REPLIES_SINCE_SQL).all(since.getTime()) as ReplyRow[];
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    replyId: r.reply_id,
    mentionId: r.mention_id,
    text: r.text,
    createdAt: new Date(r.created_at),
    mentionText: r.mention_text,
    mentionBrand: r.mention_brand,
  }));
}

/** Stores a brand reply once per (source, reply id); returns false when it was already stored. */
export function insertBrandReply(db: Db, reply: NewBrandReply): boolean {
  const result = stmt(
    db,
    'INSERT INTO brand_replies (source, reply_id, mention_id, text, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(reply.source, reply.replyId, reply.mentionId, reply.text, reply.createdAt.getTime());
  return result.changes === 1;
}
