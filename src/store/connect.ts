/** Opens the SQLite file: WAL and a busy timeout; migrations under PRAGMA user_version, loaded only when due. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migrations/index.js';
import type { Db } from './statements.js';
import { RuntimeError } from '../errors.js';
import { makeDirs } from '../make-dirs.js';
import { BUSY_MS, describeStoreError, sqliteCode, whileBusy } from './store-errors.js';

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

/** The schema version of a current database: the number of migrations (a test keeps the two equal). */
export const SCHEMA_VERSION = 6;

/**
 * Opens the store for a command: the file (created if needed), migrated when its schema is older. The
 * migrations' SQL is loaded only then, so commands on a current database start faster.
 */
export async function openStore(file: string): Promise<Db> {
  const db = connect(file);
  try {
    if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
      migrate(db, (await import('./migrations/index.js')).MIGRATIONS, file);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** Creates the directory of the database at `file`, or says which one it cannot and why. */
function makeDatabaseDir(file: string): void {
  const dir = path.dirname(file);
  try {
    makeDirs(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new RuntimeError(
      `database ${file}: cannot create its directory ${dir} (${code}); check the database path and permissions`,
      { cause: err },
    );
  }
}

/** Opens (creating if needed) the database at `file` with WAL and a busy timeout, without migrating. */
export function connect(file: string): Db {
  if (file !== ':memory:') makeDatabaseDir(file);
  let db: Db;
  try {
    db = new Database(file, { timeout: BUSY_MS, nativeBinding: addonPath() });
  } catch (err) {
    throw new RuntimeError(
      `database ${file}: cannot open (${(err as Error).message}); check the path and permissions`,
      {
        cause: err,
      },
    );
  }
  try {
    whileBusy(() => db.pragma('journal_mode = WAL'), Date.now() + BUSY_MS);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    const described = describeStoreError(err, file);
    if (described !== undefined) throw new RuntimeError(described, { cause: err });
    // SQLite reads the file only now: a file of another kind fails here, and is left as it is.
    const notDb = sqliteCode(err) === 'SQLITE_NOTADB';
    const why = notDb ? 'not an SQLite database' : (err as Error).message;
    throw new RuntimeError(
      `database ${file}: ${why}; set \`database:\` in the config to a mentions database file, or move this one away`,
      { cause: err },
    );
  }
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
