// SQLite through better-sqlite3: a file under ./data (or :memory:), WAL, foreign keys on.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { cachingDatabase } from './statement-cache.js';

export function sqliteDialect(path: string): { dialect: SqliteDialect; close: () => void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  return {
    dialect: new SqliteDialect({ database: cachingDatabase(database) }),
    close: () => database.close(),
  };
}

/** Translates a better-sqlite3 constraint error to a portable kind, or undefined. */
export function sqliteConstraint(
  error: unknown,
): 'unique' | 'foreign_key' | 'not_null' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return 'unique';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return 'not_null';
  return undefined;
}
