// The organisation or person a suggestion names, created at most once: one live entity per kind
// and name key (src/lib/name-key.ts), whatever the number of rows, languages or simultaneous
// requests that confirm it. The guarantee is the unique index on `suggestion_key` (both engines);
// the look-ups before it only spare a failed insert. A unique violation on the insert means
// another request won the race, or the slug is taken: the next turn finds the winner, or tries
// the next slug. What is made here is a draft: readers see it once an editor has completed and
// published it in the directory (the newsroom and the entity inbox both create through here).
import { AppError } from '../errors.js';
import { nameKey } from '../lib/name-key.js';
import { slugify } from '../lib/slug.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { LinkingService } from '../linking/linking.service.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { PersonService } from '../people/person.service.js';

export interface SuggestionEntitiesDeps {
  linking: Pick<LinkingService, 'findEntityNamed'>;
  organisations: Pick<
    OrganisationService,
    'insertOrganisation' | 'findOrganisationIdBySuggestionKey'
  >;
  people: Pick<PersonService, 'insertPerson' | 'findPersonIdBySuggestionKey'>;
}

/** The entity found or made, and whether this call made it. */
export interface EntityOnce {
  id: string;
  created: boolean;
}

const maxSlugTries = 20;

/** Finds the entity, else inserts it under `slug`, `slug-2`…; a duplicate sends back to finding. */
async function once(
  find: () => Promise<string | undefined>,
  slug: string,
  insert: (slug: string) => Promise<string>,
): Promise<EntityOnce> {
  const root = slug || 'entity';
  for (let n = 1; n <= maxSlugTries; n++) {
    const found = await find();
    if (found) return { id: found, created: false };
    try {
      return { id: await insert(n === 1 ? root : `${root}-${n}`), created: true };
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'duplicate')) throw error;
    }
  }
  throw new AppError('duplicate', 'No free address for this entity; create it in the directory.');
}

export function suggestionEntities(deps: SuggestionEntitiesDeps) {
  return {
    /** The organisation called `name` (or known by it as acronym or alias), made if none is. */
    async organisationNamed(
      input: { name: string; acronym: string; kind: OrganisationKind },
      now: string,
    ): Promise<EntityOnce> {
      const name = input.name.trim();
      const acronym = input.acronym.trim();
      const key = nameKey(name) || null;
      return once(
        async () =>
          (key ? await deps.organisations.findOrganisationIdBySuggestionKey(key) : undefined) ??
          (await deps.linking.findEntityNamed('organisation', name)),
        slugify(acronym || name),
        (slug) =>
          deps.organisations.insertOrganisation(
            {
              slug,
              name,
              acronym: acronym || null,
              kind: input.kind,
              country: null,
              city: null,
              website: null,
              is_member: false,
              parent_id: null,
              translations: {},
              aliases: [],
              sector_ids: [],
              suggestion_key: key,
              status: 'draft',
            },
            now,
          ),
      );
    },

    /** The person of this full name, made (with the affiliation, if any) if none is. */
    async personNamed(
      input: {
        givenName: string;
        familyName: string;
        affiliation: { organisationId: string; locale: string; role: string } | null;
      },
      now: string,
    ): Promise<EntityOnce> {
      const givenName = input.givenName.trim();
      const familyName = input.familyName.trim();
      const fullName = `${givenName} ${familyName}`;
      const key = nameKey(fullName) || null;
      const a = input.affiliation;
      const role = a?.role.trim() ?? '';
      return once(
        async () =>
          (key ? await deps.people.findPersonIdBySuggestionKey(key) : undefined) ??
          (await deps.linking.findEntityNamed('person', fullName)),
        slugify(fullName),
        (slug) =>
          deps.people.insertPerson(
            {
              slug,
              given_name: givenName,
              family_name: familyName,
              honorific: null,
              translations: {},
              affiliations: a
                ? [
                    {
                      organisation_id: a.organisationId,
                      starts_on: null,
                      ends_on: null,
                      roles: role ? { [a.locale]: role } : {},
                    },
                  ]
                : [],
              suggestion_key: key,
              status: 'draft',
            },
            now,
          ),
      );
    },
  };
}

export type SuggestionEntities = ReturnType<typeof suggestionEntities>;
