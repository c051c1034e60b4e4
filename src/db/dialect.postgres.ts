// PostgreSQL through node-postgres, selected by a postgres:// DATABASE_URL.
import { createRequire } from 'node:module';
import { PostgresDialect } from 'kysely';
import type pgModule from 'pg';

// Loaded when a PostgreSQL URL is opened: a SQLite server never pays for the driver's memory.
const require = createRequire(import.meta.url);

export function postgresDialect(url: string): {
  dialect: PostgresDialect;
  close: () => Promise<void>;
  pool: () => { total: number; idle: number; waiting: number };
} {
  const pg = require('pg') as typeof pgModule;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    dialect: new PostgresDialect({ pool }),
    close: () => pool.end(),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/** Translates a PostgreSQL constraint error (SQLSTATE class 23) to a portable kind, or undefined. */
export function postgresConstraint(
  error: unknown,
): 'unique' | 'foreign_key' | 'not_null' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '23505') return 'unique';
  if (code === '23503') return 'foreign_key';
  if (code === '23502') return 'not_null';
  return undefined;
}
