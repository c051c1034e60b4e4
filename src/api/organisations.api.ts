// /api/v1/organisations: the directory's organisations by slug, keyset-paged, and one by id or
// slug, as the organisation service gives them.
import { createRoute, z } from '@hono/zod-openapi';
import { organisationKinds } from '../organisations/organisation.schema.js';
import type { OrganisationEntry } from '../organisations/organisation-keyset.service.js';
import { paths } from '../i18n/paths.js';
import { absolute, sectorIdOf, type ApiApp, type ApiDeps } from './api.context.js';
import {
  directoryStatusSchema,
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
    status: directoryStatusSchema,
    updated_at: z.string(),
  })
  .openapi('Organisation');

type OrganisationJson = z.infer<typeof organisationSchema>;

/** An organisation of the organisation service as JSON in `locale`. */
function organisationJson(deps: ApiDeps, o: OrganisationEntry, locale: string): OrganisationJson {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    country: o.country,
    city: o.city,
    website: o.website,
    is_member: o.isMember,
    parent: o.parent,
    sectors: o.sectors.map((s) => ({ slug: s.slug, name: s.name })),
    description: o.description.text,
    description_locale: o.description.locale,
    competences: o.competences,
    logo_url: o.logoUrl ? absolute(deps, o.logoUrl) : null,
    url: absolute(deps, paths.organisation(locale, o.slug)),
    version: o.version,
    status: o.status,
    updated_at: o.updatedAt,
  };
}

export function registerOrganisationRoutes(api: ApiApp, deps: ApiDeps): void {
  const { organisations } = deps.services;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      operationId: 'listOrganisations',
      security: publicAccess,
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
        200: pageContent(
          listOf(organisationSchema, 'OrganisationList'),
          'A page of organisations.',
        ),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = decodeCursor('organisations', 1, q.cursor);
      const page = await organisations.listOrganisationsAfter(
        {
          limit: q.limit,
          after: after && { slug: String(after.key[0]), id: after.id },
          kind: q.kind,
          sectorId: await sectorIdOf(deps, q.sector, q.locale),
          country: q.country?.toUpperCase(),
          member: q.member === undefined ? undefined : q.member === 'true',
        },
        q.locale,
      );
      const json = (o: OrganisationEntry) => organisationJson(deps, o, q.locale);
      return c.json(
        withNextLink(
          c,
          deps,
          pageJson(page, 'organisations', (o) => [o.slug], json),
        ),
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'organisations',
    noun: 'organisation',
    schema: organisationSchema,
    find: (by, locale) => organisations.findOrganisationEntry(by, locale),
    toJson: (o, locale) => organisationJson(deps, o, locale),
    versionOf: (o) => o.version,
  });
}
