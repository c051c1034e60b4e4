// /api/v1/organisations, /people and /projects: the directory, ordered by slug, keyset-paged.
import { createRoute, z } from '@hono/zod-openapi';
import { mediaUrl } from '../kernel/media-url.js';
import { AppError } from '../errors.js';
import { defaultLocale } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { pickText } from '../lib/localized.js';
import { safeHttpUrl } from '../lib/intl.js';
import { organisationKinds } from '../organisations/organisation.schema.js';
import { splitLines } from '../organisations/organisation.presenter.js';
import { absolute, groupBy, sectorsIn, type ApiApp, type ApiDeps } from './api.context.js';
import {
  cursorParam,
  jsonContent,
  limitParam,
  listOf,
  localeParam,
  readErrors,
  sectorParam,
  sectorTagSchema,
} from './api.schema.js';
import { apiDirectoryRepository } from './directory.repository.js';
import { registerReadOne } from './one.api.js';
import { decodeCursor, pageOf } from './cursor.js';

const localized = (own: string | null, fallback: string | null, locale: string) =>
  pickText(own, fallback, locale, defaultLocale);

const orgLinkSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string() })
  .openapi('OrganisationLink');

export const organisationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    kind: z.enum(organisationKinds),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2.' }),
    city: z.string().nullable(),
    website: z.string().nullable(),
    is_member: z.boolean(),
    parent: orgLinkSchema.nullable(),
    sectors: z.array(sectorTagSchema),
    description: z.string(),
    description_locale: z.string(),
    competences: z.array(z.string()),
    logo_url: z.string().nullable(),
    url: z.string(),
    version: z
      .number()
      .int()
      .openapi({ description: 'Send it back to update (optimistic concurrency).' }),
    updated_at: z.string(),
  })
  .openapi('Organisation');

export const personSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    given_name: z.string(),
    family_name: z.string(),
    honorific: z.string().nullable(),
    bio: z.string(),
    bio_locale: z.string(),
    photo_url: z.string().nullable(),
    affiliations: z.array(
      z.object({
        organisation: orgLinkSchema,
        role: z.string(),
        starts_on: z.string().nullable(),
        ends_on: z.string().nullable(),
      }),
    ),
    url: z.string(),
    updated_at: z.string(),
  })
  .openapi('Person');

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

type OrganisationJson = z.infer<typeof organisationSchema>;
type PersonJson = z.infer<typeof personSchema>;
type ProjectJson = z.infer<typeof projectSchema>;

const pageQuery = () => ({ locale: localeParam(), limit: limitParam, cursor: cursorParam });
const keyOf = (r: { slug: string }) => [r.slug];
const afterOf = (c: { key: (string | number | null)[]; id: string } | undefined) =>
  c && { slug: String(c.key[0]), id: c.id };

