// The directory editors' pages, one set of routes per kind under /admin/{path}: the list with
// its search, the form (create, edit, save) and the conflict screen; the trash and revisions are
// mounted from directory-trash.admin.tsx and directory-revisions.admin.tsx.
import { Hono, type Context } from 'hono';
import { AppError } from '../errors.js';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { ConflictError, FormError, type FieldErrors } from '../kernel/form-errors.js';
import { can } from '../kernel/permissions.js';
import { pageInfo, parsePageParam } from '../lib/pagination.js';
import { AdminLayout } from '../views/admin-layout.js';
import { ConflictFields, TrashButton } from '../views/editor.views.js';
import { adminError, flashes, param, parseVersion } from './directory-admin.request.js';
import { directoryRoutes } from './directory-admin.routes.js';
import { type DirectoryEditorService } from './directory-editor.service.js';
import { DirectoryList, DraftNotice } from './directory-editor.views.js';
import { isDraft } from './directory-status.js';
import { isDirectoryStatus } from '../kernel/directory-status.js';
import { parseForm, type DirectoryForm } from './directory-form.js';
import { DirectoryFormView, directoryFieldLabel } from './directory-form.views.js';
import type { DirectoryPath } from './directory-kind.js';
import { registerDirectoryRevisions } from './directory-revisions.admin.js';
import { registerDirectoryTrash } from './directory-trash.admin.js';

