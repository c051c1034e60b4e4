// Column shapes shared by entity tables (Kysely table types).
import type { ColumnType, Generated } from 'kysely';

/** id, timestamps and the optimistic-concurrency version every entity carries. */
export interface EntityColumns {
  id: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A column with a database default: optional on insert. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Whether readers see a directory entry: a draft is seen in the newsroom only. */
export type DirectoryStatus = 'draft' | 'published';
