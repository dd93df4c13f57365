import path from 'node:path';
import fs from 'node:fs';
import { openDatabase, migrate, openStore, SCHEMA_VERSION } from '../../src/store/db.js';
import { connect } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { mentionJsonQuery } from '../../src/store/mention-json.js';
import { listQuery } from '../../src/store/mentions.js';
import { MENTION_COLUMNS } from '../../src/store/mention-rows.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('database', () => {
  test('migrations run once, in order, and set user_version', () => {
    const dir = tempDir('db');
    const file = path.join(dir, 'nested', 'm.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  test('commands open the store migrated, loading the migrations only when the schema is older', async () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const dir = tempDir('db');
    const file = path.join(dir, 'store', 'm.db');
    const fresh = await openStore(file);
    expect(fresh.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    fresh.close();
    // A database left at version 3 by a previous release is brought up to date.
    const older = connect(file);
    older.exec(`DROP INDEX mentions_unanswered_complaints_json;
      CREATE INDEX mentions_unanswered_complaints ON mentions (created_at, id) WHERE status = 'open' AND complaint = 1;
      DROP TABLE crisis_episodes; ALTER TABLE alerts DROP COLUMN cancelled_at;
      ALTER TABLE source_state DROP COLUMN retry_at;`);
    older.pragma('user_version = 3');
    older.close();
    const upgraded = await openStore(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const index = upgraded.prepare('SELECT 1 FROM sqlite_master WHERE name = ?');
    expect(index.get('mentions_unanswered_complaints_json')).toBeDefined();
    // Migration 4 replaces the covering index of migration 2; migration 5 adds crisis episodes.
    expect(index.get('mentions_unanswered_complaints')).toBeUndefined();
    expect(index.get('crisis_episodes')).toBeDefined();
    const alertColumns = upgraded.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('alerts');
    expect(alertColumns).toContain('cancelled_at');
    // Migration 6 keeps the time a source's server asked scans to wait until.
    const stateColumns = upgraded
      .prepare('SELECT name FROM pragma_table_info(?)')
      .pluck()
      .all('source_state');
    expect(stateColumns).toContain('retry_at');
    upgraded.close();
    const newer = openDatabase(file);
    newer.pragma('user_version = 99');
    newer.close();
    await expect(openStore(file)).rejects.toThrow(/newer than this mentions/);
  });

  test('a failing migration leaves the previous version intact', () => {
    const db = openDatabase(':memory:');
    const broken = [...MIGRATIONS, { name: '999-broken', up: 'CREATE TABLE ok (x); THIS IS NOT SQL;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").get()).toBeUndefined();
  });

  test('a database from a newer version is refused with a clear message', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this mentions/);
  });

  test('reads select every column of mentions', () => {
    const db = openDatabase(':memory:');
    const columns = (db.pragma('table_info(mentions)') as { name: string }[]).map((c) => c.name);
    // A migration that adds a column must add it to MENTION_COLUMNS and MentionValues too.
    expect([...MENTION_COLUMNS].sort()).toEqual([...columns].sort());
  });

  const plans: [string, Parameters<typeof listQuery>[0]][] = [
    ['default view', { complaintsOnly: true, status: 'open' }],
    ['check: open complaints and questions', { complaintsOnly: true, needsAnswer: true, status: 'open' }],
    ['all', { complaintsOnly: false }],
    ['status', { complaintsOnly: false, status: 'answered' }],
    ['complaints of any status', { complaintsOnly: true }],
    ['brand', { complaintsOnly: true, status: 'open', brand: 'Acme' }],
    ['source', { complaintsOnly: false, source: 'rss:x' }],
    ['since', { complaintsOnly: false, since: new Date(), limit: 5 }],
    [
      'all filters',
      { complaintsOnly: true, status: 'open', brand: 'Acme', source: 'x', since: new Date(), limit: 1 },
    ],
  ];
  test.each(plans)('list query "%s" is served by an index', (_name, filter) => {
    const db = openDatabase(':memory:');
    const { sql, params } = listQuery(filter);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/USING (COVERING )?INDEX/);
    expect(details).not.toMatch(/SCAN mentions(?! USING)/);
  });
});

test('the default list and check use the partial indexes on open mentions', () => {
  const db = openDatabase(':memory:');
  const plan = (f: Parameters<typeof listQuery>[0]) => {
    const { sql, params } = listQuery(f);
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((p) => p.detail)
      .join(' | ');
  };
  expect(plan({ complaintsOnly: true, status: 'open' })).toContain(
    'USING INDEX mentions_unanswered_complaints_json',
  );
  expect(plan({ complaintsOnly: true, needsAnswer: true, status: 'open' })).toContain(
    'mentions_open_needing_answer',
  );
});

test('the default list as NDJSON reads ready-made JSON from its index, in list order', () => {
  const db = openDatabase(':memory:');
  const { sql, params } = mentionJsonQuery({ complaintsOnly: true, status: 'open' });
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((p) => p.detail)
    .join(' | ');
  expect(plan).toContain('USING INDEX mentions_unanswered_complaints_json');
  expect(plan).not.toContain('TEMP B-TREE');
  // SQLite reuses an indexed expression only when the query spells it the same way; then no JSON
  // function runs per row.
  const program = db.prepare(`EXPLAIN ${sql}`).all(...params) as { opcode: string; p4: unknown }[];
  const calls = program.filter((op) => op.opcode === 'Function' || op.opcode === 'PureFunc');
  expect(calls.map((op) => String(op.p4))).toEqual([]);
});

test('a file that is no database is named with how to fix it, and left as it was', async () => {
  const file = path.join(tempDir('notdb'), 'm.db');
  fs.writeFileSync(file, 'garbage\n');
  await expect(openStore(file)).rejects.toThrow(
    `database ${file}: not an SQLite database; set \`database:\` in the config to a mentions database file, or move this one away`,
  );
  expect(fs.readFileSync(file, 'utf8')).toBe('garbage\n');
});
