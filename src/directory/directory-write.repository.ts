// The SQL every directory kind writes the same way: its own row, rows keyed by its id (texts per
// locale, countries, links), links that spare trashed targets, and the slug check. Table and
// column names come from the kinds' constants, never from input.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import type { DirectoryType } from './directory-kind.js';

type Row = Record<string, unknown>;

export function directoryWriteRepository(db: Db) {
  return {
    /** Inserts the entry's row when `created`, else updates it (version is the service's). */
    async writeEntryRow(
      table: DirectoryType,
      id: string,
      values: Row,
      now: string,
      created: boolean,
    ): Promise<void> {
      if (created)
        await db
          .insertInto(table)
          .values({ id, ...values, created_at: now, updated_at: now } as never)
          .execute();
      else
        await db
          .updateTable(table)
          .set(values as never)
          .where('id', '=', id)
          .execute();
    },

    /**
     * Replaces the rows of `table` that belong to the entry (`ownerColumn` = id). With `spare`,
     * rows pointing (by `spare.column`) at a trashed entry of `spare.table` stay: the form does
     * not offer trashed choices, and the link comes back when that entry is restored.
     */
    async replaceRows(
      table: keyof Schema,
      ownerColumn: string,
      id: string,
      rows: Row[],
      spare?: { column: string; table: 'sector' | 'organisation' | 'person' },
    ): Promise<void> {
      let query = db.deleteFrom(table).where(sql.ref(ownerColumn), '=', id);
      if (spare)
        query = query.where(
          sql.ref(spare.column),
          'in',
          db.selectFrom(spare.table).select('id').where('deleted_at', 'is', null),
        );
      await query.execute();
      if (rows.length) await db.insertInto(table).values(rows).execute();
    },

    /**
     * The target of `column` when it is in the trash: the form does not offer it, so a save
     * keeps it (undefined for a new entry, a live target or none).
     */
    async findTrashedTarget(
      table: DirectoryType,
      id: string,
      column: string,
      target: 'organisation' | 'media',
      created: boolean,
    ): Promise<string | null> {
      if (created) return null;
      const { rows } = await sql<{ id: string }>`
        select t.id from ${sql.table(table)} e
        join ${sql.table(target)} t on t.id = ${sql.ref(`e.${column}`)}
        where e.id = ${id} and t.deleted_at is not null`.execute(db);
      return rows[0]?.id ?? null;
    },

    /** Whether another entry of the table already has the slug (trashed ones count). */
    async isSlugTaken(
      table: DirectoryType,
      slug: string,
      exceptId: string | undefined,
    ): Promise<boolean> {
      let query = db.selectFrom(table).select('id').where('slug', '=', slug);
      if (exceptId) query = query.where('id', '!=', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },
  };
}
