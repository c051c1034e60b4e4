// Every SQL statement about projects: inserting them, and the directory's reads.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import { projectEntries } from './project-keyset.repository.js';
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

/** One project as listed in the directory, with its lead organisation. */
export interface ProjectSummaryRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  programme: string;
  starts_on: string | null;
  ends_on: string | null;
  lead_slug: string | null;
  lead_name: string | null;
  lead_acronym: string | null;
}

export interface ProjectDetailRow extends ProjectSummaryRow {
  budget_eur: number | null;
  website: string | null;
  description: string | null;
  fallback_description: string | null;
}

/** An organisation's part in a project: its lead, or a partner role. */
export interface ProjectRoleRow extends ProjectSummaryRow {
  role: string;
}

export interface ProjectPartnerRow {
  slug: string;
  name: string;
  acronym: string | null;
  role: string;
}

/** Live projects with their lead organisation's link, if it is live too. */
function summaries(db: Db) {
  return db
    .selectFrom('project as p')
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
      'l.slug as lead_slug',
      'l.name as lead_name',
      'l.acronym as lead_acronym',
    ])
    .where('p.deleted_at', 'is', null);
}

export function projectRepository(db: Db) {
  return {
    /** Every live project, in no particular order (the service sorts for the locale). */
    async listProjects(): Promise<ProjectSummaryRow[]> {
      return summaries(db).execute();
    },

    async findProjectBySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<ProjectDetailRow | undefined> {
      return projectEntries(db, locale, fallback).where('p.slug', '=', slug).executeTakeFirst();
    },

    /** Live partner organisations of a project with their role. */
    async listProjectPartners(projectId: string): Promise<ProjectPartnerRow[]> {
      return db
        .selectFrom('project_partner as pp')
        .innerJoin('organisation as o', 'o.id', 'pp.organisation_id')
        .select(['o.slug', 'o.name', 'o.acronym', 'pp.role'])
        .where('pp.project_id', '=', projectId)
        .where('o.deleted_at', 'is', null)
        .where(published('o'))
        .execute();
    },

    async listProjectCountries(projectId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('project_country')
        .select('country')
        .where('project_id', '=', projectId)
        .orderBy('country')
        .execute();
      return rows.map((r) => r.country);
    },

    /** Projects an organisation leads (role "lead") or takes part in (its partner role). */
    async listProjectsOfOrganisation(organisationId: string): Promise<ProjectRoleRow[]> {
      const [led, partnered] = await Promise.all([
        summaries(db)
          .select(sql<string>`'lead'`.as('role'))
          .where('p.lead_organisation_id', '=', organisationId)
          .execute(),
        summaries(db)
          .innerJoin('project_partner as pp', 'pp.project_id', 'p.id')
          .select('pp.role')
          .where('pp.organisation_id', '=', organisationId)
          .execute(),
      ]);
      return [...led, ...partnered];
    },

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