/** The editor of one kind, as a sub-app; `service` is that kind's directoryEditorService. */
export function directoryEditorAdmin(
  path: DirectoryPath,
  service: DirectoryEditorService,
  locales: readonly string[],
): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();
  const r = directoryRoutes[path];
  const { kind } = service;
  const base = `/admin/${path}`;
  const label = (ctx: AdminContext) => (field: string) =>
    directoryFieldLabel(ctx, kind.spec, field);

  async function renderForm(
    c: Context<AppEnv>,
    opts: {
      id?: string;
      version?: number;
      form: DirectoryForm;
      errors?: FieldErrors;
      status?: 200 | 400 | 422;
    },
  ) {
    const ctx = adminContext(c);
    const { t } = ctx;
    const title = opts.id
      ? t(kind.labels.edit, { name: kind.title(opts.form, ctx.locale) })
      : t(kind.labels.create);
    const choices = await service.choices(ctx.locale, opts.form);
    const draft = service.hasStatus && isDraft(opts.form);
    // A draft has no public page yet (it answers 404 to readers).
    const publicPath = opts.id && !draft ? kind.publicPath?.(opts.form, ctx.locale) : undefined;
    return c.html(
      <AdminLayout ctx={ctx} title={title} flash={flashOf(ctx, c, flashes)}>
        <p class="editor-breadcrumb">
          <a href={base}>{t(kind.labels.list)}</a>
        </p>
        <h1>{title}</h1>
        {opts.id && draft && opts.version !== undefined ? (
          <DraftNotice ctx={ctx} action={`${base}/${opts.id}/publish`} version={opts.version} />
        ) : null}
        {opts.id ? (
          <ul class="editor-links">
            {publicPath ? (
              <li>
                <a href={publicPath}>{t('editor.viewOnSite')}</a>
              </li>
            ) : null}
            <li>
              <a href={`${base}/${opts.id}/revisions`}>{t('editor.revisions')}</a>
            </li>
            {kind.type === 'organisation' || kind.type === 'person' ? (
              <li>
                {/* The entity inbox's merge form, this entry as the one to merge away. */}
                <a href={`/admin/entities/merge?type=${kind.type}&id=${opts.id}`}>
                  {t('directoryEditor.merge')}
                </a>
              </li>
            ) : null}
          </ul>
        ) : null}
        <DirectoryFormView
          ctx={ctx}
          spec={kind.spec}
          locales={locales}
          action={opts.id ? `${base}/${opts.id}` : base}
          form={opts.form}
          version={opts.version}
          errors={opts.errors ?? {}}
          choices={choices}
        />
        {opts.id ? <TrashButton ctx={ctx} action={`${base}/${opts.id}/trash`} /> : null}
      </AdminLayout>,
      opts.status ?? 200,
    );
  }

  function renderConflict(
    c: Context<AppEnv>,
    id: string,
    yours: DirectoryForm,
    error: ConflictError<DirectoryForm>,
  ) {
    const ctx = adminContext(c);
    const title = ctx.t('directoryEditor.conflict.title');
    return c.html(
      <AdminLayout ctx={ctx} title={title}>
        <h1>{title}</h1>
        <ConflictFields
          ctx={ctx}
          reloadHref={`${base}/${id}`}
          mine={yours}
          saved={error.theirs}
          label={label(ctx)}
          texts={{
            intro: ctx.t('directoryEditor.conflict.intro'),
            reload: ctx.t('directoryEditor.conflict.reload'),
          }}
        />
      </AdminLayout>,
      409,
    );
  }

  mountAdminRoute(admin, r.list, async (c) => {
    const ctx = adminContext(c);
    const page = parsePageParam(c.req.query('page'));
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const trashed = c.req.query('trash') === '1';
    const statusParam = c.req.query('status') ?? '';
    const status = isDirectoryStatus(statusParam) ? statusParam : undefined;
    if (page === undefined) return adminError(c, new AppError('bad_request', 'Bad page number.'));
    if (statusParam && (!status || !service.hasStatus))
      return adminError(c, new AppError('bad_request', 'Unknown status.'));
    const pageSize = 25;
    const { rows, total } = await service.listEntries(
      ctx.locale,
      { q, trashed, page, status },
      pageSize,
    );
    const title = ctx.t(kind.labels.list);
    return c.html(
      <AdminLayout ctx={ctx} title={title} flash={flashOf(ctx, c, flashes)}>
        <DirectoryList
          ctx={ctx}
          title={title}
          base={base}
          path={path}
          createLabel={ctx.t(kind.labels.create)}
          rows={rows}
          q={q}
          trashed={trashed}
          status={service.hasStatus ? (status ?? '') : undefined}
          page={pageInfo(page, pageSize, total)}
          canEmptyTrash={can(actorOf(c).role, 'trash.empty')}
        />
      </AdminLayout>,
    );
  });

  // A new entry written by hand is meant for readers: published unless the editor says not.
  mountAdminRoute(admin, r.newForm, (c) =>
    renderForm(c, { form: service.hasStatus ? { status: 'published' } : {} }),
  );

  mountAdminRoute(admin, r.create, async (c) => {
    const form = parseForm(kind.spec, await c.req.parseBody({ all: true }), locales);
    try {
      const { id } = await service.createEntry(actorOf(c), form);
      await recordAudit(c, `${kind.type}.create`, { type: kind.type, id });
      return c.redirect(`${base}/${id}?done=created`, 303);
    } catch (error) {
      if (error instanceof FormError)
        return renderForm(c, { form, errors: error.fields, status: 422 });
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.edit, async (c) => {
    try {
      const entry = await service.getEntry(param(c, 'id'));
      if (entry.deletedAt)
        return adminError(
          c,
          new AppError('not_found', adminContext(c).t('directoryEditor.inTrash')),
        );
      return renderForm(c, { id: entry.id, version: entry.version, form: entry.form });
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.save, async (c) => {
    try {
      const id = param(c, 'id');
      const body = await c.req.parseBody({ all: true });
      const version = parseVersion(body);
      const form = parseForm(kind.spec, body, locales);
      try {
        await service.saveEntry(actorOf(c), id, version, form);
      } catch (error) {
        if (error instanceof ConflictError)
          return renderConflict(c, id, form, error as ConflictError<DirectoryForm>);
        if (error instanceof FormError)
          return renderForm(c, { id, version, form, errors: error.fields, status: 422 });
        throw error;
      }
      await recordAudit(c, `${kind.type}.save`, { type: kind.type, id });
      return c.redirect(`${base}/${id}?done=saved`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.publish, async (c) => {
    try {
      const id = param(c, 'id');
      const version = parseVersion(await c.req.parseBody());
      try {
        await service.publishEntry(actorOf(c), id, version);
      } catch (error) {
        const entry = await service.getEntry(id);
        if (error instanceof ConflictError)
          return renderConflict(c, id, entry.form, error as ConflictError<DirectoryForm>);
        // What the form's checks refuse is shown on the form, still a draft, to be completed.
        if (error instanceof FormError)
          return renderForm(c, {
            id,
            version: entry.version,
            form: entry.form,
            errors: error.fields,
            status: 422,
          });
        throw error;
      }
      await recordAudit(c, `${kind.type}.publish`, { type: kind.type, id });
      return c.redirect(`${base}/${id}?done=published`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  registerDirectoryTrash(admin, path, service);
  registerDirectoryRevisions(admin, path, service);
  return admin;
}
