// Refuses an upload over the limit before anything reads its body: mounted on POST /admin/media
// ahead of the admin middleware (whose CSRF check parses form bodies). A declared Content-Length
// over the limit is refused at once; a chunked body is counted while read and never buffered
// past the limit (hono/body-limit).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { adminContext } from '../kernel/admin-context.js';
import { AdminLayout } from '../views/admin-layout.js';
import { maxUploadBytes } from './media.processing.js';

/** Room for the form's other fields and the multipart boundaries around the file. */
const formOverhead = 64 * 1024;

/** The upload size limit, before the admin middleware (whose CSRF check reads form bodies). */
export function mediaUploadLimit(): Hono {
  const app = new Hono();
  app.post(
    '/admin/media',
    bodyLimit({
      maxSize: maxUploadBytes + formOverhead,
      onError: (c) => {
        c.header('Cache-Control', 'no-store');
        c.header('Connection', 'close');
        if ((c.req.header('accept') ?? '').includes('application/json')) {
          return c.json(
            {
              error: {
                code: 'payload_too_large',
                message: 'This file is over the 20 MB limit.',
              },
            },
            413,
          );
        }
        const ctx = adminContext(c);
        return c.html(
          <AdminLayout ctx={ctx} title={ctx.t('media.error.tooLargeTitle')}>
            <div class="admin-card">
              <h1>{ctx.t('media.error.tooLargeTitle')}</h1>
              <p role="alert">{ctx.t('media.error.too_large')}</p>
              <p>
                <a class="button" href="/admin/media">
                  {ctx.t('media.back')}
                </a>
              </p>
            </div>
          </AdminLayout>,
          413,
        );
      },
    }),
  );
  return app;
}
