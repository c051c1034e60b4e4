// Every SQL statement about organisations: inserting them, and the directory's reads.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import { published, type DirectoryStatus } from '../kernel/directory-status.js';
import { organisationEntries } from './organisation-keyset.repository.js';

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
  /** Set when created from a suggestion: the key of its name, unique among live organisations. */
  suggestion_key?: string | null;
  /** Published unless said otherwise; what a suggestion makes is a draft. */
  status?: DirectoryStatus;
}

/** One organisation as listed in the directory. */
export interface OrganisationSummaryRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  country: string | null;
  city: string | null;
  is_member: number;
  logo_storage_key: string | null;
}

export interface OrganisationFilter {
  kind?: OrganisationKind;
  sectorId?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  memberOnly?: boolean;
}

/** An organisation with its texts in the reader's locale and in the fallback locale. */
export interface OrganisationDetailRow extends OrganisationSummaryRow {
  website: string | null;
  logo_width: number | null;
  logo_height: number | null;
  description: string | null;
  competences: string | null;
  fallback_description: string | null;
  fallback_competences: string | null;
  parent_slug: string | null;
  parent_name: string | null;
  parent_acronym: string | null;
}

/** Enough of an organisation to link to it. */
export interface OrganisationLinkRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
}

export interface SuccessionRow extends OrganisationLinkRow {
  /** Whether the other organisation came before this one or after it. */
  direction: 'predecessor' | 'successor';
  kind: 'rename' | 'merger';
  occurred_on: string | null;
}

export function organisationRepository(db: Db) {
  return {
    /** Live published organisations matching every given filter, in no particular order. */
    async listOrganisations(filter: OrganisationFilter): Promise<OrganisationSummaryRow[]> {
      let query = db
        .selectFrom('organisation as o')
        .leftJoin('media as m', (j) =>
          j.onRef('m.id', '=', 'o.logo_media_id').on('m.deleted_at', 'is', null),
        )
        .select([
          'o.id',
          'o.slug',
          'o.name',
          'o.acronym',
          'o.kind',
          'o.country',
          'o.city',
          'o.is_member',
          'm.storage_key as logo_storage_key',
        ])
        .where('o.deleted_at', 'is', null)
        .where(published('o'));
      if (filter.kind) query = query.where('o.kind', '=', filter.kind);
      if (filter.country) query = query.where('o.country', '=', filter.country);
      if (filter.memberOnly) query = query.where('o.is_member', '=', 1);
      const sectorId = filter.sectorId;
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
      return query.execute();
    },

    /** Countries that live organisations are based in, for the directory's filter. */
    async listOrganisationCountries(): Promise<string[]> {
      const rows = await db
        .selectFrom('organisation')
        .select('country')
        .distinct()
        .where('deleted_at', 'is', null)
        .where(published('organisation'))
        .where('country', 'is not', null)
        .orderBy('country')
        .execute();
      return rows.flatMap((r) => (r.country ? [r.country] : []));
    },

    async findOrganisationBySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<OrganisationDetailRow | undefined> {
      return organisationEntries(db, locale, fallback)
        .where('o.slug', '=', slug)
        .executeTakeFirst();
    },

    /** Live organisations whose parent is `parentId` (ESEC within ESA). */
    async listChildOrganisations(parentId: string): Promise<OrganisationLinkRow[]> {
      return db
        .selectFrom('organisation')
        .select(['id', 'slug', 'name', 'acronym'])
        .where('parent_id', '=', parentId)
        .where('deleted_at', 'is', null)
        .where(published('organisation'))
        .execute();
    },

    /** Former names with the date they were abandoned (order decided by the service). */
    async listFormerNames(
      organisationId: string,
    ): Promise<{ alias: string; valid_until: string | null }[]> {
      return db
        .selectFrom('organisation_alias')
        .select(['alias', 'valid_until'])
        .where('organisation_id', '=', organisationId)
        .where('kind', '=', 'former_name')
        .execute();
    },

    /** Organisations this one succeeded or was succeeded by (renames, mergers). */
    async listSuccessions(organisationId: string): Promise<SuccessionRow[]> {
      const [before, after] = await Promise.all([
        db
          .selectFrom('organisation_succession as s')
          .innerJoin('organisation as o', 'o.id', 's.predecessor_id')
          .select(['o.id', 'o.slug', 'o.name', 'o.acronym', 's.kind', 's.occurred_on'])
          .where('s.successor_id', '=', organisationId)
          .where('o.deleted_at', 'is', null)
          .where(published('o'))
          .execute(),
        db
          .selectFrom('organisation_succession as s')
          .innerJoin('organisation as o', 'o.id', 's.successor_id')
          .select(['o.id', 'o.slug', 'o.name', 'o.acronym', 's.kind', 's.occurred_on'])
          .where('s.predecessor_id', '=', organisationId)
          .where('o.deleted_at', 'is', null)
          .where(published('o'))
          .execute(),
      ]);
      return [
        ...before.map((r) => ({ ...r, direction: 'predecessor' as const })),
        ...after.map((r) => ({ ...r, direction: 'successor' as const })),
      ];
    },

    /** The live organisation created from a suggestion under this name key. */
    async findOrganisationIdBySuggestionKey(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('organisation')
        .select('id')
        .where('suggestion_key', '=', key)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row?.id;
    },

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
