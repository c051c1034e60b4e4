// Variants never change once written (their names carry the upload's UUID and the width), so
// browsers and CDNs may keep them for a year; other media keep the default static cache.
import type { MiddlewareHandler } from 'hono';

const variantPath = /\/[0-9a-f-]{36}-\d+\.(avif|webp|jpg|png)$/;

export function cacheMediaVariants(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 200 && variantPath.test(c.req.path)) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
  };
}
