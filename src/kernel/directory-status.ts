// Directory entries are drafts or published; every public read keeps the published ones with
// this one predicate, so « what readers see » is written once.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DirectoryStatus } from '../db/columns.js';

export type { DirectoryStatus };
export const directoryStatuses = ['draft', 'published'] as const satisfies DirectoryStatus[];

export function isDirectoryStatus(value: string): value is DirectoryStatus {
  return (directoryStatuses as readonly string[]).includes(value);
}

/**
 * `{alias}.status = 'published'`, for a `where` or a join's `on`: what readers may see of an
 * organisation or a person (`alias` names the table or its alias in the query).
 */
export function published(alias: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.status`)} = 'published'`;
}
