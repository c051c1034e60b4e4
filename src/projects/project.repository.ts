// Every SQL statement about projects (this issue: inserting them).
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';

export interface NewProject {
  slug: string;
  name: string;
  acronym: string | null;
  programme: string;
  lead_organisation_id: string | null;
  starts_on: string | null;
  ends_on: string | null;
  budget_eur: number | null;
  website: string | null;
  translations: Record<string, { description: string }>;
  partner_ids: string[];
  countries: string[];
  sector_ids: string[];
}

export function projectRepository(db: Db) {
  return {
    async insertProject(input: NewProject, now: string): Promise<string> {
      const id = newId();
      const { translations, partner_ids, countries, sector_ids, ...row } = input;
      await translateErrors('Project', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('project')
            .values({ id, ...row, deleted_at: null, created_at: now, updated_at: now })
            .execute();
          const t = Object.entries(translations).map(([locale, v]) => ({
            project_id: id,
            locale,
            ...v,
          }));
          if (t.length) await trx.insertInto('project_translation').values(t).execute();
          if (partner_ids.length)
            await trx
              .insertInto('project_partner')
              .values(
                partner_ids.map((organisation_id) => ({
                  project_id: id,
                  organisation_id,
                  role: 'partner',
                })),
              )
              .execute();
          if (countries.length)
            await trx
              .insertInto('project_country')
              .values(countries.map((country) => ({ project_id: id, country })))
              .execute();
          if (sector_ids.length)
            await trx
              .insertInto('project_sector')
              .values(sector_ids.map((sector_id) => ({ project_id: id, sector_id })))
              .execute();
        }),
      );
      return id;
    },
  };
}

export type ProjectRepository = ReturnType<typeof projectRepository>;
