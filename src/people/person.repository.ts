// Every SQL statement about people and affiliations (this issue: inserting them).
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';

export interface NewPerson {
  slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
  translations: Record<string, { bio: string }>;
  affiliations: {
    organisation_id: string;
    starts_on: string | null;
    ends_on: string | null;
    roles: Record<string, string>;
  }[];
}

export function personRepository(db: Db) {
  return {
    async insertPerson(input: NewPerson, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Person', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('person')
            .values({
              id,
              slug: input.slug,
              given_name: input.given_name,
              family_name: input.family_name,
              honorific: input.honorific,
              photo_media_id: null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const t = Object.entries(input.translations).map(([locale, v]) => ({
            person_id: id,
            locale,
            ...v,
          }));
          if (t.length) await trx.insertInto('person_translation').values(t).execute();
          for (const a of input.affiliations) {
            const affiliationId = newId();
            await trx
              .insertInto('affiliation')
              .values({
                id: affiliationId,
                person_id: id,
                organisation_id: a.organisation_id,
                starts_on: a.starts_on,
                ends_on: a.ends_on,
                created_at: now,
                updated_at: now,
              })
              .execute();
            const roles = Object.entries(a.roles).map(([locale, role_title]) => ({
              affiliation_id: affiliationId,
              locale,
              role_title,
            }));
            if (roles.length)
              await trx.insertInto('affiliation_translation').values(roles).execute();
          }
        }),
      );
      return id;
    },
  };
}

export type PersonRepository = ReturnType<typeof personRepository>;
