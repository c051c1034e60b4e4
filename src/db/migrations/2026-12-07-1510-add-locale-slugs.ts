// Sector and event addresses in the reader's language (DESIGN §4): each translation gets its own
// slug, unique per locale, as article translations have. The entity's own slug stays as the stable
// key (filters, CSS, API) and as the address of a locale without a translation. The demo sectors'
// French translations get French words; everything else starts from the current slug.
import { sql, type Kysely } from 'kysely';

/** French addresses of the demo sectors, whose keys are English words. */
const frenchSectorSlugs: Record<string, string> = {
  aero: 'aeronautique',
  space: 'spatial',
  defence: 'defense',
  drone: 'drones',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, owner, key] of [
    ['sector_translation', 'sector', 'sector_id'],
    ['event_translation', 'event', 'event_id'],
  ] as const) {
    // Nullable in SQL (SQLite cannot add a NOT NULL column without a default); always written.
    await db.schema.alterTable(table).addColumn('slug', 'text').execute();
    await sql`update ${sql.table(table)} set slug = (select o.slug from ${sql.table(owner)} o where o.id = ${sql.ref(`${table}.${key}`)})`.execute(
      db,
    );
  }
  for (const [key, slug] of Object.entries(frenchSectorSlugs))
    await sql`update sector_translation set slug = ${slug}
      where locale = 'fr' and sector_id in (select id from sector where slug = ${key})
      and not exists (select 1 from sector_translation o where o.locale = 'fr' and o.slug = ${slug})`.execute(
      db,
    );
  await db.schema
    .createIndex('sector_translation_slug_uq')
    .on('sector_translation')
    .columns(['locale', 'slug'])
    .unique()
    .execute();
  await db.schema
    .createIndex('event_translation_slug_uq')
    .on('event_translation')
    .columns(['locale', 'slug'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('event_translation_slug_uq').execute();
  await db.schema.dropIndex('sector_translation_slug_uq').execute();
  await db.schema.alterTable('event_translation').dropColumn('slug').execute();
  await db.schema.alterTable('sector_translation').dropColumn('slug').execute();
}
