// The SQL of projects read in keyset pages on (slug, id), with their description in the reader's
// locale and the fallback's, and the partners and countries of many projects in one query each.
import { localeFallback } from '../kernel/locale-fallback.js';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import type { KeysetRequest, SlugPosition } from '../lib/keyset.js';

export interface ProjectKeysetFilter extends KeysetRequest<SlugPosition> {
  sectorId?: string | undefined;
}

/**
 * Live projects with their description in `locale` and in `fallback` and their live lead
 * organisation: the project page's query and the keyset pages' (one query for both).
 */
export function projectEntries(db: Db, locale: string, fallback: string) {
  return localeFallback('project_translation', 'project_id', 'p.id', locale, fallback)
    .join(db.selectFrom('project as p'))
    .leftJoin('organisation as l', (j) =>
      j
        .onRef('l.id', '=', 'p.lead_organisation_id')
        .on('l.deleted_at', 'is', null)
        .on(published('l')),
    )
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'p.acronym',
      'p.programme',
      'p.starts_on',
      'p.ends_on',
      'p.budget_eur',
      'p.website',
      'p.updated_at',
      't.description',
      'f.description as fallback_description',
      'l.id as lead_id',
      'l.slug as lead_slug',
      'l.name as lead_name',
      'l.acronym as lead_acronym',
    ])
    .where('p.deleted_at', 'is', null);
}

export function projectKeysetRepository(db: Db) {
  const projects = (locale: string, fallback: string) => projectEntries(db, locale, fallback);

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
              .whereRef('s.project_id', '=', 'p.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      // A row-value comparison (SQLite ≥ 3.15, PostgreSQL).
      if (after) query = query.where(sql<boolean>`(p.slug, p.id) > (${after.slug}, ${after.id})`);
      return query.orderBy('p.slug').orderBy('p.id').limit(filter.limit).execute();
    },

    /** One live project by id or by slug. */
    async findProjectEntry(
      by: { id: string } | { slug: string },
      locale: string,
      fallback: string,
    ) {
      const query = projects(locale, fallback);
      return (
        'id' in by ? query.where('p.id', '=', by.id) : query.where('p.slug', '=', by.slug)
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
        .where(published('o'))
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
