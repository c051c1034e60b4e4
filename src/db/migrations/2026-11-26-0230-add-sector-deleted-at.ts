// Sectors get the directory's trash like every other entry: a trashed sector leaves the site
// (navigation, tags, its page) but keeps its links until an admin empties the trash.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sector').addColumn('deleted_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sector').dropColumn('deleted_at').execute();
}
