// Every SQL statement of API rate limiting: one upsert per request, and the sweep of old windows.
import type { Db } from '../db/database.js';

export function rateLimitRepository(db: Db) {
  return {
    /** Counts one hit of `key` in the window starting at `windowStart`; returns the hits so far. */
    async hit(key: string, windowStart: number): Promise<number> {
      const row = await db
        .insertInto('rate_limit')
        .values({ key, window_start: windowStart, hits: 1 })
        .onConflict((oc) =>
          oc
            .columns(['key', 'window_start'])
            .doUpdateSet((eb) => ({ hits: eb('rate_limit.hits', '+', 1) })),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      return Number(row.hits);
    },

    /** Forgets the windows that started before `windowStart`. */
    async deleteWindowsBefore(windowStart: number): Promise<void> {
      await db.deleteFrom('rate_limit').where('window_start', '<', windowStart).execute();
    },
  };
}

export type RateLimitRepository = ReturnType<typeof rateLimitRepository>;
