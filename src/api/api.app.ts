// The JSON API v1 under /api/v1: CORS for reads, ETag caching, errors as RFC 9457 problem
// details, the OpenAPI 3.1 document and its reference page.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { AppError } from '../errors.js';
import { apiOnError } from '../http/error-handler.js';
import { ApiValidationError, bodyPointer, type FieldProblem } from '../http/problem.js';
import { publicPageCache } from '../http/cache.js';
import type { ApiApp, ApiDeps, ApiEnv } from './api.context.js';
import { methodNotAllowed } from './allowed-methods.js';
import { registerArticleWriteRoutes } from './article-writes.api.js';
import { registerArticleRoutes } from './articles.api.js';
import { registerEventRoutes } from './events.api.js';
import { registerMentionWriteRoutes } from './mention-writes.api.js';
import { registerOrganisationWriteRoutes } from './organisation-writes.api.js';
import { registerOrganisationRoutes } from './organisations.api.js';
import { registerPersonRoutes } from './people.api.js';
import { registerProjectRoutes } from './projects.api.js';
import { registerReference } from './reference.page.js';
import { registerSearchRoute } from './search.api.js';
import { registerSectorRoutes } from './sectors.api.js';
import { rateLimit } from './rate-limit.js';
import { tokenAuth } from './token-auth.js';
import { acceptsJson } from './negotiation.js';

export const apiBase = '/api/v1';

/** The HTML pages of the API (the reference), which need no JSON in Accept. */
const referencePaths = new Set([apiBase, `${apiBase}/`, `${apiBase}/docs`]);

/** The API app over the services the composition root built, mounted under /api/v1. */
export function createApi(deps: ApiDeps): ApiApp {
  const api = new OpenAPIHono<ApiEnv>({
    strict: true,
    defaultHook: (result) => {
      if (result.success) return;
      const errors: FieldProblem[] = [];
      const inBody = result.target === 'json';
      for (const issue of result.error.issues) {
        const problem: FieldProblem = inBody
          ? { pointer: bodyPointer(issue.path), detail: issue.message }
          : { parameter: issue.path.join('.') || result.target, detail: issue.message };
        // One entry per field or parameter: its first problem.
        if (!errors.some((e) => e.pointer === problem.pointer && e.parameter === problem.parameter))
          errors.push(problem);
      }
      throw new ApiValidationError(errors, inBody ? 'body' : 'parameters');
    },
  });

  api.onError(apiOnError(deps.baseUrl));

  // Any origin may read, and write with a token: a bearer token is sent only by code that holds
  // it (a browser never attaches it on its own, unlike a cookie), so a cross-origin write needs
  // the token and nothing is exposed that the token does not already allow. No credentials mode.
  api.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Accept'],
      // What a browser client reads besides the body: the validator, the next page, the quota.
      exposeHeaders: [
        'ETag',
        'Link',
        'Location',
        'X-Request-Id',
        'RateLimit',
        'RateLimit-Policy',
        'Retry-After',
      ],
      maxAge: 86400,
    }),
  );
  api.use('*', async (c, next) => {
    await next();
    c.header('Vary', 'Accept-Encoding');
  });
  // JSON is all the API answers (its reference pages aside): a client that accepts neither it nor
  // problem details is told so (406) rather than sent what it refused.
  api.use('*', async (c, next) => {
    if (referencePaths.has(c.req.path) || acceptsJson(c.req.header('accept'))) return next();
    throw new AppError(
      'not_acceptable',
      'This API answers application/json (errors: application/problem+json); the Accept header excludes both.',
    );
  });
  api.use('*', methodNotAllowed(api, apiBase));
  api.use('*', publicPageCache());
  api.use('*', tokenAuth(deps));
  api.use('*', rateLimit(deps.services.rateLimits));

  registerSectorRoutes(api, deps);
  registerArticleRoutes(api, deps);
  registerOrganisationRoutes(api, deps);
  registerPersonRoutes(api, deps);
  registerProjectRoutes(api, deps);
  registerEventRoutes(api, deps);
  registerSearchRoute(api, deps);
  registerArticleWriteRoutes(api, deps);
  registerMentionWriteRoutes(api, deps);
  registerOrganisationWriteRoutes(api, deps);

  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Constellation API',
      version: '1.0.0',
      // The news and directory texts are the publisher's: no open licence is granted by default
      // (like the code, UNLICENSED in package.json). A site that opens its data says so here.
      license: {
        name: 'All rights reserved by the site’s publisher',
        identifier: 'LicenseRef-All-Rights-Reserved',
      },
      description:
        'Public news and ecosystem data of the cluster (read, no credentials), and writes for ' +
        'editors with a personal API token (`Authorization: Bearer …`). Lists are paged with an ' +
        'opaque `cursor`. Errors are RFC 9457 problem details (`application/problem+json`): ' +
        '`type`, `title`, `status`, `detail`, a stable `code` and, on a validation error, ' +
        '`errors` (each with a JSON `pointer` into the body or a `parameter`); each code is ' +
        'described under Errors in the reference page, the target of its `type`. A method an ' +
        'address does not take answers 405 with `Allow`; a body that is not JSON, 415; an ' +
        '`Accept` header that excludes JSON, 406. A page of a list links the next one in a ' +
        '`Link: <…>; rel="next"` header. Writable resources have an ETag naming their version ' +
        '(`"v3"` from a write, `"v3-…"` from a read): a write that changes one sends it in ' +
        '`If-Match` (412 `precondition_failed` when stale, 428 `precondition_required` when ' +
        'missing); the body `version` of earlier clients is still accepted instead, deprecated.',
    },
    servers: [{ url: new URL(apiBase, deps.baseUrl).toString() }],
  };
  api.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token created in the admin (/admin/account/tokens).',
  });
  api.doc31('/openapi.json', documentConfig);
  let document: unknown;
  registerReference(api, () => (document ??= api.getOpenAPI31Document(documentConfig)));
  return api;
}
