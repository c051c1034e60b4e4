// The SQL every directory kind shares: the version check, the trash flag, and emptying the trash.
// Table names come from the kinds' own constants, never from input.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { DirectoryType } from './directory-kind.js';

export interface EntryState {
  version: number;
  updated_at: string;
  deleted_at: string | null;
}

export function directoryEditorRepository(db: Db) {
  const table = (name: DirectoryType) => sql.table(name);
  return {
    async findState(name: DirectoryType, id: string): Promise<EntryState | undefined> {
      const { rows } = await sql<EntryState>`
        select version, updated_at, deleted_at from ${table(name)} where id = ${id}`.execute(db);
      return rows[0] ? { ...rows[0], version: Number(rows[0].version) } : undefined;
    },

    /**
     * Moves an entry from `expected` to the next version, optionally changing its trash flag;
     * false when someone saved in between (nothing changed then).
     */
    async updateVersion(
      name: DirectoryType,
      id: string,
      expected: number,
      now: string,
      deletedAt?: string | null,
    ): Promise<boolean> {
      const trash = deletedAt === undefined ? sql`` : sql`, deleted_at = ${deletedAt}`;
      const result = await sql`
        update ${table(name)} set version = version + 1, updated_at = ${now}${trash}
        where id = ${id} and version = ${expected}`.execute(db);
      return Number(result.numAffectedRows ?? 0) === 1;
    },

    async listTrashedIds(name: DirectoryType): Promise<string[]> {
      const { rows } = await sql<{ id: string }>`
        select id from ${table(name)} where deleted_at is not null`.execute(db);
      return rows.map((r) => r.id);
    },

    /** Destroys trashed entries; their texts and links go with them (foreign keys cascade). */
    async deleteEntries(name: DirectoryType, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await sql`delete from ${table(name)} where id in (${sql.join(ids)})`.execute(db);
    },
  };
}
