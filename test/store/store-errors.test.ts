/** SQLite failures said with the database file and what to do; a write check that writes nothing. */
import path from 'node:path';
import { openDatabase } from '../../src/store/db.js';
import { checkWritable, describeStoreError, sqliteCode } from '../../src/store/store-errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const sqliteError = (code: string) => Object.assign(new Error('sqlite says no'), { code });

test('a connection that cannot write fails the write check with SQLITE_READONLY, said in words', () => {
  const file = path.join(tempDir('store-errors'), 'm.db');
  const db = openDatabase(file);
  checkWritable(db);
  // The check rolls back: nothing is left behind.
  expect(db.prepare('SELECT count(*) FROM locks').pluck().get()).toBe(0);
  // Root ignores file permissions, so a read-only connection stands in for a read-only file.
  db.pragma('query_only = ON');
  let caught: unknown;
  try {
    checkWritable(db);
  } catch (err) {
    caught = err;
  }
  expect(sqliteCode(caught)).toMatch(/^SQLITE_READONLY/);
  expect(describeStoreError(caught, file)).toBe(
    `database ${file}: cannot write to it (the file, or its directory ${path.dirname(file)} where SQLite ` +
      'keeps m.db-wal and -shm, is read-only); make both writable by this user, or set `database:` to a writable place',
  );
  expect(db.inTransaction).toBe(false);
  db.close();
});

test.each([
  [
    'SQLITE_BUSY',
    /^database \/x\/m\.db: busy for 5 s \(another process holds it\); try again when it is done$/,
  ],
  ['SQLITE_READONLY_DIRECTORY', /^database \/x\/m\.db: cannot write to it/],
  ['SQLITE_FULL', /^database \/x\/m\.db: the disk is full; free some space and run again$/],
  [
    'SQLITE_CANTOPEN',
    /^database \/x\/m\.db: cannot open it or its -wal\/-shm files; check the path and permissions$/,
  ],
  ['SQLITE_CORRUPT', /^database \/x\/m\.db: the file is damaged; restore it from a backup/],
])('%s names the file and a fix', (code, message) => {
  expect(describeStoreError(sqliteError(code), '/x/m.db')).toMatch(message);
});

test('other errors keep their own message', () => {
  expect(describeStoreError(sqliteError('SQLITE_CONSTRAINT_UNIQUE'), '/x/m.db')).toBeUndefined();
  expect(describeStoreError(new Error('network down'), '/x/m.db')).toBeUndefined();
  expect(describeStoreError(null, '/x/m.db')).toBeUndefined();
});

test('the write check waits briefly while another connection writes, then says busy, and leaves no transaction', () => {
  const file = path.join(tempDir('store-errors'), 'busy.db');
  const db = openDatabase(file);
  const other = openDatabase(file);
  other.exec('BEGIN IMMEDIATE');
  let caught: unknown;
  try {
    checkWritable(db, 50);
  } catch (err) {
    caught = err;
  }
  expect(sqliteCode(caught)).toMatch(/^SQLITE_BUSY/);
  expect(db.inTransaction).toBe(false);
  // The connection's own busy timeout is as it was.
  expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  other.exec('ROLLBACK');
  checkWritable(db);
  other.close();
  db.close();
});

test('a write SQLite rolls back by itself is reported as its own error, not as a failed rollback', () => {
  const file = path.join(tempDir('store-errors'), 'full.db');
  const db = openDatabase(file);
  // A database that may not grow stands in for a full disk: fill it to the last page.
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const fill = db.prepare('INSERT INTO locks (name, pid, host, acquired_at) VALUES (?, 0, ?, 0)');
  // Big rows first, then small ones, until not even a small one fits.
  for (const size of [200, 0]) {
    try {
      for (let i = 0; i < 100_000; i++) fill.run(`fill ${size} ${i}`, 'x'.repeat(size));
    } catch {
      // full
    }
  }
  let caught: unknown;
  try {
    checkWritable(db);
  } catch (err) {
    caught = err;
  }
  expect(sqliteCode(caught)).toBe('SQLITE_FULL');
  expect(db.inTransaction).toBe(false);
  db.close();
});