export function registerDirectoryRoutes(api: ApiApp, deps: ApiDeps): void {
  const repo = apiDirectoryRepository(deps.database.db);
  const link = (o: { id: string; slug: string; name: string }) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
  });

  async function sectorIdOf(slug: string | undefined, locale: string) {
    if (!slug) return undefined;
    const sector = (await sectorsIn(deps, locale)).bySlug(slug);
    if (!sector) throw new AppError('bad_request', `Unknown sector “${slug}”.`);
    return sector.id;
  }

  type OrgRow = Awaited<ReturnType<typeof repo.listOrganisations>>[number];
  async function organisationsJson(rows: OrgRow[], locale: string): Promise<OrganisationJson[]> {
    const ids = rows.map((r) => r.id);
    const parentIds = rows.flatMap((r) => (r.parent_id ? [r.parent_id] : []));
    const [pairs, parents, sectors] = await Promise.all([
      repo.listOrganisationSectors(ids),
      repo.listOrganisationLinks(parentIds),
      sectorsIn(deps, locale),
    ]);
    const sectorsOf = groupBy(pairs, (p) => p.owner_id);
    return rows.map((r) => {
      const description = localized(r.description, r.fallback_description, locale);
      const competences = localized(r.competences, r.fallback_competences, locale);
      const parent = parents.find((p) => p.id === r.parent_id);
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        acronym: r.acronym,
        kind: r.kind,
        country: r.country,
        city: r.city,
        website: safeHttpUrl(r.website),
        is_member: r.is_member === 1,
        parent: parent ? link(parent) : null,
        sectors: sectors.tags((sectorsOf.get(r.id) ?? []).map((p) => p.sector_id)),
        description: description.text,
        description_locale: description.locale,
        competences: splitLines(competences.text),
        logo_url: r.logo_storage_key ? absolute(deps, mediaUrl(r.logo_storage_key)) : null,
        url: absolute(deps, paths.organisation(locale, r.slug)),
        version: r.version,
        updated_at: r.updated_at,
      };
    });
  }

  type PersonRow = Awaited<ReturnType<typeof repo.listPeople>>[number];
  async function peopleJson(rows: PersonRow[], locale: string): Promise<PersonJson[]> {
    const affiliations = groupBy(
      await repo.listAffiliations(
        rows.map((r) => r.id),
        locale,
        defaultLocale,
      ),
      (a) => a.person_id,
    );
    return rows.map((r) => {
      const bio = localized(r.bio, r.fallback_bio, locale);
      return {
        id: r.id,
        slug: r.slug,
        given_name: r.given_name,
        family_name: r.family_name,
        honorific: r.honorific,
        bio: bio.text,
        bio_locale: bio.locale,
        photo_url: r.photo_storage_key ? absolute(deps, mediaUrl(r.photo_storage_key)) : null,
        affiliations: (affiliations.get(r.id) ?? []).map((a) => ({
          organisation: {
            id: a.organisation_id,
            slug: a.organisation_slug,
            name: a.organisation_name,
          },
          role: a.role_title ?? a.fallback_role_title ?? '',
          starts_on: a.starts_on,
          ends_on: a.ends_on,
        })),
        url: absolute(deps, paths.person(locale, r.slug)),
        updated_at: r.updated_at,
      };
    });
  }

  type ProjectRow = Awaited<ReturnType<typeof repo.listProjects>>[number];
  async function projectsJson(rows: ProjectRow[], locale: string): Promise<ProjectJson[]> {
    const ids = rows.map((r) => r.id);
    const leadIds = rows.flatMap((r) => (r.lead_organisation_id ? [r.lead_organisation_id] : []));
    const [pairs, countries, partners, leads, sectors] = await Promise.all([
      repo.listProjectSectors(ids),
      repo.listProjectCountries(ids),
      repo.listProjectPartners(ids),
      repo.listOrganisationLinks(leadIds),
      sectorsIn(deps, locale),
    ]);
    const sectorsOf = groupBy(pairs, (p) => p.owner_id);
    return rows.map((r) => {
      const description = localized(r.description, r.fallback_description, locale);
      const lead = leads.find((o) => o.id === r.lead_organisation_id);
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        acronym: r.acronym,
        programme: r.programme,
        lead_organisation: lead ? link(lead) : null,
        partners: partners
          .filter((p) => p.project_id === r.id)
          .map((p) => ({ ...link(p), role: p.role })),
        countries: countries.filter((c) => c.project_id === r.id).map((c) => c.country),
        sectors: sectors.tags((sectorsOf.get(r.id) ?? []).map((p) => p.sector_id)),
        starts_on: r.starts_on,
        ends_on: r.ends_on,
        budget_eur: r.budget_eur,
        website: safeHttpUrl(r.website),
        description: description.text,
        description_locale: description.locale,
        url: absolute(deps, paths.project(locale, r.slug)),
        updated_at: r.updated_at,
      };
    });
  }

  // --- organisations -------------------------------------------------------------------------
  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      tags: ['organisations'],
      summary: 'Organisations of the directory, by slug',
      request: {
        query: z.object({
          ...pageQuery(),
          kind: z.enum(organisationKinds).optional(),
          sector: sectorParam,
          country: z
            .string()
            .regex(/^[A-Za-z]{2}$/)
            .optional()
            .openapi({
              description: 'ISO 3166-1 alpha-2 country code, either case.',
              example: 'BE',
            }),
          member: z.enum(['true', 'false']).optional().openapi({
            description: 'Only members of the cluster (true) or only non-members (false).',
          }),
        }),
      },
      responses: {
        200: jsonContent(
          listOf(organisationSchema, 'OrganisationList'),
          'A page of organisations.',
        ),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = afterOf(decodeCursor('organisations', 1, q.cursor));
      const rows = await repo.listOrganisations(
        {
          limit: q.limit + 1,
          after,
          kind: q.kind,
          sectorId: await sectorIdOf(q.sector, q.locale),
          country: q.country?.toUpperCase(),
          member: q.member === undefined ? undefined : q.member === 'true',
        },
        q.locale,
        defaultLocale,
      );
      const page = pageOf(rows, q.limit, 'organisations', keyOf);
      return c.json(
        { items: await organisationsJson(page.items, q.locale), next_cursor: page.nextCursor },
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'organisations',
    noun: 'organisation',
    schema: organisationSchema,
    find: (by, locale) => repo.findOrganisation(by, locale, defaultLocale),
    toJson: organisationsJson,
  });

  // --- people --------------------------------------------------------------------------------
  api.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags: ['people'],
      summary: 'People of the directory, by slug, with their affiliations',
      request: { query: z.object(pageQuery()) },
      responses: {
        200: jsonContent(listOf(personSchema, 'PersonList'), 'A page of people.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = afterOf(decodeCursor('people', 1, q.cursor));
      const rows = await repo.listPeople({ limit: q.limit + 1, after }, q.locale, defaultLocale);
      const page = pageOf(rows, q.limit, 'people', keyOf);
      return c.json(
        { items: await peopleJson(page.items, q.locale), next_cursor: page.nextCursor },
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'people',
    noun: 'person',
    schema: personSchema,
    find: (by, locale) => repo.findPerson(by, locale, defaultLocale),
    toJson: peopleJson,
  });

  // --- projects ------------------------------------------------------------------------------
  api.openapi(
    createRoute({
      method: 'get',
      path: '/projects',
      tags: ['projects'],
      summary: 'Projects, by slug',
      request: { query: z.object({ ...pageQuery(), sector: sectorParam }) },
      responses: {
        200: jsonContent(listOf(projectSchema, 'ProjectList'), 'A page of projects.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = afterOf(decodeCursor('projects', 1, q.cursor));
      const rows = await repo.listProjects(
        { limit: q.limit + 1, after, sectorId: await sectorIdOf(q.sector, q.locale) },
        q.locale,
        defaultLocale,
      );
      const page = pageOf(rows, q.limit, 'projects', keyOf);
      return c.json(
        { items: await projectsJson(page.items, q.locale), next_cursor: page.nextCursor },
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'projects',
    noun: 'project',
    schema: projectSchema,
    find: (by, locale) => repo.findProject(by, locale, defaultLocale),
    toJson: projectsJson,
  });
}
