// 405 Method Not Allowed for an API address that exists with other methods, with the `Allow`
// header RFC 9110 requires; the methods come from the routes the API registered, so the answer
// cannot drift from what the router (and the OpenAPI document built from the same routes) serves.
import type { MiddlewareHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { AppError } from '../errors.js';
import type { ApiApp } from './api.context.js';

const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The methods a path of the API takes, read from its registered routes (middleware aside). */
export function allowedMethodsOf(api: ApiApp): (path: string) => string[] {
  let router: TrieRouter<true> | undefined;
  let methods: string[] = [];
  return (path) => {
    if (!router) {
      // Built on first use: every route is registered by then.
      router = new TrieRouter<true>();
      const routes = api.routes.filter((r) => r.method !== 'ALL');
      for (const r of routes) router.add(r.method, r.path, true);
      methods = [...new Set(routes.map((r) => r.method))];
    }
    const found = new Set(methods.filter((m) => router!.match(m, path)[0].length > 0));
    if (found.size === 0) return [];
    // Hono answers HEAD with the GET route; CORS answers OPTIONS everywhere.
    if (found.has('GET')) found.add('HEAD');
    found.add('OPTIONS');
    return order.filter((m) => found.has(m));
  };
}

/**
 * Answers 405 with `Allow` when the path exists under other methods, and 404 to a write to an
 * unknown path (before the token check, which would say 401); reads go on to the router.
 */
export function methodNotAllowed(api: ApiApp, base: string): MiddlewareHandler {
  const allowedFor = allowedMethodsOf(api);
  return async (c, next) => {
    const method = c.req.method;
    const allowed = allowedFor(c.req.path.slice(base.length) || '/');
    if (allowed.includes(method)) return next();
    if (allowed.length === 0) {
      if (method === 'GET' || method === 'HEAD') return next();
      throw new AppError('not_found', 'No such endpoint.');
    }
    c.header('Allow', allowed.join(', '));
    throw new AppError(
      'method_not_allowed',
      `${method} is not allowed here; this address takes ${allowed.join(', ')}.`,
    );
  };
}
