// Schemas shared by every resource of the JSON API: locale, pagination, problems, list envelopes.
import { directoryStatuses } from '../kernel/directory-status.js';
import { z } from '@hono/zod-openapi';
import { errorCatalogue, type ErrorCode } from '../errors.js';
import { problemMediaType } from '../http/problem.js';
import { defaultLocale, locales } from '../i18n/locales.js';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** UUIDv7 text ids (any UUID is accepted; an unknown one is a 404). */
export const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** RFC 9457 problem details, the body of every error (`application/problem+json`). */
export const problemSchema = z
  .object({
    type: z.url().openapi({
      description:
        'The problem type: a URI whose fragment is the code, documented in the reference page.',
      example: 'https://example.org/api/v1/docs#not_found',
    }),
    title: z.string().openapi({ description: 'A short summary of the problem type.' }),
    status: z.number().int().openapi({ description: 'The HTTP status code.', example: 404 }),
    detail: z.string().openapi({ description: 'What went wrong in this request, for people.' }),
    code: z.enum(Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]]).openapi({
      description: 'The stable code to switch on (the fragment of `type`).',
      example: 'not_found',
    }),
    instance: z
      .string()
      .optional()
      .openapi({ description: 'The path of the request.', example: '/api/v1/articles' }),
    errors: z
      .array(
        z.object({
          detail: z.string(),
          pointer: z.string().optional().openapi({
            description: 'A JSON pointer into the body, as a URI fragment.',
            example: '#/translations/fr/title',
          }),
          parameter: z
            .string()
            .optional()
            .openapi({ description: 'A query or path parameter.', example: 'limit' }),
        }),
      )
      .optional()
      .openapi({ description: 'On a validation error: each offending field or parameter.' }),
  })
  .openapi('Problem');

const problemContent = { [problemMediaType]: { schema: problemSchema } };

/** The security of a public operation: none needed (stated, so no reader wonders). */
export const publicAccess: { token: string[] }[] = [];

/** Error responses every read endpoint may give. */
export const readErrors = {
  400: {
    description: 'A parameter is invalid (`bad_request`, `invalid_cursor`).',
    content: problemContent,
  },
  404: { description: 'Not found (`not_found`).', content: problemContent },
} as const;

/** Error responses of reads that need a token, on top of the public read ones. */
export const tokenReadErrors = {
  ...readErrors,
  401: {
    description: 'Missing, unknown or revoked token (`unauthorized`).',
    content: problemContent,
  },
  403: {
    description: 'The token owner’s role does not allow it (`forbidden`).',
    content: problemContent,
  },
} as const;

/** Error responses of write endpoints, on top of those of reads with a token. */
export const writeErrors = {
  ...tokenReadErrors,
  409: {
    description: 'Stale version or duplicate (`conflict`, `duplicate`).',
    content: problemContent,
  },
  415: {
    description: 'The body is not `application/json` (`unsupported_media_type`).',
    content: problemContent,
  },
  422: {
    description:
      'The body is incomplete or refers to something unknown (`missing_field`, `invalid_reference`).',
    content: problemContent,
  },
} as const;

/** Error responses of a write that changes an existing resource (If-Match). */
export const updateErrors = {
  ...writeErrors,
  412: {
    description: 'If-Match names a version that is no longer current (`precondition_failed`).',
    content: problemContent,
  },
  428: {
    description: 'Neither If-Match nor the deprecated body `version` (`precondition_required`).',
    content: problemContent,
  },
} as const;

/** `?locale=`: the language of the texts; missing translations fall back to French. */
export function localeParam() {
  const codes = locales.map((l) => l.code) as [string, ...string[]];
  return z
    .enum(codes)
    .default(defaultLocale)
    .openapi({
      description: `Language of the texts (${codes.join(', ')}); a text missing in it is given in ${defaultLocale}, with its own \`locale\`.`,
      example: defaultLocale,
    });
}

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .openapi({ description: 'Items per page, 1 to 100.', example: 20 });

export const cursorParam = z
  .string()
  .max(1000)
  .optional()
  .openapi({ description: 'The `next_cursor` of the previous page; absent for the first page.' });

export const sectorParam = z.string().max(60).regex(slugPattern).optional().openapi({
  description: 'A sector slug (see /sectors); an unknown one is a 400.',
  example: 'space',
});

export const idParams = z.object({
  id: z
    .string()
    .regex(idPattern)
    .openapi({
      param: { name: 'id', in: 'path' },
      example: '019ab2c4-1f00-7000-8000-000000000000',
    }),
});

export const slugParams = z.object({
  slug: z
    .string()
    .max(200)
    .regex(slugPattern)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'centre-spatial-de-liege' }),
});

export const sectorTagSchema = z
  .object({ slug: z.string(), name: z.string() })
  .openapi('SectorTag');

/** The envelope of every list: a page of items and the cursor of the next page (null at the end). */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    })
    .openapi(name);
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A page of a list: the JSON, and a `Link` header to the next page when there is one. */
export function pageContent<T extends z.ZodType>(schema: T, description: string) {
  return {
    ...jsonContent(schema, description),
    headers: {
      Link: {
        description:
          'On every page but the last: `<…>; rel="next"`, the same query with the next cursor.',
        schema: { type: 'string' as const },
      },
    },
  };
}

/** The query of a keyset-paged list: `locale`, `limit`, `cursor`. */
export const pageQuery = () => ({ locale: localeParam(), limit: limitParam, cursor: cursorParam });

/** An organisation named by another resource (a parent, a lead, a partner, an employer). */
export const orgLinkSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string() })
  .openapi('OrganisationLink');

/** An organisation's or a person's status; public reads only ever show published entries. */
export const directoryStatusSchema = z.enum(directoryStatuses).openapi('DirectoryStatus', {
  description:
    'A draft (made from a confirmed suggestion) is seen in the newsroom only: public reads answer 404 for it and leave it out of lists and search, until an editor publishes it.',
});
