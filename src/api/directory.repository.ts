// The JSON API's SQL about organisations, people and projects: keyset pages on (slug, id) —
// slugs are ASCII and unique, so both engines order them alike — and their related rows.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

export interface KeysetPage {
  limit: number;
  after?: { slug: string; id: string } | undefined;
}

export interface OrganisationFilter extends KeysetPage {
  kind?: OrganisationKind | undefined;
  sectorId?: string | undefined;
  country?: string | undefined;
  member?: boolean | undefined;
}

/** (slug, id) strictly after the cursor's, as a row-value comparison (SQLite ≥ 3.15, PostgreSQL). */
function afterSlug(alias: 'o' | 'p' | 'j', after: { slug: string; id: string }) {
  return sql<boolean>`(${sql.ref(`${alias}.slug`)}, ${sql.ref(`${alias}.id`)}) > (${after.slug}, ${after.id})`;
}

export function apiDirectoryRepository(db: Db) {
  const organisations = (locale: string, fallback: string) =>
    db
      .selectFrom('organisation as o')
      .leftJoin('organisation_translation as t', (j) =>
        j.onRef('t.organisation_id', '=', 'o.id').on('t.locale', '=', locale),
      )
      .leftJoin('organisation_translation as f', (j) =>
        j.onRef('f.organisation_id', '=', 'o.id').on('f.locale', '=', fallback),
      )
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
        'o.website',
        'o.is_member',
        'o.parent_id',
        'o.version',
        'o.updated_at',
        't.description',
        't.competences',
        'f.description as fallback_description',
        'f.competences as fallback_competences',
        'm.storage_key as logo_storage_key',
        'm.width as logo_width',
        'm.height as logo_height',
      ])
      .where('o.deleted_at', 'is', null);

  const people = (locale: string, fallback: string) =>
    db
      .selectFrom('person as p')
      .leftJoin('person_translation as t', (j) =>
        j.onRef('t.person_id', '=', 'p.id').on('t.locale', '=', locale),
      )
      .leftJoin('person_translation as f', (j) =>
        j.onRef('f.person_id', '=', 'p.id').on('f.locale', '=', fallback),
      )
      .leftJoin('media as m', (j) =>
        j.onRef('m.id', '=', 'p.photo_media_id').on('m.deleted_at', 'is', null),
      )
      .select([
        'p.id',
        'p.slug',
        'p.given_name',
        'p.family_name',
        'p.honorific',
        'p.updated_at',
        't.bio',
        'f.bio as fallback_bio',
        'm.storage_key as photo_storage_key',
      ])
      .where('p.deleted_at', 'is', null);

  const projects = (locale: string, fallback: string) =>
    db
      .selectFrom('project as j')
      .leftJoin('project_translation as t', (jn) =>
        jn.onRef('t.project_id', '=', 'j.id').on('t.locale', '=', locale),
      )
      .leftJoin('project_translation as f', (jn) =>
        jn.onRef('f.project_id', '=', 'j.id').on('f.locale', '=', fallback),
      )
      .select([
        'j.id',
        'j.slug',
        'j.name',
        'j.acronym',
        'j.programme',
        'j.lead_organisation_id',
        'j.starts_on',
        'j.ends_on',
        'j.budget_eur',
        'j.website',
        'j.updated_at',
        't.description',
        'f.description as fallback_description',
      ])
      .where('j.deleted_at', 'is', null);

  return {
    async listOrganisations(filter: OrganisationFilter, locale: string, fallback: string) {
      let query = organisations(locale, fallback);
      if (filter.kind) query = query.where('o.kind', '=', filter.kind);
      if (filter.country) query = query.where('o.country', '=', filter.country);
      if (filter.member !== undefined)
        query = query.where('o.is_member', '=', filter.member ? 1 : 0);
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
      if (filter.after) query = query.where(afterSlug('o', filter.after));
      return query.orderBy('o.slug').orderBy('o.id').limit(filter.limit).execute();
    },

    async findOrganisation(
      by: { id: string } | { slug: string },
      locale: string,
      fallback: string,
    ) {
      const query = organisations(locale, fallback);
      return (
        'id' in by ? query.where('o.id', '=', by.id) : query.where('o.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    async listOrganisationSectors(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('organisation_sector')
        .select(['organisation_id as owner_id', 'sector_id'])
        .where('organisation_id', 'in', ids)
        .execute();
    },

    /** Slugs and names of organisations by id (parents, leads, partners, employers). */
    async listOrganisationLinks(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('organisation')
        .select(['id', 'slug', 'name', 'acronym'])
        .where('id', 'in', ids)
        .where('deleted_at', 'is', null)
        .execute();
    },

    async listPeople(page: KeysetPage, locale: string, fallback: string) {
      let query = people(locale, fallback);
      if (page.after) query = query.where(afterSlug('p', page.after));
      return query.orderBy('p.slug').orderBy('p.id').limit(page.limit).execute();
    },

    async findPerson(by: { id: string } | { slug: string }, locale: string, fallback: string) {
      const query = people(locale, fallback);
      return (
        'id' in by ? query.where('p.id', '=', by.id) : query.where('p.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    /** Affiliations of these people, with the role titled in `locale` and in `fallback`. */
    async listAffiliations(personIds: readonly string[], locale: string, fallback: string) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('affiliation as a')
        .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
        .leftJoin('affiliation_translation as t', (j) =>
          j.onRef('t.affiliation_id', '=', 'a.id').on('t.locale', '=', locale),
        )
        .leftJoin('affiliation_translation as f', (j) =>
          j.onRef('f.affiliation_id', '=', 'a.id').on('f.locale', '=', fallback),
        )
        .select([
          'a.id',
          'a.person_id',
          'a.organisation_id',
          'o.slug as organisation_slug',
          'o.name as organisation_name',
          'a.starts_on',
          'a.ends_on',
          't.role_title',
          'f.role_title as fallback_role_title',
        ])
        .where('a.person_id', 'in', personIds)
        .where('o.deleted_at', 'is', null)
        .orderBy('a.starts_on', 'desc')
        .orderBy('a.id')
        .execute();
    },

    async listProjects(
      filter: KeysetPage & { sectorId?: string | undefined },
      locale: string,
      fallback: string,
    ) {
      let query = projects(locale, fallback);
      const sectorId = filter.sectorId;
      if (sectorId)
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('project_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.project_id', '=', 'j.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      if (filter.after) query = query.where(afterSlug('j', filter.after));
      return query.orderBy('j.slug').orderBy('j.id').limit(filter.limit).execute();
    },

    async findProject(by: { id: string } | { slug: string }, locale: string, fallback: string) {
      const query = projects(locale, fallback);
      return (
        'id' in by ? query.where('j.id', '=', by.id) : query.where('j.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    async listProjectSectors(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('project_sector')
        .select(['project_id as owner_id', 'sector_id'])
        .where('project_id', 'in', ids)
        .execute();
    },

    async listProjectCountries(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('project_country')
        .select(['project_id', 'country'])
        .where('project_id', 'in', ids)
        .orderBy('country')
        .execute();
    },

    async listProjectPartners(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('project_partner as pp')
        .innerJoin('organisation as o', 'o.id', 'pp.organisation_id')
        .select(['pp.project_id', 'o.id', 'o.slug', 'o.name', 'pp.role'])
        .where('pp.project_id', 'in', ids)
        .where('o.deleted_at', 'is', null)
        .orderBy('o.slug')
        .execute();
    },
  };
}

export type ApiDirectoryRepository = ReturnType<typeof apiDirectoryRepository>;
