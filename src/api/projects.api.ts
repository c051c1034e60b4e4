// /api/v1/projects: projects by slug, keyset-paged, and one by id or slug, as the project service
// gives them.
import { createRoute, z } from '@hono/zod-openapi';
import { paths } from '../i18n/paths.js';
import type { ProjectEntry } from '../projects/project-keyset.service.js';
import { absolute, sectorIdOf, type ApiApp, type ApiDeps } from './api.context.js';
import {
  listOf,
  orgLinkSchema,
  pageContent,
  pageQuery,
  publicAccess,
  readErrors,
  sectorParam,
  sectorTagSchema,
} from './api.schema.js';
import { decodeCursor, pageJson } from './cursor.js';
import { withNextLink } from './paging.js';
import { registerReadOne } from './one.api.js';

export const projectSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    programme: z.string(),
    lead_organisation: orgLinkSchema.nullable(),
    partners: z.array(orgLinkSchema.extend({ role: z.string() })),
    countries: z.array(z.string()),
    sectors: z.array(sectorTagSchema),
    starts_on: z.string().nullable(),
    ends_on: z.string().nullable(),
    budget_eur: z.number().nullable(),
    website: z.string().nullable(),
    description: z.string(),
    description_locale: z.string(),
    url: z.string(),
    updated_at: z.string(),
  })
  .openapi('Project');

type ProjectJson = z.infer<typeof projectSchema>;

/** A project of the project service as JSON in `locale`. */
function projectJson(deps: ApiDeps, p: ProjectEntry, locale: string): ProjectJson {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    acronym: p.acronym,
    programme: p.programme,
    lead_organisation: p.lead,
    partners: p.partners,
    countries: p.countries,
    sectors: p.sectors.map((s) => ({ slug: s.slug, name: s.name })),
    starts_on: p.startsOn,
    ends_on: p.endsOn,
    budget_eur: p.budgetEur,
    website: p.website,
    description: p.description.text,
    description_locale: p.description.locale,
    url: absolute(deps, paths.project(locale, p.slug)),
    updated_at: p.updatedAt,
  };
}

export function registerProjectRoutes(api: ApiApp, deps: ApiDeps): void {
  const { projects } = deps.services;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/projects',
      operationId: 'listProjects',
      security: publicAccess,
      tags: ['projects'],
      summary: 'Projects, by slug',
      request: { query: z.object({ ...pageQuery(), sector: sectorParam }) },
      responses: {
        200: pageContent(listOf(projectSchema, 'ProjectList'), 'A page of projects.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = decodeCursor('projects', 1, q.cursor);
      const page = await projects.listProjectsAfter(
        {
          limit: q.limit,
          after: after && { slug: String(after.key[0]), id: after.id },
          sectorId: await sectorIdOf(deps, q.sector, q.locale),
        },
        q.locale,
      );
      const json = (p: ProjectEntry) => projectJson(deps, p, q.locale);
      return c.json(
        withNextLink(
          c,
          deps,
          pageJson(page, 'projects', (p) => [p.slug], json),
        ),
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'projects',
    noun: 'project',
    schema: projectSchema,
    find: (by, locale) => projects.findProjectEntry(by, locale),
    toJson: (p, locale) => projectJson(deps, p, locale),
  });
}
