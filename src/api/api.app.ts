// The JSON API v1 under /api/v1: CORS for reads, ETag caching, errors as
// { error: { code, message } }, the OpenAPI 3.1 document and its reference page.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { ApiValidationError, apiOnError } from '../http/error-handler.js';
import { publicPageCache } from '../http/cache.js';
import type { ApiApp, ApiDeps, ApiEnv } from './api.context.js';
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

export const apiBase = '/api/v1';

/** The API app over the services the composition root built, mounted under /api/v1. */
export function createApi(deps: ApiDeps): ApiApp {
  const api = new OpenAPIHono<ApiEnv>({
    strict: true,
    defaultHook: (result) => {
      if (result.success) return;
      const params: { name: string; message: string }[] = [];
      for (const issue of result.error.issues) {
        const name = issue.path.join('.') || result.target;
        // One entry per parameter: its first problem.
        if (!params.some((p) => p.name === name)) params.push({ name, message: issue.message });
      }
      throw new ApiValidationError(params, result.target === 'json' ? 'body' : 'parameters');
    },
  });

  api.onError(apiOnError);

  // Public data: any origin may read; writes are not offered to browsers of other origins.
  api.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }));
  api.use('*', async (c, next) => {
    await next();
    c.header('Vary', 'Accept-Encoding');
  });
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
      description:
        'Public news and ecosystem data of the cluster (read, no credentials), and writes for ' +
        'editors with a personal API token (`Authorization: Bearer …`). Lists are paged with an ' +
        'opaque `cursor`; errors are `{ "error": { "code", "message" } }`.',
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

/** Mounts the API on the application. */
