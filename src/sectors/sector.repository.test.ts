// Sectors and upcoming events on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRepository } from '../events/event.repository.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSectors, makeServices, testNow } from '../../test/support/factories.js';
import { sectorRepository } from './sector.repository.js';

describe.each(testDialects())('sectors and events on $name', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database, ['space', 'aero']);
  });
  afterAll(() => t.cleanup());

  it('lists sectors in display order, named in the locale', async () => {
    const rows = await sectorRepository(t.database.db).listSectors('en', 'fr');
    expect(rows.map((r) => [r.slug, r.name])).toEqual([
      ['space', 'Sector space'],
      ['aero', 'Sector aero'],
    ]);
  });

  it('falls back to the default locale when a sector has no translation', async () => {
    const repo = sectorRepository(t.database.db);
    await repo.insertSector(
      {
        slug: 'drone',
        position: 5,
        translations: { fr: { name: 'Drones', description: 'Des drones' } },
      },
      testNow.toISOString(),
    );
    const drone = await repo.findSectorBySlug('drone', 'en', 'fr');
    expect(drone).toMatchObject({ name: 'Drones', description: 'Des drones' });
  });

  it('refuses a duplicate sector slug with a duplicate error', async () => {
    await expect(
      sectorRepository(t.database.db).insertSector(
        { slug: 'space', position: 9, translations: {} },
        testNow.toISOString(),
      ),
    ).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('throws not_found for an unknown sector', async () => {
    await expect(makeServices(t.database).sectors.getSector('nope', 'fr')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lists events not yet over, soonest first, with their first venue’s city', async () => {
    const events = eventRepository(t.database.db);
    const base = {
      kind: 'conference' as const,
      time_zone: 'Europe/Brussels',
      registration_url: null,
      delegate_count: null,
      project_id: null,
      sector_ids: [],
      countries: [],
    };
    const venue = (city: string) => ({
      name: `Hall ${city}`,
      address: null,
      city,
      country: 'BE',
      organisation_id: null,
    });
    await events.insertEvent(
      {
        ...base,
        slug: 'past',
        starts_at: '2026-01-01T09:00:00.000Z',
        ends_at: '2026-01-01T17:00:00.000Z',
        translations: { fr: { title: 'Passé', summary: '' } },
        venues: [venue('Mons')],
      },
      testNow.toISOString(),
    );
    await events.insertEvent(
      {
        ...base,
        slug: 'later',
        starts_at: '2027-03-01T09:00:00.000Z',
        ends_at: '2027-03-01T17:00:00.000Z',
        translations: {
          fr: { title: 'Plus tard', summary: '' },
          en: { title: 'Later', summary: '' },
        },
        venues: [venue('Liège'), venue('Namur')],
      },
      testNow.toISOString(),
    );
    await events.insertEvent(
      {
        ...base,
        slug: 'soon',
        starts_at: '2026-12-01T09:00:00.000Z',
        ends_at: '2026-12-01T17:00:00.000Z',
        translations: { fr: { title: 'Bientôt', summary: '' } },
        venues: [],
      },
      testNow.toISOString(),
    );
    const rows = await makeServices(t.database).events.listUpcoming('en', 5);
    expect(rows.map((r) => [r.slug, r.title, r.locale, r.city])).toEqual([
      ['soon', 'Bientôt', 'fr', null],
      ['later', 'Later', 'en', 'Liège'],
    ]);
  });
});
