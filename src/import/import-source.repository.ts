// Every SQL statement about import source keys: (source, key) → the entity made from it.
import type { Db } from '../db/database.js';

export function importSourceRepository(db: Db) {
  return {
    async findEntityId(source: string, key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('import_source')
        .select('entity_id')
        .where('source', '=', source)
        .where('source_key', '=', key)
        .executeTakeFirst();
      return row?.entity_id;
    },

    /** Records (or moves) a key to an entity. */
    async saveKey(source: string, key: string, entityType: string, entityId: string, now: string) {
      const existing = await this.findEntityId(source, key);
      if (existing === undefined)
        await db
          .insertInto('import_source')
          .values({
            source,
            source_key: key,
            entity_type: entityType,
            entity_id: entityId,
            created_at: now,
            updated_at: now,
          })
          .execute();
      else if (existing !== entityId)
        await db
          .updateTable('import_source')
          .set({ entity_id: entityId, entity_type: entityType, updated_at: now })
          .where('source', '=', source)
          .where('source_key', '=', key)
          .execute();
    },
  };
}
