// Opens the database named by DATABASE_URL: a postgres:// URL selects PostgreSQL, anything else
// is a SQLite file path. The rest of the code sees one typed Kysely instance.
import { Kysely, sql, type KyselyConfig } from 'kysely';
import { AppError } from '../errors.js';
import { postgresConstraint, postgresDialect } from './dialect.postgres.js';
import { sqliteConstraint, sqliteDialect } from './dialect.sqlite.js';
import type { Schema } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Schema>;

export interface Database {
  db: Db;
  dialect: DialectName;
  /** Resolves when the database answers a trivial query. */
  ping: () => Promise<void>;
  close: () => Promise<void>;
  /** The PostgreSQL pool's client counts (metrics); absent on SQLite. */
  pool?: () => { total: number; idle: number; waiting: number };
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

export interface OpenOptions {
  /** Called after each query with its SQL, duration in seconds and whether it failed (metrics). */
  onQuery?: (sqlText: string, seconds: number, failed: boolean) => void;
}

export function openDatabase(url: string, options: OpenOptions = {}): Database {
  const dialect = dialectOf(url);
  const { onQuery } = options;
  const log: KyselyConfig['log'] = onQuery
    ? (event) => onQuery(event.query.sql, event.queryDurationMillis / 1000, event.level === 'error')
    : undefined;
  if (dialect === 'postgres') {
    const pg = postgresDialect(url);
    const db = new Kysely<Schema>({ dialect: pg.dialect, ...(log ? { log } : {}) });
    return {
      db,
      dialect,
      pool: pg.pool,
      ping: async () => void (await sql`select 1`.execute(db)),
      close: () => db.destroy(),
    };
  }
  const lite = sqliteDialect(url.replace(/^sqlite:(\/\/)?/, ''));
  const db = new Kysely<Schema>({ dialect: lite.dialect, ...(log ? { log } : {}) });
  return {
    db,
    dialect,
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => db.destroy(),
  };
}

/**
 * Runs a repository statement, translating driver constraint errors of either engine into
 * AppError codes with a user-facing message; other errors pass through untouched.
 */
export async function translateErrors<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    switch (sqliteConstraint(error) ?? postgresConstraint(error)) {
      case 'unique':
        throw new AppError('duplicate', `${what}: this value is already used.`, { cause: error });
      case 'foreign_key':
        throw new AppError(
          'invalid_reference',
          `${what}: it refers to something that does not exist.`,
          {
            cause: error,
          },
        );
      case 'not_null':
        throw new AppError('missing_field', `${what}: a required value is missing.`, {
          cause: error,
        });
      case undefined:
        throw error;
    }
  }
}
