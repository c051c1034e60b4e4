// The SQL of the versioned save, the same for every entity table that has a version, an update
// stamp and a trash flag (articles, organisations, people…): the version check, the trash flag,
// and emptying the trash. Table names come from the callers' constants, never from input.
import { sql } from 'kysely';
import type { EntityColumns } from '../db/columns.js';
import { translateErrors, type Db } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Schema } from '../db/schema.js';

/** The tables whose rows carry `version`, `updated_at` and `deleted_at`. */
export type VersionedTable = {
  [K in keyof Schema]: Schema[K] extends EntityColumns & { deleted_at: string | null } ? K : never;
}[keyof Schema];

export interface VersionedRowState {
  version: number;
  updated_at: string;
  deleted_at: string | null;
}

export function versionedSaveRepository(db: Db) {
  const table = (name: VersionedTable) => sql.table(name);
  return {
    async findState(name: VersionedTable, id: string): Promise<VersionedRowState | undefined> {
      const { rows } = await sql<VersionedRowState>`
        select version, updated_at, deleted_at from ${table(name)} where id = ${id}`.execute(db);
      return rows[0] ? { ...rows[0], version: Number(rows[0].version) } : undefined;
    },

    /**
     * Moves a row from `expected` to the next version, optionally changing its trash flag;
     * false when someone saved in between (nothing changed then).
     */
    async updateVersion(
      name: VersionedTable,
      id: string,
      expected: number,
      now: string,
      deletedAt?: string | null,
    ): Promise<boolean> {
      const trash = deletedAt === undefined ? sql`` : sql`, deleted_at = ${deletedAt}`;
      try {
        const result = await translateErrors('Entry', () =>
          sql`
            update ${table(name)} set version = version + 1, updated_at = ${now}${trash}
            where id = ${id} and version = ${expected}`.execute(db),
        );
        return Number(result.numAffectedRows ?? 0) === 1;
      } catch (error) {
        // Only a restore can break a unique index here: one unique among live rows only (an
        // entity made from a suggestion, whose name was made again while this one was trashed).
        if (error instanceof AppError && error.code === 'duplicate')
          throw new AppError(
            'duplicate',
            'Another entry with this name was created while this one was in the trash: merge them or rename one first.',
            { cause: error },
          );
        throw error;
      }
    },

    async listTrashedIds(name: VersionedTable): Promise<string[]> {
      const { rows } = await sql<{ id: string }>`
        select id from ${table(name)} where deleted_at is not null`.execute(db);
      return rows.map((r) => r.id);
    },

    /** Destroys rows for good; what belongs to them goes too (foreign keys cascade). */
    async deleteRows(name: VersionedTable, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await sql`delete from ${table(name)} where id in (${sql.join(ids)})`.execute(db);
    },
  };
}
