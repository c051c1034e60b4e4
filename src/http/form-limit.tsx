// Refuses a request body larger than any form or API write needs (8 MB) before it is read: the
// biggest legitimate body is an article with two 200,000-character texts, URL-encoded. Media
// uploads have their own, larger limit (src/media/upload-limit.tsx).
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problemResponse } from './problem.js';

export const maxFormBytes = 8 * 1024 * 1024;

const writes = new Set(['POST', 'PUT', 'PATCH']);

/** Bodies past what any form or API write needs are refused before anything reads them. */
export function formLimit(baseUrl: string): Hono {
  const limit = bodyLimit({
    maxSize: maxFormBytes,
    onError: (c) => {
      c.header('Cache-Control', 'no-store');
      c.header('Connection', 'close');
      const message = 'The request is larger than 8 MB; nothing was saved.';
      if (c.req.path.startsWith('/api/'))
        return problemResponse(c, baseUrl, 'payload_too_large', message);
      return c.text(message, 413);
    },
  });
  // Middleware (not routes) on /admin and /api: other methods and media uploads pass through.
  const limitWrites: MiddlewareHandler = (c, next) =>
    writes.has(c.req.method) && c.req.path !== '/admin/media' ? limit(c, next) : next();
  const app = new Hono();
  app.use('/admin/*', limitWrites);
  app.use('/api/*', limitWrites);
  return app;
}
