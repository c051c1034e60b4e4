// Reading organisations (repository and service), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import type { DirectoryWorld } from '../../test/support/directory.js';
import { directoryWorld } from '../../test/support/site.js';
import { testNow } from '../../test/support/factories.js';
import { newId } from '../lib/id.js';

describe.each(testDialects())('organisations on $name', (dialect) => {
  const w = directoryWorld(dialect);

  const names = async (
    filter: Parameters<DirectoryWorld['services']['organisations']['listOrganisations']>[1] = {},
  ) => (await w.services.organisations.listOrganisations('fr', filter, 1)).items.map((o) => o.name);

  it('lists organisations by name in the reader’s collation, accents among their letter', async () => {
    expect(await names()).toEqual([
      'Centre Spatial de Liège',
      'Corvilis Defence Electronics',
      'École de l’air',
      'European Space Agency',
      'European Space Security and Education Centre',
      'Isartal Sensorik',
    ]);
  });

  it('filters by kind, sector, country and membership, together', async () => {
    expect(await names({ kind: 'agency' })).toEqual([
      'European Space Agency',
      'European Space Security and Education Centre',
    ]);
    expect(await names({ sector: 'defence' })).toEqual([
      'Corvilis Defence Electronics',
      'Isartal Sensorik',
    ]);
    expect(await names({ country: 'DE' })).toEqual(['Isartal Sensorik']);
    expect(await names({ membersOnly: true })).toEqual([
      'Centre Spatial de Liège',
      'Corvilis Defence Electronics',
      'École de l’air',
    ]);
    expect(await names({ membersOnly: true, sector: 'space', country: 'BE' })).toEqual([
      'Centre Spatial de Liège',
    ]);
    expect(await names({ country: 'ZZ' })).toEqual([]);
  });

  it('refuses an unknown sector as a bad request', async () => {
    await expect(
      w.services.organisations.listOrganisations('fr', { sector: 'nope' }, 1),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('paginates, and a page past the end is not found', async () => {
    const first = await w.services.organisations.listOrganisations('en', {}, 1, 4);
    const second = await w.services.organisations.listOrganisations('en', {}, 2, 4);
    expect(first.page).toMatchObject({ page: 1, total: 6, pageCount: 2 });
    expect(first.items).toHaveLength(4);
    expect(second.items.map((o) => o.slug)).toEqual(['esec', 'isartal']);
    await expect(w.services.organisations.listOrganisations('en', {}, 3, 4)).rejects.toMatchObject({
      code: 'not_found',
    });
    const empty = await w.services.organisations.listOrganisations('en', { country: 'ZZ' }, 1);
    expect(empty.page).toMatchObject({ total: 0, pageCount: 1 });
  });

  it('gives cards their kind, place, membership and sectors', async () => {
    const { items } = await w.services.organisations.listOrganisations('en', { country: 'BE' }, 1);
    expect(items.find((o) => o.slug === 'corvilis')).toMatchObject({
      kind: 'company',
      country: 'BE',
      isMember: true,
      sectors: [
        { slug: 'drone', name: 'Sector drone' },
        { slug: 'defence', name: 'Sector defence' },
      ],
    });
  });

  it('lists the countries of the directory once each', async () => {
    expect(await w.services.organisations.listCountries()).toEqual(['BE', 'DE', 'FR']);
  });

  it('shows an organisation with its parent, children, competences and former names', async () => {
    const esec = await w.services.organisations.getOrganisationPage('fr', 'esec');
    expect(esec).toMatchObject({
      name: 'European Space Security and Education Centre',
      acronym: 'ESEC',
      parent: { slug: 'esa', name: 'European Space Agency', acronym: 'ESA' },
      description: 'Centre de l’ESA à Redu.',
      descriptionLocale: 'fr',
      competences: ['opérations de satellites'],
      formerNames: [{ name: 'Station de Redu', until: '2017-12-31' }],
    });
    const esa = await w.services.organisations.getOrganisationPage('en', 'esa');
    expect(esa.children.map((c) => c.slug)).toEqual(['esec']);
    expect(esa.competences).toEqual(['launchers', 'satellites']);
    expect(esa.website).toBe('https://www.esa.int');
    expect(esa.parent).toBeNull();
  });

  it('falls back to the French text and says so', async () => {
    const esec = await w.services.organisations.getOrganisationPage('en', 'esec');
    expect(esec.description).toBe('Centre de l’ESA à Redu.');
    expect(esec.descriptionLocale).toBe('fr');
    expect(esec.competencesLocale).toBe('fr');
  });

  it('never passes on a website that is not http(s)', async () => {
    const ecole = await w.services.organisations.getOrganisationPage('fr', 'ecole-de-lair');
    expect(ecole.website).toBeNull();
  });

  it('shows renames and mergers both ways', async () => {
    await w.database.db
      .insertInto('organisation_succession')
      .values({
        id: newId(),
        predecessor_id: w.org.ecole,
        successor_id: w.org.csl,
        kind: 'merger',
        occurred_on: '2020-01-01',
      })
      .execute();
    const csl = await w.services.organisations.getOrganisationPage('fr', 'centre-spatial-de-liege');
    expect(csl.predecessors).toEqual([
      {
        slug: 'ecole-de-lair',
        name: 'École de l’air',
        acronym: null,
        kind: 'merger',
        on: '2020-01-01',
      },
    ]);
    const ecole = await w.services.organisations.getOrganisationPage('fr', 'ecole-de-lair');
    expect(ecole.successors.map((s) => s.slug)).toEqual(['centre-spatial-de-liege']);
    await w.database.db.deleteFrom('organisation_succession').execute();
  });

  it('hides deleted organisations and answers not_found for unknown slugs', async () => {
    await w.database.db
      .updateTable('organisation')
      .set({ deleted_at: testNow.toISOString() })
      .where('id', '=', w.org.isartal)
      .execute();
    expect(await names()).not.toContain('Isartal Sensorik');
    await expect(
      w.services.organisations.getOrganisationPage('fr', 'isartal'),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(w.services.organisations.getOrganisationPage('fr', 'nope')).rejects.toMatchObject({
      code: 'not_found',
    });
    await w.database.db
      .updateTable('organisation')
      .set({ deleted_at: null })
      .where('id', '=', w.org.isartal)
      .execute();
  });
});
