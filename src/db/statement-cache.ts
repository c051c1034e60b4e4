// better-sqlite3 compiles a statement on every `prepare`, and Kysely prepares every query it
// runs: compiling costs more than running most of our statements (an import runs the same few
// dozen statements tens of thousands of times). This keeps the most recently used compiled
// statements by their SQL text.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** `database` for Kysely's SqliteDialect, reusing up to `size` compiled statements. */
export function cachingDatabase(database: SQLite.Database, size = 256): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = database.prepare(sql);
      // Re-inserted last: the Map's first key is the least recently used.
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      const compiled = statement;
      return {
        reader: compiled.reader,
        all: (parameters) => compiled.all(parameters),
        run: (parameters) => compiled.run(parameters),
        // A statement being iterated cannot run again until the iteration ends: a stream gets a
        // statement of its own.
        iterate: (parameters) => database.prepare(sql).iterate(parameters),
      };
    },
  };
}
