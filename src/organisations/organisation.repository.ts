// Every SQL statement about organisations (this issue: inserting them; the directory reads them).
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { OrganisationKind } from './organisation.table.js';

export interface NewOrganisation {
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  country: string | null;
  city: string | null;
  website: string | null;
  is_member: boolean;
  parent_id: string | null;
  translations: Record<string, { description: string; competences: string }>;
  aliases: { alias: string; kind: 'alias' | 'former_name'; valid_until: string | null }[];
  sector_ids: string[];
}

export function organisationRepository(db: Db) {
  return {
    async insertOrganisation(input: NewOrganisation, now: string): Promise<string> {
      const id = newId();
      const { translations, aliases, sector_ids, is_member, ...row } = input;
      await translateErrors('Organisation', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('organisation')
            .values({
              id,
              ...row,
              is_member: is_member ? 1 : 0,
              logo_media_id: null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const t = Object.entries(translations).map(([locale, v]) => ({
            organisation_id: id,
            locale,
            ...v,
          }));
          if (t.length) await trx.insertInto('organisation_translation').values(t).execute();
          if (aliases.length)
            await trx
              .insertInto('organisation_alias')
              .values(aliases.map((a) => ({ id: newId(), organisation_id: id, ...a })))
              .execute();
          if (sector_ids.length)
            await trx
              .insertInto('organisation_sector')
              .values(sector_ids.map((sector_id) => ({ organisation_id: id, sector_id })))
              .execute();
        }),
      );
      return id;
    },
  };
}

export type OrganisationRepository = ReturnType<typeof organisationRepository>;
