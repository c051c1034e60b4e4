// The SQL of the API's organisation update: the row under its version, and its texts per locale.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { OrganisationKind } from '../organisations/organisation.table.js';

export interface OrganisationChanges {
  name?: string | undefined;
  acronym?: string | null | undefined;
  kind?: OrganisationKind | undefined;
  country?: string | null | undefined;
  city?: string | null | undefined;
  website?: string | null | undefined;
  is_member?: number | undefined;
}

export interface OrganisationTextChanges {
  description?: string | undefined;
  competences?: string | undefined;
}

export function organisationWriteRepository(db: Db) {
  return {
    async findVersion(id: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('organisation')
        .select('version')
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row?.version;
    },

    /**
     * Applies the changes if the organisation is still at `expectedVersion`; returns the new
     * version, or undefined when someone saved in between (nothing is written then).
     */
    async updateOrganisation(
      id: string,
      expectedVersion: number,
      changes: OrganisationChanges,
      texts: Record<string, OrganisationTextChanges>,
      now: string,
    ): Promise<number | undefined> {
      return translateErrors('Organisation', () =>
        db.transaction().execute(async (trx) => {
          const result = await trx
            .updateTable('organisation')
            .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
            .where('id', '=', id)
            .where('version', '=', expectedVersion)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) return undefined;
          for (const [locale, text] of Object.entries(texts)) {
            if (text.description === undefined && text.competences === undefined) continue;
            const updated = await trx
              .updateTable('organisation_translation')
              .set({
                ...(text.description !== undefined ? { description: text.description } : {}),
                ...(text.competences !== undefined ? { competences: text.competences } : {}),
              })
              .where('organisation_id', '=', id)
              .where('locale', '=', locale)
              .executeTakeFirst();
            if (Number(updated.numUpdatedRows) === 0)
              await trx
                .insertInto('organisation_translation')
                .values({
                  organisation_id: id,
                  locale,
                  description: text.description ?? '',
                  competences: text.competences ?? '',
                })
                .execute();
          }
          return expectedVersion + 1;
        }),
      );
    },
  };
}
