/** Opens the SQLite store: WAL, a busy timeout, and migrations under PRAGMA user_version. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { RuntimeError } from '../errors.js';

// Loaded with require, not import: importing a CommonJS package from ESM first scans its source for
// export names, which costs every command a few milliseconds at start.
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

/**
 * The compiled addon where npm builds it. Left to itself, better-sqlite3 finds it through the `bindings`
 * package, which tries a dozen paths on every start (about 2 ms); elsewhere it still does.
 */
function addonPath(): string | undefined {
  if (addon === undefined) {
    const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
    const built = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
    addon = fs.existsSync(built) ? built : null;
  }
  return addon ?? undefined;
}
let addon: string | null | undefined;

export type Db = BetterSqlite3.Database;

/** Opens (creating if needed) the database at `file` and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { timeout: 5000, nativeBinding: addonPath() });
  } catch (err) {
    throw new RuntimeError(
      `database ${file}: cannot open (${(err as Error).message}); check the path and permissions`,
      {
        cause: err,
      },
    );
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, file);
  return db;
}

/** Runs each pending migration in its own transaction, bumping user_version with it. */
export function migrate(db: Db, migrations: readonly Migration[], file = 'database'): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new RuntimeError(
      `${file}: schema version ${current} is newer than this mentions (${migrations.length}); upgrade mentions`,
    );
  }
  for (let v = current; v < migrations.length; v++) {
    const step = db.transaction(() => {
      // Re-check inside the write lock: another process may have migrated meanwhile.
      if ((db.pragma('user_version', { simple: true }) as number) !== v) return;
      db.exec(migrations[v].up);
      db.pragma(`user_version = ${v + 1}`);
    });
    step.immediate();
  }
}

/**
 * After a scan: refresh the planner's statistics, with a bounded sample so it stays cheap. The WAL is
 * left to SQLite's automatic checkpoints, which run during the scan while fetches wait on the network;
 * deferring them all to the end made the end of a first scan wait about 50 ms on one large checkpoint.
 */
export function afterScan(db: Db): void {
  db.pragma('analysis_limit = 400');
  db.pragma('optimize');
}

const cache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();
const rawCache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, compiled once per connection and reused. */
export function stmt(db: Db, sql: string): BetterSqlite3.Statement {
  return cached(cache, db, sql, false);
}

/** Like {@link stmt}, for a query whose rows come back as arrays of values in select-list order. */
export function rawStmt(db: Db, sql: string): BetterSqlite3.Statement {
  return cached(rawCache, db, sql, true);
}

function cached(
  caches: WeakMap<Db, Map<string, BetterSqlite3.Statement>>,
  db: Db,
  sql: string,
  raw: boolean,
): BetterSqlite3.Statement {
  let byText = caches.get(db);
  if (!byText) caches.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = raw ? db.prepare(sql).raw(true) : db.prepare(sql)));
  return s;
}
