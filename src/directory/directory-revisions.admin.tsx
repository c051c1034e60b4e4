// A directory entry's revisions: the list, the line diff of two of them, and restoring one as a
// new save (refused with the reason when the old content no longer passes the checks).
import type { Hono } from 'hono';
import { AppError } from '../errors.js';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { ConflictError, FormError } from '../kernel/form-errors.js';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.js';
import { RevisionDiff, RevisionList } from '../views/revision.views.js';
import { adminError, flashes, idPattern, param, parseVersion } from './directory-admin.request.js';
import { directoryRoutes } from './directory-admin.routes.js';
import type { DirectoryEditorService } from './directory-editor.service.js';
import { directoryFieldLabel } from './directory-form.views.js';
import type { DirectoryPath } from './directory-kind.js';

export function registerDirectoryRevisions(
  admin: Hono<AppEnv>,
  path: DirectoryPath,
  service: DirectoryEditorService,
): void {
  const r = directoryRoutes[path];
  const { kind } = service;
  const base = `/admin/${path}`;
  const label = (ctx: AdminContext) => (field: string) =>
    directoryFieldLabel(ctx, kind.spec, field);

  mountAdminRoute(admin, r.revisions, async (c) => {
    try {
      const ctx = adminContext(c);
      const entry = await service.getEntry(param(c, 'id'));
      const revisions = await service.listRevisions(entry.id);
      const title = ctx.t('directoryEditor.revisionsOf', {
        name: kind.title(entry.form, ctx.locale),
      });
      return c.html(
        <AdminLayout ctx={ctx} title={title} flash={flashOf(ctx, c, flashes)}>
          <p class="editor-breadcrumb">
            <a href={base}>{ctx.t(kind.labels.list)}</a> ›{' '}
            <a href={`${base}/${entry.id}`}>{kind.title(entry.form, ctx.locale)}</a>
          </p>
          <h1>{title}</h1>
          <RevisionList
            ctx={ctx}
            base={`${base}/${entry.id}`}
            version={entry.version}
            revisions={revisions}
          />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.diff, async (c) => {
    try {
      const ctx = adminContext(c);
      const id = param(c, 'id');
      const from = c.req.query('from') ?? '';
      const to = c.req.query('to') ?? '';
      if (!idPattern.test(from) || !idPattern.test(to))
        throw new AppError('bad_request', ctx.t('directoryEditor.chooseTwo'));
      const entry = await service.getEntry(id);
      const diff = await service.diffRevisions(id, from, to);
      const title = ctx.t('editor.diff.title');
      return c.html(
        <AdminLayout ctx={ctx} title={title}>
          <p class="editor-breadcrumb">
            <a href={`${base}/${id}/revisions`}>{kind.title(entry.form, ctx.locale)}</a>
          </p>
          <h1>{title}</h1>
          <RevisionDiff
            ctx={ctx}
            from={diff.from}
            to={diff.to}
            fields={diff.fields}
            label={label(ctx)}
          />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.restoreRevision, async (c) => {
    try {
      const id = param(c, 'id');
      const revision = param(c, 'revision');
      const version = parseVersion(await c.req.parseBody({ all: true }));
      try {
        await service.restoreRevision(actorOf(c), id, revision, version);
      } catch (error) {
        if (error instanceof FormError) {
          const ctx = adminContext(c);
          return c.html(
            <AdminMessagePage
              ctx={ctx}
              title={ctx.t('directoryEditor.restoreFailed')}
              text={Object.keys(error.fields)
                .map((k) => {
                  const e = error.fields[k]!;
                  return `${directoryFieldLabel(ctx, kind.spec, k)} : ${ctx.t(e.key, e.params)}`;
                })
                .join(' — ')}
            />,
            422,
          );
        }
        if (error instanceof ConflictError)
          throw new AppError('conflict', adminContext(c).t('directoryEditor.restoreConflict'));
        throw error;
      }
      await recordAudit(c, `${kind.type}.restore_revision`, { type: kind.type, id }, { revision });
      return c.redirect(`${base}/${id}?done=restored`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });
}
