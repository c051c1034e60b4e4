// Redirects: an old address (a path, with its query string when the old site used one, such as
// WordPress's `/?p=12`) answered with 301/302 to a new path or URL; and the import source keys,
// which make an import idempotent (a second run finds what the first created and updates it);
// and the keywords (an imported post's tags) of an article translation.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('redirect')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_path', 'text', (c) => c.notNull().unique())
    .addColumn('target', 'text', (c) => c.notNull()) // a path or an absolute http(s) URL
    .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301))
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('manual')) // manual | slug | import
    .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_hit_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Chains are collapsed on insert: the redirects pointing at a path are found by target.
  await db.schema.createIndex('redirect_target_idx').on('redirect').column('target').execute();
  await db.schema
    .createTable('import_source')
    .addColumn('source', 'text', (c) => c.notNull()) // wordpress | html
    .addColumn('source_key', 'text', (c) => c.notNull()) // GUID, post id, page URL…
    .addColumn('entity_type', 'text', (c) => c.notNull()) // article | media | sector
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_source_pk', ['source', 'source_key'])
    .execute();
  // An imported post's tags, space-separated: indexed for search with the body, not shown.
  await db.schema
    .alterTable('article_translation')
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_translation').dropColumn('keywords').execute();
  await db.schema.dropTable('import_source').execute();
  await db.schema.dropTable('redirect').execute();
}
