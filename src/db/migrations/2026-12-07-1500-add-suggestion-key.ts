// One entity per name when created from a suggestion: organisations and people created from a
// suggestion carry the key of their name (src/lib/name-key.ts), unique among live rows, so two
// confirmations of the same suggestion (the FR and the EN row, or ten requests at once) cannot
// create two entities on either engine. Entities written in the directory carry no key, so
// homonyms stay possible there; a deleted entity frees its key.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisation', 'person']) {
    await db.schema.alterTable(table).addColumn('suggestion_key', 'text').execute();
    await db.schema
      .createIndex(`${table}_suggestion_key_uq`)
      .on(table)
      .column('suggestion_key')
      .unique()
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisation', 'person']) {
    await db.schema.dropIndex(`${table}_suggestion_key_uq`).execute();
    await db.schema.alterTable(table).dropColumn('suggestion_key').execute();
  }
}
