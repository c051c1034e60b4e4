// The read detection makes of the suggestion stop-list (names rejected everywhere). The entity
// inbox owns the list and writes it (src/inbox/inbox.repository.ts).
import type { Db } from '../db/database.js';

export function stopListRepository(db: Db) {
  return {
    /** Every listed `kind:name key`. */
    async listStopKeys(): Promise<Set<string>> {
      const rows = await db
        .selectFrom('suggestion_stop')
        .select(['entity_type', 'name_key'])
        .execute();
      return new Set(rows.map((r) => `${r.entity_type}:${r.name_key}`));
    },
  };
}

export type StopListRepository = ReturnType<typeof stopListRepository>;
