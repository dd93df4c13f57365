/** Shared setup for the alert tests: a config with channels, a fresh store, mentions, a movable clock. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checker } from '../../src/config/checks.js';
import { readNotify } from '../../src/config/notify-schema.js';
import type { Config } from '../../src/config/schema.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { insertMention, iterateMentions } from '../../src/store/mentions.js';
import type { NewMention } from '../../src/store/mention-rows.js';
import type { RunAlertsDeps } from '../../src/notify/run-alerts.js';
import { newMention } from '../helpers/mentions.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** When `newMention()` mentions are created by default. */
export const CREATED = new Date('2026-11-24T08:00:00Z');

/** A config with two brands, two sources, SLA 1h/24h and the given `notify` list (which must be valid). */
export function notifyConfig(notify: unknown[], over: Partial<Config> = {}): Config {
  const check = new Checker();
  const channels = readNotify(notify, check);
  if (check.problems.length > 0) throw new Error(JSON.stringify(check.problems));
  const brand = (name: string) => ({ name, keywords: [name.toLowerCase()], exclude: [], handles: {} });
  return {
    file: path.join(FIXTURES, 'mentions.yaml'),
    baseDir: FIXTURES,
    database: ':memory:',
    concurrency: 1,
    timeoutSeconds: 5,
    sla: { firstResponseSeconds: 3600, maxSeconds: 86400 },
    brands: [brand('Acme'), brand('Beta')],
    sources: [
      { type: 'rss', name: 'twitter' },
      { type: 'rss', name: 'reddit' },
    ],
    notify: channels,
    crisis: { windowSeconds: 3600, baselineDays: 14, sigma: 3, minCount: 5 },
    secrets: [],
    ...over,
  };
}

/** A migrated in-memory store. */
export function freshDb(): Db {
  return openDatabase(':memory:');
}

/** Inserts a complaint (override what the test is about) and returns its id. */
export function addMention(db: Db, over: Partial<NewMention> = {}): number {
  const m = newMention({ source: 'twitter', url: 'https://twitter.com/someone/status/1', ...over });
  insertMention(db, m);
  const stored = [...iterateMentions(db, { complaintsOnly: false })].find(
    (x) => x.externalId === m.externalId,
  );
  if (!stored) throw new Error('mention not stored');
  return stored.id;
}

/** A clock the test moves by hand. */
export function clock(start: string): { now: () => Date; set: (iso: string) => void } {
  let t = new Date(start);
  return { now: () => t, set: (iso) => (t = new Date(iso)) };
}

/** The deps of a run with no waiting: `delays` records each back-off the run asked for. */
export function runDeps(
  db: Db,
  config: Config,
  now: () => Date,
  over: Partial<RunAlertsDeps> = {},
): RunAlertsDeps & { delays: number[]; lines: string[] } {
  const delays: number[] = [];
  const lines: string[] = [];
  return {
    db,
    config,
    now,
    fetch: globalThis.fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    newComplaintIds: [],
    crises: [],
    log: (line) => lines.push(line),
    delays,
    lines,
    ...over,
  };
}
