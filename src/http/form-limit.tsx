// Refuses a request body larger than any form or API write needs (8 MB) before it is read: the
// biggest legitimate body is an article with two 200,000-character texts, URL-encoded. Media
// uploads have their own, larger limit (src/media/upload-limit.tsx), and so has the newsroom's
// import (a WordPress export and a zip of its uploads: 512 MB; past that, the CLI).
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problemResponse } from './problem.js';

export const maxFormBytes = 8 * 1024 * 1024;
export const maxImportBytes = 512 * 1024 * 1024;

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
  const importLimit = bodyLimit({
    maxSize: maxImportBytes,
    onError: (c) => {
      c.header('Cache-Control', 'no-store');
      c.header('Connection', 'close');
      return c.text(
        'The files are larger than 512 MB together; import this site from the command line.',
        413,
      );
    },
  });
  // Middleware (not routes) on /admin and /api: other methods and media uploads pass through.
  const limitWrites: MiddlewareHandler = (c, next) => {
    if (!writes.has(c.req.method) || c.req.path === '/admin/media') return next();
    return c.req.path === '/admin/import' ? importLimit(c, next) : limit(c, next);
  };
  const app = new Hono();
  app.use('/admin/*', limitWrites);
  app.use('/api/*', limitWrites);
  return app;
}
