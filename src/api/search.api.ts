// /api/v1/search: the site search (the search service) as JSON — ranked hits with highlighted
// segments, facets, and an opaque cursor over its pages of ten.
import { createRoute, z } from '@hono/zod-openapi';
import { locales } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { absolute, type ApiApp, type ApiDeps } from './api.context.js';
import {
  cursorParam,
  localeParam,
  pageContent,
  publicAccess,
  readErrors,
  slugPattern,
} from './api.schema.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { withNextLink } from './paging.js';

type SearchType = 'article' | 'organisation' | 'person' | 'event' | 'project';
const types: [SearchType, ...SearchType[]] = [
  'article',
  'organisation',
  'person',
  'event',
  'project',
];

const segments = z
  .array(z.object({ text: z.string(), mark: z.boolean() }))
  .openapi('TextSegments', { description: 'Text cut into segments; `mark` ones match the query.' });
const facet = <T extends z.ZodType>(value: T) =>
  z.array(z.object({ value, count: z.number().int() }));

export const searchResultSchema = z
  .object({
    q: z.string().openapi({ description: 'The query as searched (cut to 200 characters).' }),
    truncated: z.boolean(),
    total: z.number().int(),
    more: z.boolean().openapi({ description: 'More matches exist than were counted.' }),
    items: z.array(
      z.object({
        type: z.enum(types),
        id: z.string(),
        locale: z.string(),
        slug: z.string(),
        title: segments,
        snippet: segments,
        date: z.string().nullable(),
        sectors: z.array(z.string()),
        url: z.string(),
        api_url: z.string(),
      }),
    ),
    facets: z.object({
      type: facet(z.enum(types)),
      sector: facet(z.string()),
      year: facet(z.number().int()),
      locale: facet(z.string()),
    }),
    next_cursor: z.string().nullable(),
  })
  .openapi('SearchResults');

const pageUrl = (type: SearchType, locale: string, slug: string) => {
  switch (type) {
    case 'article':
      return paths.article(locale, slug);
    case 'organisation':
      return paths.organisation(locale, slug);
    case 'person':
      return paths.person(locale, slug);
    case 'event':
      return paths.event(locale, slug);
    case 'project':
      return paths.project(locale, slug);
  }
};

const apiPath: Record<SearchType, string> = {
  article: 'articles',
  organisation: 'organisations',
  person: 'people',
  event: 'events',
  project: 'projects',
};

export function registerSearchRoute(api: ApiApp, deps: ApiDeps): void {
  const { search } = deps.services;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      operationId: 'search',
      security: publicAccess,
      tags: ['search'],
      summary: 'Search articles and the directory, by relevance (pages of 10)',
      request: {
        query: z.object({
          q: z
            .string()
            .max(10_000)
            .openapi({ description: 'The words to find; prefixes match.', example: 'liege' }),
          locale: localeParam(),
          type: z.enum(types).optional(),
          sector: z.string().max(60).regex(slugPattern).optional(),
          year: z.coerce.number().int().min(1900).max(2200).optional(),
          lang: z
            .enum(locales.map((l) => l.code) as [string, ...string[]])
            .optional()
            .openapi({ description: 'Only texts written in this language.' }),
          cursor: cursorParam,
        }),
      },
      responses: { 200: pageContent(searchResultSchema, 'The results.'), ...readErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = 'search';
      const page = Number(decodeCursor(list, 1, q.cursor)?.key[0] ?? 1);
      const results = await search.search({
        q: q.q,
        locale: q.locale,
        page: Number.isInteger(page) && page >= 1 ? page : 1,
        filter: { type: q.type, sector: q.sector, year: q.year, locale: q.lang },
      });
      const last = results.page.page >= results.page.pageCount;
      const body = withNextLink(c, deps, {
        q: results.q,
        truncated: results.truncated,
        total: results.total,
        more: results.more,
        items: results.hits.map((h) => ({
          type: h.type,
          id: h.id,
          locale: h.locale,
          slug: h.slug,
          title: h.title,
          snippet: h.snippet,
          date: h.date,
          sectors: h.sectors,
          url: absolute(deps, pageUrl(h.type, q.locale, h.slug)),
          api_url: absolute(deps, `/api/v1/${apiPath[h.type]}/${h.id}`),
        })),
        facets: results.facets,
        next_cursor: last ? null : encodeCursor(list, [results.page.page + 1], 'page'),
      });
      return c.json(body, 200);
    },
  );
}
