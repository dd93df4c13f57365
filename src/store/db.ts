/** The store with every migration loaded: what scripts and tests open; and the upkeep after a scan. */
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { connect, migrate } from './connect.js';
import type { Db } from './statements.js';

export { migrate, openStore, SCHEMA_VERSION } from './connect.js';
export { rawStmt, stmt, type Db } from './statements.js';

/** Opens (creating if needed) the database at `file` and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = connect(file);
  migrate(db, migrations, file);
  return db;
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
