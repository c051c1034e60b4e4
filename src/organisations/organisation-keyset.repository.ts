// The SQL of organisations read in keyset pages on (slug, id) — slugs are ASCII and unique, so
// both engines order them alike — with their texts in the reader's locale and the fallback's.
import { localeFallback } from '../kernel/locale-fallback.js';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { KeysetRequest, SlugPosition } from '../lib/keyset.js';

export interface OrganisationKeysetFilter extends KeysetRequest<SlugPosition> {
  kind?: OrganisationKind | undefined;
  sectorId?: string | undefined;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string | undefined;
  /** Only members (true) or only non-members (false). */
  member?: boolean | undefined;
}

/**
 * Live published organisations with their texts in `locale` and in `fallback`, their logo and their live
 * published parent: the directory page's query and the keyset pages' (one query for both).
 */
export function organisationEntries(db: Db, locale: string, fallback: string) {
  return localeFallback('organisation_translation', 'organisation_id', 'o.id', locale, fallback)
    .join(db.selectFrom('organisation as o'))
    .leftJoin('media as m', (j) =>
      j.onRef('m.id', '=', 'o.logo_media_id').on('m.deleted_at', 'is', null),
    )
    .leftJoin('organisation as p', (j) =>
      j.onRef('p.id', '=', 'o.parent_id').on('p.deleted_at', 'is', null).on(published('p')),
    )
    .select([
      'o.id',
      'o.slug',
      'o.name',
      'o.acronym',
      'o.kind',
      'o.country',
      'o.city',
      'o.website',
      'o.is_member',
      'o.version',
      'o.status',
      'o.updated_at',
      't.description',
      't.competences',
      'f.description as fallback_description',
      'f.competences as fallback_competences',
      'm.storage_key as logo_storage_key',
      'm.width as logo_width',
      'm.height as logo_height',
      'p.id as parent_id',
      'p.slug as parent_slug',
      'p.name as parent_name',
      'p.acronym as parent_acronym',
    ])
    .where('o.deleted_at', 'is', null)
    .where(published('o'));
}

export function organisationKeysetRepository(db: Db) {
  const organisations = (locale: string, fallback: string) =>
    organisationEntries(db, locale, fallback);

  return {
    /** Live organisations by slug, strictly after `after`; `limit` rows. */
    async listOrganisationsAfter(
      filter: OrganisationKeysetFilter,
      locale: string,
      fallback: string,
    ) {
      let query = organisations(locale, fallback);
      const { sectorId, after } = filter;
      if (filter.kind) query = query.where('o.kind', '=', filter.kind);
      if (filter.country) query = query.where('o.country', '=', filter.country);
      if (filter.member !== undefined)
        query = query.where('o.is_member', '=', filter.member ? 1 : 0);
      if (sectorId)
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('organisation_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.organisation_id', '=', 'o.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      // A row-value comparison (SQLite ≥ 3.15, PostgreSQL).
      if (after) query = query.where(sql<boolean>`(o.slug, o.id) > (${after.slug}, ${after.id})`);
      return query.orderBy('o.slug').orderBy('o.id').limit(filter.limit).execute();
    },

    /** One live organisation by id or by slug. */
    async findOrganisationEntry(
      by: { id: string } | { slug: string },
      locale: string,
      fallback: string,
    ) {
      const query = organisations(locale, fallback);
      return (
        'id' in by ? query.where('o.id', '=', by.id) : query.where('o.slug', '=', by.slug)
      ).executeTakeFirst();
    },
  };
}

export type OrganisationKeysetRepository = ReturnType<typeof organisationKeysetRepository>;
export type OrganisationEntryRow = NonNullable<
  Awaited<ReturnType<OrganisationKeysetRepository['findOrganisationEntry']>>
>;
