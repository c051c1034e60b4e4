// Reading the projects of the directory: the list, a project's page, an organisation's projects.
import { AppError } from '../errors.js';
import { compareNames, safeHttpUrl } from '../lib/intl.js';
import { pickText } from '../lib/localized.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import type { SectorReads } from '../sectors/sector.service.js';
import {
  toProjectCard,
  type ProjectCard,
  type ProjectRoleView,
  type ProjectView,
} from './project.presenter.js';
import { projectTitle } from '../views/cards.js';
import type { ProjectRepository, ProjectSummaryRow } from './project.repository.js';
import type { ProjectKeysetRepository } from './project-keyset.repository.js';
import { projectKeysetReads } from './project-keyset.service.js';

export const projectsPageSize = 24;

export interface ProjectServiceDeps {
  projects: ProjectRepository;
  /** Keyset pages of whole projects (the JSON API's reads). */
  keyset: ProjectKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
}

export function projectService(deps: ProjectServiceDeps) {
  const { projects, sectors, defaultLocale } = deps;

  const cards = async (rows: ProjectSummaryRow[], locale: string): Promise<ProjectCard[]> => {
    const sectorMap = await sectors.listSectorsOfProjects(
      rows.map((r) => r.id),
      locale,
      defaultLocale,
    );
    return rows.map((r) => toProjectCard(r, sectorMap.get(r.id) ?? []));
  };

  return {
    ...projectKeysetReads(deps),

    /** One page of projects by acronym (or name), in the reader's collation. */
    async listProjects(
      locale: string,
      page: number,
      pageSize = projectsPageSize,
    ): Promise<{ items: ProjectCard[]; page: PageInfo }> {
      const rows = await projects.listProjects();
      const compare = compareNames(locale);
      rows.sort((a, b) => compare(projectTitle(a), projectTitle(b)));
      const info = pageInfo(page, pageSize, rows.length);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      return {
        items: await cards(rows.slice((page - 1) * pageSize, page * pageSize), locale),
        page: info,
      };
    },

    async getProjectPage(locale: string, slug: string): Promise<ProjectView> {
      const row = await projects.findProjectBySlug(slug, locale, defaultLocale);
      if (!row) throw new AppError('not_found', `No project “${slug}”.`);
      const [[card], partners, countries] = await Promise.all([
        cards([row], locale),
        projects.listProjectPartners(row.id),
        projects.listProjectCountries(row.id),
      ]);
      const description = pickText(
        row.description,
        row.fallback_description,
        locale,
        defaultLocale,
      );
      const compare = compareNames(locale);
      return {
        ...card!,
        id: row.id,
        budgetEur: row.budget_eur === null ? null : Number(row.budget_eur),
        website: safeHttpUrl(row.website),
        description: description.text,
        descriptionLocale: description.locale,
        partners: partners
          .map((p) => ({ slug: p.slug, name: p.name, acronym: p.acronym, role: p.role }))
          .sort((a, b) => compare(a.name, b.name)),
        countries,
      };
    },

    /** Projects an organisation leads or is a partner of, newest start first. */
    async listProjectsOfOrganisation(
      locale: string,
      organisationId: string,
    ): Promise<ProjectRoleView[]> {
      const rows = await projects.listProjectsOfOrganisation(organisationId);
      rows.sort((a, b) => (b.starts_on ?? '').localeCompare(a.starts_on ?? ''));
      const list = await cards(rows, locale);
      return list.map((project, i) => ({ project, role: rows[i]!.role }));
    },
  };
}

export type ProjectService = ReturnType<typeof projectService>;
