// The directory editors' pages, one set of routes per kind under /admin/{path}: the list with
// its search and trash, the form, revisions with their diff and restore, and the conflict screen.
import type { Context, Hono } from 'hono';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.js';
import { defineAdminRoutes, mountAdminRoute, type AdminRouteSpec } from '../kernel/admin-routes.js';
import { ConflictFields } from '../views/editor.views.js';
import { RevisionDiff, RevisionList } from '../views/revision.views.js';
import type { FieldErrors } from '../kernel/form-errors.js';
import { AppError, isAppError } from '../errors.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { pageInfo, parsePageParam } from '../lib/pagination.js';
import { can } from '../kernel/permissions.js';
import { type DirectoryEditorService } from './directory-editor.service.js';
import { ConflictError, FormError } from '../kernel/form-errors.js';
import { DirectoryList } from './directory-editor.views.js';
import { directoryPaths, type DirectoryPath } from './directory-kind.js';
import { parseForm, type DirectoryForm } from './directory-form.js';
import { DirectoryFormView, directoryFieldLabel } from './directory-form.view.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';

const exampleId = '00000000-0000-7000-8000-000000000000';
const exampleRevision = '00000000-0000-7000-8000-000000000001';

function routesOf(path: DirectoryPath) {
  const base = `/admin/${path}`;
  const one = `${base}/${exampleId}`;
  const spec = (
    method: 'GET' | 'POST',
    suffix: string,
    example?: string,
    access: AdminRouteSpec['access'] = 'directory.edit',
  ): AdminRouteSpec => ({
    method,
    path: `${base}${suffix}`,
    access,
    ...(example ? { example } : {}),
  });
  return defineAdminRoutes({
    list: spec('GET', ''),
    newForm: spec('GET', '/new'),
    create: spec('POST', ''),
    emptyTrash: spec('POST', '/trash/empty', undefined, 'trash.empty'),
    edit: spec('GET', '/:id', one),
    save: spec('POST', '/:id', one),
    toTrash: spec('POST', '/:id/trash', `${one}/trash`),
    restore: spec('POST', '/:id/restore', `${one}/restore`),
    revisions: spec('GET', '/:id/revisions', `${one}/revisions`),
    diff: spec('GET', '/:id/revisions/diff', `${one}/revisions/diff`),
    restoreRevision: spec(
      'POST',
      '/:id/revisions/:revision/restore',
      `${one}/revisions/${exampleRevision}/restore`,
    ),
  });
}

export const directoryRoutes = Object.fromEntries(
  directoryPaths.map((p) => [p, routesOf(p)]),
) as Record<DirectoryPath, ReturnType<typeof routesOf>>;

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const flashes = {
  saved: 'directoryEditor.flash.saved',
  created: 'directoryEditor.flash.created',
  restored: 'directoryEditor.flash.restored',
  trashed: 'directoryEditor.flash.trashed',
  untrashed: 'directoryEditor.flash.untrashed',
  emptied: 'directoryEditor.flash.emptied',
} as const satisfies Record<string, MessageKey>;

function param(c: Context, name: string): string {
  const id = c.req.param(name) ?? '';
  if (!idPattern.test(id)) throw new AppError('not_found', 'This entry does not exist.');
  return id;
}

function parseVersion(body: Record<string, unknown>): number {
  const raw = body.version;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,8}$/.test(raw))
    throw new AppError('bad_request', 'The form lacks the version it was read at; reload it.');
  return Number(raw);
}

function adminError(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  if (!isAppError(error)) throw error;
  if (error.code === 'forbidden' && c.var.forbiddenPage) return c.var.forbiddenPage(c);
  const ctx = adminContext(c);
  return c.html(
    <AdminLayout ctx={ctx} title={String(error.status)}>
      <div class="admin-card">
        <h1>{String(error.status)}</h1>
        <p>{error.message}</p>
        <p>
          <a class="button" href={c.req.path.split('/').slice(0, 3).join('/')}>
            {ctx.t('admin.back')}
          </a>
        </p>
      </div>
    </AdminLayout>,
    error.status as 400,
  );
}

/** Mounts the editor of one kind; `service` is that kind's directoryEditorService. */
export function registerDirectoryEditor(
  admin: Hono<AppEnv>,
  path: DirectoryPath,
  service: DirectoryEditorService,
  locales: readonly string[],
): void {
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
    const publicPath = opts.id ? kind.publicPath?.(opts.form, ctx.locale) : undefined;
    return c.html(
      <AdminLayout ctx={ctx} title={title} flash={flashOf(ctx, c, flashes)}>
        <p class="editor-breadcrumb">
          <a href={base}>{t(kind.labels.list)}</a>
        </p>
        <h1>{title}</h1>
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
        {opts.id ? (
          <form method="post" action={`${base}/${opts.id}/trash`} class="editor-trash-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="button secondary">
              {t('editor.toTrash')}
            </button>
          </form>
        ) : null}
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
    if (page === undefined) return adminError(c, new AppError('bad_request', 'Bad page number.'));
    const pageSize = 25;
    const { rows, total } = await service.listEntries(ctx.locale, { q, trashed, page }, pageSize);
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
          page={pageInfo(page, pageSize, total)}
          canEmptyTrash={can(actorOf(c).role, 'trash.empty')}
        />
      </AdminLayout>,
    );
  });

  mountAdminRoute(admin, r.newForm, (c) => renderForm(c, { form: {} }));

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

  mountAdminRoute(admin, r.emptyTrash, async (c) => {
    try {
      const count = await service.emptyTrash(actorOf(c));
      await recordAudit(c, `${kind.type}.trash.empty`, null, { count });
      return c.redirect(`${base}?trash=1&done=emptied`, 303);
    } catch (error) {
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

  mountAdminRoute(admin, r.toTrash, async (c) => {
    try {
      const id = param(c, 'id');
      await service.trashEntry(actorOf(c), id);
      await recordAudit(c, `${kind.type}.trash`, { type: kind.type, id });
      return c.redirect(`${base}?done=trashed`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.restore, async (c) => {
    try {
      const id = param(c, 'id');
      await service.restoreEntry(actorOf(c), id);
      await recordAudit(c, `${kind.type}.untrash`, { type: kind.type, id });
      return c.redirect(`${base}/${id}?done=untrashed`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

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
