/** Loads the TWCS sample (customer tweets to brands and the brands' replies) into a mentions database. */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/classify/csv.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention, setStatus } from '../../src/store/mentions.js';
import { insertBrandReply } from '../../src/store/replies.js';
import { ROOT } from '../helpers/cli.js';
import { ACME_FEED, workspace, type Workspace } from '../helpers/e2e-setup.js';
import { newMention } from '../helpers/mentions.js';

export const TWCS_CSV = path.join(ROOT, 'test', 'fixtures', 'twcs', 'twcs-sample.csv');
export const TWCS_SOURCE = 'twitter:twcs';

/** One row of the sample. */
export interface Tweet {
  id: string;
  author: string;
  inbound: boolean;
  createdAt: Date;
  text: string;
  inResponseTo: string | null;
}

/** Every tweet of the sample, in file order. */
export function readTwcs(): Tweet[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(TWCS_CSV, 'utf8'));
  const col = (name: string) => header.indexOf(name);
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => ({
      id: r[col('tweet_id')],
      author: r[col('author_id')],
      inbound: r[col('inbound')] === 'True',
      createdAt: new Date(r[col('created_at')]),
      text: r[col('text')],
      inResponseTo: r[col('in_response_to_tweet_id')] || null,
    }));
}

/** The brands' accounts (authors of outbound tweets), sorted. */
export function twcsBrands(tweets: Tweet[]): string[] {
  return [...new Set(tweets.filter((t) => !t.inbound).map((t) => t.author))].sort();
}

/** Brands as YAML list items, each matched by its account name. */
export function brandsYaml(brands: string[]): string {
  return brands.map((b) => `  - name: ${b}\n    keywords: [${b.toLowerCase()}]`).join('\n');
}

/** The brand replies to one customer tweet, earliest first. */
export function repliesTo(tweets: Tweet[], id: string): Tweet[] {
  return tweets
    .filter((t) => !t.inbound && t.inResponseTo === id)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Stores every inbound tweet as a complaint (brand: the account that replied, else an account it
 * addresses), marks it answered (auto) at the first brand reply, and stores every brand reply.
 * Returns the mention id of each customer tweet id.
 */
export function loadTwcs(db: Db, tweets: Tweet[] = readTwcs()): Map<string, number> {
  const brands = twcsBrands(tweets);
  const ids = new Map<string, number>();
  for (const t of tweets.filter((x) => x.inbound)) {
    const id = ids.size + 1;
    const first = repliesTo(tweets, t.id)[0];
    const addressed = brands.find((b) => t.text.toLowerCase().includes(`@${b.toLowerCase()}`));
    insertMention(
      db,
      newMention({
        id,
        source: TWCS_SOURCE,
        sourceType: 'twitter',
        externalId: t.id,
        brand: first?.author ?? addressed ?? null,
        author: t.author,
        text: t.text,
        createdAt: t.createdAt,
        firstSeenAt: t.createdAt,
        complaint: true,
      }),
    );
    ids.set(t.id, id);
    if (first) {
      setStatus(db, [id], {
        status: 'answered',
        at: first.createdAt,
        by: 'auto',
        recordedAt: first.createdAt,
      });
    }
  }
  for (const r of tweets.filter((x) => !x.inbound)) {
    const mentionId = r.inResponseTo === null ? null : (ids.get(r.inResponseTo) ?? null);
    insertBrandReply(db, {
      source: TWCS_SOURCE,
      replyId: r.id,
      mentionId,
      text: r.text,
      createdAt: r.createdAt,
    });
  }
  return ids;
}

/** A workspace whose config names the sample's brands, its database loaded with `tweets`. */
export function twcsWorkspace(tweets: Tweet[] = readTwcs()): Workspace {
  const ws = workspace([{ name: 'feed', url: ACME_FEED }], { brands: brandsYaml(twcsBrands(tweets)) });
  const db = openDatabase(ws.db);
  loadTwcs(db, tweets);
  db.close();
  return ws;
}
