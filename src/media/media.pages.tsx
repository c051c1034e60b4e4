// The media library's admin routes: list and upload (contributors and up), edit alt texts and
// credit (the uploader, editors and admins), move to the trash (editors and admins).
import { Hono, type Context } from 'hono';
import { adminContext } from '../kernel/admin-context.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { AppError, isAppError } from '../errors.js';
import { currentUser, recordAudit, type AppEnv } from '../kernel/auth.js';
import type { MediaItem } from './media.presenter.js';
import type { MediaService } from './media.service.js';
import { locales } from '../i18n/locales.js';
import { parsePageParam } from '../lib/pagination.js';
import { can } from '../kernel/permissions.js';
import { UploadRefused, maxUploadBytes } from './media.processing.js';
import { altFields, editFormSchema, uploadFieldsSchema } from './media.schema.js';
import { EditPage, LibraryPage, type UploadFormState } from './media.views.js';

const exampleId = '00000000-0000-7000-8000-000000000000';

export const mediaRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/media', access: 'media.upload' },
  upload: { method: 'POST', path: '/admin/media', access: 'media.upload' },
  edit: {
    method: 'GET',
    path: '/admin/media/:id',
    access: 'media.upload',
    example: `/admin/media/${exampleId}`,
  },
  save: {
    method: 'POST',
    path: '/admin/media/:id',
    access: 'media.upload',
    example: `/admin/media/${exampleId}`,
  },
  remove: {
    method: 'POST',
    path: '/admin/media/:id/delete',
    access: 'media.edit',
    example: `/admin/media/${exampleId}/delete`,
  },
});

const wantsJson = (c: Context) =>
  (c.req.header('accept') ?? '').includes('application/json') &&
  !(c.req.header('accept') ?? '').includes('text/html');

/** The uploader of an image, or a role that may edit every image. */
const mayEdit = (c: Context<AppEnv>, item: MediaItem) =>
  can(currentUser(c).role, 'media.edit') || item.uploadedBy === currentUser(c).id;

export function mediaPages(site: { media: MediaService }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { media } = site;
  const codes = locales.map((l) => l.code);

  async function library(c: Context<AppEnv>, upload: UploadFormState, status: number) {
    const page = parsePageParam(c.req.query('page'));
    if (page === undefined) return c.text('Bad page number', 400);
    const ctx = adminContext(c);
    const flash =
      c.req.query('uploaded') !== undefined
        ? ctx.t('media.upload.done')
        : c.req.query('deleted') !== undefined
          ? ctx.t('media.delete.done')
          : undefined;
    const { items, page: info } = await media.listMedia(page);
    return c.html(
      <LibraryPage
        ctx={ctx}
        items={items}
        page={info}
        locales={codes}
        upload={upload}
        flash={flash}
      />,
      status as 200,
    );
  }

  mountAdminRoute(app, mediaRoutes.list, (c) => library(c, {}, 200));

  mountAdminRoute(app, mediaRoutes.upload, async (c) => {
    const ctx = adminContext(c);
    const body = await c.req.parseBody();
    const fields = uploadFieldsSchema.safeParse(body);
    const alt = altFields(body, codes);
    if (!fields.success || !alt) return c.text('Malformed form', 400);
    const state: UploadFormState = { alt, credit: fields.data.credit };
    const refuse = (status: number, code: string, message: string) =>
      wantsJson(c)
        ? c.json({ error: { code, message } }, status as 400)
        : library(c, { ...state, error: message }, status);

    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      return refuse(400, 'missing_field', ctx.t('media.upload.missing'));
    }
    // The body limit already bounds the request; the file itself gets the exact limit.
    if (file.size > maxUploadBytes) {
      return refuse(413, 'payload_too_large', ctx.t('media.error.too_large'));
    }
    try {
      const item = await media.upload({
        bytes: new Uint8Array(await file.arrayBuffer()),
        originalName: file.name,
        uploadedBy: currentUser(c).id,
        alt,
        credit: fields.data.credit,
      });
      await recordAudit(
        c,
        'media.upload',
        { type: 'media', id: item.id },
        { name: item.originalName },
      );
      if (wantsJson(c)) return c.json({ media: item }, 201);
      return c.redirect('/admin/media?uploaded', 303);
    } catch (error) {
      if (error instanceof UploadRefused) {
        return refuse(error.status, error.code, ctx.t(`media.error.${error.reason}`));
      }
      throw error;
    }
  });

  async function editPage(
    c: Context<AppEnv>,
    id: string,
    extra: { flash?: string; conflict?: { alt: Record<string, string>; credit: string } } = {},
    status = 200,
  ) {
    const ctx = adminContext(c);
    const [item, alt] = await Promise.all([media.getMedia(id), media.altTexts(id)]);
    return c.html(
      <EditPage
        ctx={ctx}
        item={item}
        alt={alt}
        locales={codes}
        canDelete={can(currentUser(c).role, 'media.edit')}
        canEdit={mayEdit(c, item)}
        flash={extra.flash}
        conflict={extra.conflict}
      />,
      status as 200,
    );
  }

  mountAdminRoute(app, mediaRoutes.edit, (c) => {
    const ctx = adminContext(c);
    const flash = c.req.query('saved') !== undefined ? ctx.t('media.edit.saved') : undefined;
    return editPage(c, c.req.param('id') ?? '', flash ? { flash } : {});
  });

  mountAdminRoute(app, mediaRoutes.save, async (c) => {
    const id = c.req.param('id') ?? '';
    const body = await c.req.parseBody();
    const form = editFormSchema.safeParse(body);
    const alt = altFields(body, codes);
    if (!form.success || !alt) return c.text('Malformed form', 400);
    // Alt text and credit show at once on every published article using the image: only its
    // uploader or a role with media.edit may change them.
    if (!mayEdit(c, await media.getMedia(id)))
      throw new AppError('forbidden', adminContext(c).t('media.edit.forbidden'));
    try {
      await media.updateMedia(id, { version: form.data.version, credit: form.data.credit, alt });
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') {
        return editPage(c, id, { conflict: { alt, credit: form.data.credit } }, 409);
      }
      throw error;
    }
    await recordAudit(c, 'media.update', { type: 'media', id });
    return c.redirect(`/admin/media/${id}?saved`, 303);
  });

  mountAdminRoute(app, mediaRoutes.remove, async (c) => {
    const id = c.req.param('id') ?? '';
    await media.deleteMedia(id);
    await recordAudit(c, 'media.delete', { type: 'media', id });
    return c.redirect('/admin/media?deleted', 303);
  });
  return app;
}
