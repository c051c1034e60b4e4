// The SQL of projects read in keyset pages on (slug, id), with their description in the reader's
// locale and the fallback's, and the partners and countries of many projects in one query each.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { KeysetRequest, SlugPosition } from '../lib/keyset.js';

export interface ProjectKeysetFilter extends KeysetRequest<SlugPosition> {
  sectorId?: string | undefined;
}

export function projectKeysetRepository(db: Db) {
  const projects = (locale: string, fallback: string) =>
    db
      .selectFrom('project as j')
      .leftJoin('project_translation as t', (jn) =>
        jn.onRef('t.project_id', '=', 'j.id').on('t.locale', '=', locale),
      )
      .leftJoin('project_translation as f', (jn) =>
        jn.onRef('f.project_id', '=', 'j.id').on('f.locale', '=', fallback),
      )
      .leftJoin('organisation as l', (jn) =>
        jn.onRef('l.id', '=', 'j.lead_organisation_id').on('l.deleted_at', 'is', null),
      )
      .select([
        'j.id',
        'j.slug',
        'j.name',
        'j.acronym',
        'j.programme',
        'j.starts_on',
        'j.ends_on',
        'j.budget_eur',
        'j.website',
        'j.updated_at',
        't.description',
        'f.description as fallback_description',
        'l.id as lead_id',
        'l.slug as lead_slug',
        'l.name as lead_name',
      ])
      .where('j.deleted_at', 'is', null);

  return {
    /** Live projects by slug, strictly after `after`; `limit` rows. */
    async listProjectsAfter(filter: ProjectKeysetFilter, locale: string, fallback: string) {
      let query = projects(locale, fallback);
      const { sectorId, after } = filter;
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
      // A row-value comparison (SQLite ≥ 3.15, PostgreSQL).
      if (after) query = query.where(sql<boolean>`(j.slug, j.id) > (${after.slug}, ${after.id})`);
      return query.orderBy('j.slug').orderBy('j.id').limit(filter.limit).execute();
    },

    /** One live project by id or by slug. */
    async findProjectEntry(
      by: { id: string } | { slug: string },
      locale: string,
      fallback: string,
    ) {
      const query = projects(locale, fallback);
      return (
        'id' in by ? query.where('j.id', '=', by.id) : query.where('j.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    /** Live partner organisations of these projects with their role, by slug. */
    async listPartnersOfProjects(ids: readonly string[]) {
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

    /** Countries of these projects, in code order. */
    async listCountriesOfProjects(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('project_country')
        .select(['project_id', 'country'])
        .where('project_id', 'in', ids)
        .orderBy('country')
        .execute();
    },
  };
}

export type ProjectKeysetRepository = ReturnType<typeof projectKeysetRepository>;
export type ProjectEntryRow = NonNullable<
  Awaited<ReturnType<ProjectKeysetRepository['findProjectEntry']>>
>;
