// The locale fallback on every dialect: the reader's translation, else the default one, else a
// given value; the locale a text was read in; and columns kept from one row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { localeFallback } from './locale-fallback.js';

const now = '2026-01-01T00:00:00.000Z';

describe.each(testDialects())('localeFallback on $name', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await dialect.open();
    const { db } = t.database;
    await db
      .insertInto('sector')
      .values(
        ['both', 'french', 'none'].map((slug, position) => ({
          id: `id-${slug}`,
          slug,
          position,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await db
      .insertInto('sector_translation')
      .values([
        {
          sector_id: 'id-both',
          locale: 'en',
          slug: 'both',
          name: 'Both',
          description: 'In English',
        },
        {
          sector_id: 'id-both',
          locale: 'fr',
          slug: 'les-deux',
          name: 'Les deux',
          description: 'En français',
        },
        {
          sector_id: 'id-french',
          locale: 'fr',
          slug: 'francais',
          name: 'Français',
          description: 'Seulement',
        },
      ])
      .execute();
  });
  afterAll(() => t.cleanup());

  const read = (locale: string, fallback: string) => {
    const tr = localeFallback('sector_translation', 'sector_id', 's.id', locale, fallback);
    return tr
      .join(t.database.db.selectFrom('sector as s'))
      .select((eb) => [
        's.slug',
        tr.text('name').as('name'),
        tr.text('name', eb.ref('s.slug')).as('name_or_slug'),
        tr.text('description', '').as('description'),
        tr.localeOf('name').as('locale'),
        tr.sameRow('description', 'name', '').as('same_row'),
        'f.name as fallback_name',
      ])
      .orderBy('s.position')
      .execute();
  };

  it('reads the reader’s locale, else the fallback, else the value given', async () => {
    expect(await read('en', 'fr')).toEqual([
      {
        slug: 'both',
        name: 'Both',
        name_or_slug: 'Both',
        description: 'In English',
        locale: 'en',
        same_row: 'In English',
        fallback_name: 'Les deux',
      },
      {
        slug: 'french',
        name: 'Français',
        name_or_slug: 'Français',
        description: 'Seulement',
        locale: 'fr',
        same_row: 'Seulement',
        fallback_name: 'Français',
      },
      {
        slug: 'none',
        name: null,
        name_or_slug: 'none',
        description: '',
        locale: 'fr',
        same_row: '',
        fallback_name: null,
      },
    ]);
  });

  it('reads the default locale alone when the reader uses it', async () => {
    const rows = await read('fr', 'fr');
    expect(rows.map((r) => [r.name_or_slug, r.locale])).toEqual([
      ['Les deux', 'fr'],
      ['Français', 'fr'],
      ['none', 'fr'],
    ]);
  });
});
