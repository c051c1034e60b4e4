// Caching of public pages: a strong ETag from the body (If-None-Match → 304) and a short shared
// max-age so a CDN can absorb read traffic while edits show within a minute.
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';

export const publicCacheControl = 'public, max-age=60, stale-while-revalidate=300';

export function publicPageCache(): MiddlewareHandler {
  const tag = etag();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await tag(c, async () => {
      await next();
      if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
        c.header('Cache-Control', publicCacheControl);
      }
      if (c.res.status >= 400) c.header('Cache-Control', 'no-store');
    });
  };
}
