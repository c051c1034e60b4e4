// Cache headers for static files: assets and media change name when they change content.
import type { MiddlewareHandler } from 'hono';

export function cacheStaticFiles(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=86400');
  };
}
