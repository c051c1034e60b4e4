// Organisations and people are drafts or published: what a confirmed suggestion (or, later, an
// import) creates is a draft that readers never see until an editor completes and publishes it.
// Every row that exists when this runs was written by an editor or the demo seed, so it is
// published (the column's default fills it in on both engines).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisation', 'person']) {
    await db.schema
      .alterTable(table)
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('published')
          .check(sql`status in ('draft', 'published')`),
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisation', 'person'])
    await db.schema.alterTable(table).dropColumn('status').execute();
}
