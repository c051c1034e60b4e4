// A fixed corpus for the search tests: articles in FR/EN about Liège, space and cooperation,
// a draft, a scheduled and a deleted article, organisations, a person, an event and a project.
// Names (not ids) let tests state expected orders that hold on every engine.
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/services.js';
import {
  daysAgo,
  makeArticle,
  makeEvent,
  makeOrganisation,
  makePerson,
  makeProject,
  makeSectors,
  makeServices,
} from './factories.js';

export interface SearchWorld {
  services: Services;
  /** id → short name, for readable expectations. */
  names: Map<string, string>;
}

export async function makeSearchWorld(database: Database): Promise<SearchWorld> {
  const sectors = await makeSectors(database);
  const services = makeServices(database);
  const names = new Map<string, string>();
  const article = async (name: string, input: Parameters<typeof makeArticle>[1]) =>
    names.set(await makeArticle(services, input), name);

  await article('visit', {
    publishedAt: daysAgo(20),
    sectorSlugs: ['space'],
    translations: {
      fr: {
        title: 'Coopération spatiale : une délégation à Liège',
        kicker: 'Projet Team Europe',
        body: 'La délégation a visité le Centre Spatial de Liège et les installations spatiales de Redu.',
      },
      en: {
        title: 'Space cooperation: a delegation in Liège',
        body: 'The delegation visited the Liège Space Centre and the space facilities at Redu.',
      },
    },
  });
  await article('drones', {
    publishedAt: daysAgo(400),
    sectorSlugs: ['drone', 'defence'],
    translations: {
      fr: {
        title: 'Des drones pour inspecter les ponts',
        body: 'Une coopérative de Charleroi teste des drones. Les essais ont lieu près de Liège.',
      },
    },
  });
  await article('satellites', {
    publishedAt: daysAgo(5),
    sectorSlugs: ['space'],
    translations: {
      fr: {
        title: 'Des satellites spatiaux construits en Wallonie',
        body: 'Les systèmes spatiaux wallons gagnent des marchés. La coopération européenne aide.',
      },
      en: {
        title: 'Space satellites built in Wallonia',
        body: 'Walloon space systems win contracts; European cooperation helps.',
      },
    },
  });
  await article('draft', {
    publishedAt: daysAgo(3),
    translations: {
      fr: { title: 'Brouillon sur Liège', body: 'Spatial et coopération.', status: 'draft' },
    },
  });
  await article('scheduled', {
    publishedAt: daysAgo(-3),
    translations: { fr: { title: 'Bientôt : Liège spatiale', body: 'Coopération à venir.' } },
  });
  const deleted = await makeArticle(services, {
    publishedAt: daysAgo(2),
    translations: { fr: { title: 'Article supprimé sur Liège', body: 'Spatial.' } },
  });
  await database.db
    .updateTable('article')
    .set({ deleted_at: daysAgo(1) })
    .where('id', '=', deleted)
    .execute();
  await services.search.indexArticle(deleted);

  names.set(
    await makeOrganisation(database, {
      name: 'Centre Spatial de Liège',
      acronym: 'CSL',
      city: 'Liège',
      sector_ids: [sectors.get('space')!],
      translations: {
        fr: { description: 'Centre de recherche en optique spatiale.', competences: 'Essais' },
        en: { description: 'Research centre for space optics.', competences: 'Testing' },
      },
    }),
    'csl',
  );
  names.set(
    await makeOrganisation(database, {
      name: 'Coopérative Drones Wallonie',
      aliases: [{ alias: 'CDW', kind: 'alias', valid_until: null }],
      sector_ids: [sectors.get('drone')!],
    }),
    'coop-org',
  );
  names.set(await makePerson(database, { given_name: 'Serge', family_name: 'Habraken' }), 'person');
  names.set(
    await makeEvent(database, {
      starts_at: daysAgo(-30),
      ends_at: daysAgo(-30.2),
      translations: {
        fr: { title: 'Journée de la coopération spatiale', summary: 'À Liège.' },
        en: { title: 'Space cooperation day', summary: 'In Liège.' },
      },
      sector_ids: [sectors.get('space')!],
    }),
    'event',
  );
  names.set(
    await makeProject(database, {
      name: 'Team Europe Initiative',
      acronym: 'TEI',
      starts_on: '2025-01-01',
      translations: { fr: { description: 'Coopération numérique en Asie centrale.' } },
    }),
    'project',
  );
  await services.search.reindexAll();
  return { services, names };
}
