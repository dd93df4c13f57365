/** The shapes a mention takes from the moment a source finds it to the moment it is printed. */

export type MentionStatus = 'open' | 'answered' | 'ignored';
export const MENTION_STATUSES: readonly MentionStatus[] = ['open', 'answered', 'ignored'];

/** Who marked a mention answered: the tool itself (the source showed the brand's reply) or a person. */
export type AnsweredBy = 'auto' | 'manual';

/** What the classifier says about one text. */
export interface Classification {
  complaint: boolean;
  /** Probability-like score in 0..1 that the text is a complaint. */
  complaintScore: number;
  /** Short, human-readable signals that decided the score, strongest first. */
  reasons: string[];
  question: boolean;
  /** For complaints: 1 no explicit reproach, 2 disapproval, 3 accusation, 4 blame. */
  severity?: number;
  /** Kinds of personal data posted in public (`email`, `phone`, `reference`, `card`, `address`), never values. */
  personalData?: string[];
  /** ISO 639-1 code of the text's language as detected (`und` when nothing tells). */
  language?: string;
}

/** A mention as a source returns it: normalised, not yet stored or classified. */
export interface FoundMention {
  /** Stable id within the source (entry id, tweet id …); the store is unique on (source, externalId). */
  externalId: string;
  url?: string;
  /**
   * Set when `url` is a page many mentions share (an App Store review links only to the app's reviews
   * page): it is shown, but does not make two mentions the same.
   */
  sharedUrl?: boolean;
  /** Handle or user name at the source (e.g. `jdoe`), as people address them. */
  author?: string;
  /** Display name, where the source has one separate from the handle. */
  authorName?: string;
  /** The author's follower count, where the source gives it. */
  authorFollowers?: number;
  /** Language code the source reports (e.g. `en`). */
  lang?: string;
  /** The conversation/thread the post belongs to (tweet conversation_id, Facebook post id …). */
  threadId?: string;
  title?: string;
  /** Plain text (HTML stripped, entities decoded); may be empty when only a title exists. */
  text: string;
  createdAt?: Date;
  /** Set when the source itself knows which brand this belongs to. */
  brand?: string;
  /** Star rating, for review sources (1..5). */
  rating?: number;
  /** Audience figure (followers, likes …) used for ranking. */
  reach?: number;
}

/** A stored mention, as list/show/export see it. Times are Date objects; outputs format them. */
export interface Mention extends Omit<Classification, 'severity' | 'personalData' | 'language'> {
  severity: number | null;
  /** Kinds of personal data the author posted in public (`email`, `phone` …), never the values. */
  personalData: string[];
  /** Language the classifier detected (ISO 639-1, `und` when unclear). */
  language: string | null;
  id: number;
  source: string;
  sourceType: string;
  externalId: string;
  brand: string | null;
  url: string | null;
  author: string | null;
  authorName: string | null;
  authorFollowers: number | null;
  lang: string | null;
  threadId: string | null;
  title: string | null;
  text: string;
  createdAt: Date;
  firstSeenAt: Date;
  status: MentionStatus;
  answeredAt: Date | null;
  answeredBy: AnsweredBy | null;
  note: string | null;
  rating: number | null;
  reach: number | null;
}
