// The migration that gives sector and event translations their own slug, run over rows written
// before it on every dialect: each translation starts from its owner's slug, the demo sectors'
// French translations get French words, and a slug is unique per locale.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { down, up } from './migrations/2026-12-07-1510-add-locale-slugs.js';

describe.each(testDialects())('add-locale-slugs migration on $name', (dialect) => {
  let t: TestDatabase;
  const now = '2026-12-07T15:00:00.000Z';

  beforeAll(async () => {
    t = await dialect.open();
    const db = t.database.db as unknown as Kysely<unknown>;
    await down(db);
    for (const [id, slug] of [
      ['s1', 'space'],
      ['s2', 'hydrogen'],
    ])
      await sql`insert into sector (id, slug, position, created_at, updated_at, version)
        values (${id}, ${slug}, 0, ${now}, ${now}, 1)`.execute(db);
    for (const [id, locale, name] of [
      ['s1', 'fr', 'Spatial'],
      ['s1', 'en', 'Space'],
      ['s2', 'fr', 'Hydrogène'],
    ])
      await sql`insert into sector_translation (sector_id, locale, name, description)
        values (${id}, ${locale}, ${name}, '')`.execute(db);
    await sql`insert into event (id, slug, kind, starts_at, ends_at, time_zone, created_at,
        updated_at, version) values ('e1', 'salon-2026', 'trade_show', ${now}, ${now},
        'Europe/Brussels', ${now}, ${now}, 1)`.execute(db);
    await sql`insert into event_translation (event_id, locale, title, summary)
      values ('e1', 'fr', 'Salon', ''), ('e1', 'en', 'Show', '')`.execute(db);
    await up(db);
  });
  afterAll(() => t.cleanup());

  it('fills every translation’s slug, French words for the demo sectors', async () => {
    const { db } = t.database;
    const sectors = await db
      .selectFrom('sector_translation')
      .select(['sector_id', 'locale', 'slug'])
      .orderBy('sector_id')
      .orderBy('locale')
      .execute();
    expect(sectors).toEqual([
      { sector_id: 's1', locale: 'en', slug: 'space' },
      { sector_id: 's1', locale: 'fr', slug: 'spatial' },
      { sector_id: 's2', locale: 'fr', slug: 'hydrogen' },
    ]);
    const events = await db
      .selectFrom('event_translation')
      .select(['locale', 'slug'])
      .orderBy('locale')
      .execute();
    expect(events).toEqual([
      { locale: 'en', slug: 'salon-2026' },
      { locale: 'fr', slug: 'salon-2026' },
    ]);
  });

  it('refuses a second sector with the same address in one locale', async () => {
    const { db } = t.database;
    await expect(
      db
        .updateTable('sector_translation')
        .set({ slug: 'spatial' })
        .where('sector_id', '=', 's2')
        .execute(),
    ).rejects.toThrow();
  });
});
