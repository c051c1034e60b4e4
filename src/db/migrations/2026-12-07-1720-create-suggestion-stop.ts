// The stop-list of the entity inbox: names an editor rejected everywhere (« Horizon Europe » is
// not an organisation). Detection leaves out suggestions whose kind and name key are listed, so
// a rejected name never comes back, whatever article names it next.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('suggestion_stop')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull()) // organisation | person
    .addColumn('name_key', 'text', (c) => c.notNull()) // src/lib/name-key.ts
    .addColumn('name', 'text', (c) => c.notNull()) // a surface form, for the admin
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('suggestion_stop_uq', ['entity_type', 'name_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('suggestion_stop').execute();
}
