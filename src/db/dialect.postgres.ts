// PostgreSQL through node-postgres, selected by a postgres:// DATABASE_URL.
import { PostgresDialect } from 'kysely';
import pg from 'pg';

export function postgresDialect(url: string): {
  dialect: PostgresDialect;
  close: () => Promise<void>;
} {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { dialect: new PostgresDialect({ pool }), close: () => pool.end() };
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
