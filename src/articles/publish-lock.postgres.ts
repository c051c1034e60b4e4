// PostgreSQL: only the instance holding a session advisory lock publishes scheduled articles,
// on the one connection that holds it (released at the end, or when the connection dies).
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** An arbitrary constant naming the scheduled-publication lock among advisory locks. */
const lockKey = 0x636f6e73; // "cons"

export async function withPublishLock<T>(
  db: Db,
  run: (on: Db) => Promise<T>,
): Promise<T | undefined> {
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`
      select pg_try_advisory_lock(${lockKey}) as locked`.execute(conn);
    if (!rows[0]?.locked) return undefined;
    try {
      return await run(conn);
    } finally {
      await sql`select pg_advisory_unlock(${lockKey})`.execute(conn);
    }
  });
}
