// Factories: valid rows with overrides, built through the services like real content.
import { testServices } from './app.js';
import type { ArticleInput } from '../../src/articles/article.service.js';
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/services.js';
import { sectorRepository } from '../../src/sectors/sector.repository.js';

let counter = 0;

/** Fixed test clock: 2026-11-25 12:00 UTC. */
export const testNow = new Date('2026-11-25T12:00:00.000Z');

export async function makeSectors(
  database: Database,
  slugs = ['aero', 'space', 'drone', 'defence'],
): Promise<Map<string, string>> {
  const repo = sectorRepository(database.db);
  const ids = new Map<string, string>();
  for (const [position, slug] of slugs.entries()) {
    ids.set(
      slug,
      await repo.insertSector(
        {
          slug,
          position,
          translations: {
            fr: { name: `Secteur ${slug}`, description: `Description ${slug}` },
            en: { name: `Sector ${slug}`, description: `About ${slug}` },
          },
        },
        testNow.toISOString(),
      ),
    );
  }
  return ids;
}

export function makeServices(database: Database, now: () => Date = () => testNow): Services {
  return testServices(database, { now });
}

/** Days before the test clock, as an ISO instant. */
export function daysAgo(days: number): string {
  return new Date(testNow.getTime() - days * 86_400_000).toISOString();
}

export async function makeArticle(
  services: Services,
  overrides: Partial<ArticleInput> = {},
): Promise<string> {
  counter += 1;
  const n = counter;
  return services.articles.createArticle({
    kind: 'news',
    publishedAt: daysAgo(n),
    sectorSlugs: ['space'],
    translations: {
      fr: {
        title: `Article numéro ${n}`,
        body: `## Intertitre\n\nLe corps de l’article ${n}, en français.`,
      },
      en: {
        title: `Article number ${n}`,
        body: `## Subheading\n\nThe body of article ${n}, in English.`,
      },
    },
    ...overrides,
  });
}

// --- organisations and people (appended for entity linking; imports kept with this block) ---
import {
  organisationRepository,
  type NewOrganisation,
} from '../../src/organisations/organisation.repository.js';
import { personRepository, type NewPerson } from '../../src/people/person.repository.js';

/** An organisation inserted through its repository; returns its id. */
export async function makeOrganisation(
  database: Database,
  overrides: Partial<NewOrganisation> = {},
): Promise<string> {
  counter += 1;
  return organisationRepository(database.db).insertOrganisation(
    {
      slug: `organisation-${counter}`,
      name: `Organisation ${counter}`,
      acronym: null,
      kind: 'company',
      country: 'BE',
      city: null,
      website: null,
      is_member: false,
      parent_id: null,
      translations: {},
      aliases: [],
      sector_ids: [],
      ...overrides,
    },
    testNow.toISOString(),
  );
}

/** A person inserted through its repository; returns its id. */
export async function makePerson(
  database: Database,
  overrides: Partial<NewPerson> = {},
): Promise<string> {
  counter += 1;
  return personRepository(database.db).insertPerson(
    {
      slug: `person-${counter}`,
      given_name: 'Given',
      family_name: `Family${counter}`,
      honorific: null,
      translations: {},
      affiliations: [],
      ...overrides,
    },
    testNow.toISOString(),
  );
}

// --- events, projects and mentions (appended for the directory pages) ---
import { eventRepository, type NewEvent } from '../../src/events/event.repository.js';
import { newId } from '../../src/lib/id.js';
import type { MentionEntityType, MentionState } from '../../src/db/tables/mention.table.js';
import { projectRepository, type NewProject } from '../../src/projects/project.repository.js';

/** An event inserted through its repository (one day in Brussels, titled in FR and EN). */
export async function makeEvent(
  database: Database,
  overrides: Partial<NewEvent> = {},
): Promise<string> {
  counter += 1;
  const n = counter;
  return eventRepository(database.db).insertEvent(
    {
      slug: `event-${n}`,
      kind: 'conference',
      starts_at: daysAgo(-10),
      ends_at: daysAgo(-10.25),
      time_zone: 'Europe/Brussels',
      registration_url: null,
      delegate_count: null,
      project_id: null,
      translations: {
        fr: { title: `Événement ${n}`, summary: `Résumé ${n}` },
        en: { title: `Event ${n}`, summary: `Summary ${n}` },
      },
      sector_ids: [],
      venues: [],
      countries: [],
      ...overrides,
    },
    testNow.toISOString(),
  );
}

/** A project inserted through its repository. */
export async function makeProject(
  database: Database,
  overrides: Partial<NewProject> = {},
): Promise<string> {
  counter += 1;
  const n = counter;
  return projectRepository(database.db).insertProject(
    {
      slug: `project-${n}`,
      name: `Project ${n}`,
      acronym: null,
      programme: 'Horizon Europe',
      lead_organisation_id: null,
      starts_on: null,
      ends_on: null,
      budget_eur: null,
      website: null,
      translations: {},
      partner_ids: [],
      countries: [],
      sector_ids: [],
      ...overrides,
    },
    testNow.toISOString(),
  );
}

/** A mention of an entity in every translation (or the `locale` one) of an article. */
export async function makeArticleMention(
  database: Database,
  articleId: string,
  entity: { type: MentionEntityType; id: string },
  options: { state?: MentionState; locale?: string } = {},
): Promise<void> {
  const now = testNow.toISOString();
  let query = database.db
    .selectFrom('article_translation')
    .select('id')
    .where('article_id', '=', articleId);
  if (options.locale) query = query.where('locale', '=', options.locale);
  for (const { id } of await query.execute()) {
    await database.db
      .insertInto('mention')
      .values({
        id: newId(),
        article_translation_id: id,
        entity_type: entity.type,
        entity_id: entity.id,
        surface: 'surface',
        start_offset: 0,
        end_offset: 7,
        state: options.state ?? 'confirmed',
        suggestion: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
