// The two ways to read one entry of a collection, by id and by slug, declared once for every
// collection of the API (organisations, people, projects, events).
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../errors.js';
import type { ApiApp } from './api.context.js';
import { representationTag } from './preconditions.js';
import {
  idParams,
  jsonContent,
  localeParam,
  publicAccess,
  readErrors,
  slugParams,
} from './api.schema.js';

export function registerReadOne<Entry, Json>(
  api: ApiApp,
  opts: {
    /** Path segment and OpenAPI tag: `organisations`. */
    collection: string;
    /** « organisation », for the summary and the 404 message. */
    noun: string;
    schema: z.ZodType<Json>;
    /** The entry, from the owning feature's service. */
    find: (by: { id: string } | { slug: string }, locale: string) => Promise<Entry | undefined>;
    toJson: (entry: Entry, locale: string) => Json;
    /** The version of a writable entry, which its ETag names (for If-Match). */
    versionOf?: (entry: Entry) => number;
  },
): void {
  const capitalised = opts.noun[0]!.toUpperCase() + opts.noun.slice(1);
  for (const by of ['id', 'slug'] as const) {
    api.openapi(
      createRoute({
        method: 'get',
        path: by === 'id' ? `/${opts.collection}/{id}` : `/${opts.collection}/by-slug/{slug}`,
        operationId: `get${capitalised}${by === 'id' ? '' : 'BySlug'}`,
        security: publicAccess,
        tags: [opts.collection],
        summary: `One ${opts.noun} by ${by}`,
        request: {
          params: by === 'id' ? idParams : slugParams,
          query: z.object({ locale: localeParam() }),
        },
        responses: { 200: jsonContent(opts.schema, `The ${opts.noun}.`), ...readErrors },
      }),
      async (c) => {
        const { locale } = c.req.valid('query');
        const entry = await opts.find(c.req.valid('param'), locale);
        if (!entry) throw new AppError('not_found', `No such ${opts.noun}.`);
        const json = opts.toJson(entry, locale);
        if (opts.versionOf) c.header('ETag', representationTag(opts.versionOf(entry), json));
        return c.json(json as never, 200);
      },
    );
  }
}
