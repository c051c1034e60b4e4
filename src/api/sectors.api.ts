// /api/v1/sectors: the taxonomy (aero, space, drone, defence…), in display order.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../errors.js';
import { paths } from '../i18n/paths.js';
import { absolute, type ApiApp, type ApiDeps } from './api.context.js';
import { jsonContent, localeParam, publicAccess, readErrors, slugParams } from './api.schema.js';

export const sectorSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    position: z.number().int(),
    url: z.string(),
  })
  .openapi('Sector');

export function registerSectorRoutes(api: ApiApp, deps: ApiDeps): void {
  const query = z.object({ locale: localeParam() });
  const toJson = (
    s: {
      id: string;
      slug: string;
      pathSlug: string;
      name: string;
      description: string;
      position: number;
    },
    locale: string,
  ) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    position: s.position,
    url: absolute(deps, paths.sector(locale, s.pathSlug)),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/sectors',
      operationId: 'listSectors',
      security: publicAccess,
      tags: ['sectors'],
      summary: 'Every sector, in display order (not paged: a handful)',
      request: { query },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(sectorSchema) }).openapi('SectorList'),
          'The sectors.',
        ),
        ...readErrors,
      },
    }),
    async (c) => {
      const { locale } = c.req.valid('query');
      const sectors = await deps.services.sectors.listSectors(locale);
      return c.json({ items: sectors.map((s) => toJson(s, locale)) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/sectors/{slug}',
      operationId: 'getSector',
      security: publicAccess,
      tags: ['sectors'],
      summary: 'One sector by slug',
      request: { params: slugParams, query },
      responses: { 200: jsonContent(sectorSchema, 'The sector.'), ...readErrors },
    }),
    async (c) => {
      const { locale } = c.req.valid('query');
      const { slug } = c.req.valid('param');
      const sectors = await deps.services.sectors.listSectors(locale);
      const sector = sectors.find((s) => s.slug === slug);
      if (!sector) throw new AppError('not_found', `No sector “${slug}”.`);
      return c.json(toJson(sector, locale), 200);
    },
  );
}
