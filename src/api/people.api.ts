// /api/v1/people: the directory's people by slug with their affiliations, keyset-paged, and one
// by id or slug, as the person service gives them.
import { createRoute, z } from '@hono/zod-openapi';
import { paths } from '../i18n/paths.js';
import type { PersonEntry } from '../people/person-keyset.service.js';
import { absolute, type ApiApp, type ApiDeps } from './api.context.js';
import {
  directoryStatusSchema,
  listOf,
  orgLinkSchema,
  pageContent,
  pageQuery,
  publicAccess,
  readErrors,
} from './api.schema.js';
import { decodeCursor, pageJson } from './cursor.js';
import { withNextLink } from './paging.js';
import { registerReadOne } from './one.api.js';

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
    status: directoryStatusSchema,
    url: z.string(),
    updated_at: z.string(),
  })
  .openapi('Person');

type PersonJson = z.infer<typeof personSchema>;

/** A person of the person service as JSON in `locale`. */
function personJson(deps: ApiDeps, p: PersonEntry, locale: string): PersonJson {
  return {
    id: p.id,
    slug: p.slug,
    given_name: p.givenName,
    family_name: p.familyName,
    honorific: p.honorific,
    bio: p.bio.text,
    bio_locale: p.bio.locale,
    photo_url: p.photoUrl ? absolute(deps, p.photoUrl) : null,
    affiliations: p.affiliations.map((a) => ({
      organisation: a.organisation,
      role: a.role,
      starts_on: a.startsOn,
      ends_on: a.endsOn,
    })),
    status: p.status,
    url: absolute(deps, paths.person(locale, p.slug)),
    updated_at: p.updatedAt,
  };
}

export function registerPersonRoutes(api: ApiApp, deps: ApiDeps): void {
  const { people } = deps.services;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      operationId: 'listPeople',
      security: publicAccess,
      tags: ['people'],
      summary: 'People of the directory, by slug, with their affiliations',
      request: { query: z.object(pageQuery()) },
      responses: {
        200: pageContent(listOf(personSchema, 'PersonList'), 'A page of people.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = decodeCursor('people', 1, q.cursor);
      const page = await people.listPeopleAfter(
        { limit: q.limit, after: after && { slug: String(after.key[0]), id: after.id } },
        q.locale,
      );
      const json = (p: PersonEntry) => personJson(deps, p, q.locale);
      return c.json(
        withNextLink(
          c,
          deps,
          pageJson(page, 'people', (p) => [p.slug], json),
        ),
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'people',
    noun: 'person',
    schema: personSchema,
    find: (by, locale) => people.findPersonEntry(by, locale),
    toJson: (p, locale) => personJson(deps, p, locale),
  });
}
