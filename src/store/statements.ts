/** Prepared statements, compiled once per connection and reused; what every store module queries with. */
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

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
