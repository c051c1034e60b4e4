// /admin/redirects (admins: settings.manage): the redirects with search and pages, a form to add
// one, CSV import and export; /admin/redirects/:id: edit or delete one. Changes are audited.
import { Hono, type Context } from 'hono';
import { adminContext } from '../kernel/admin-context.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { AppError, isAppError } from '../errors.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { parsePageParam } from '../lib/pagination.js';
import { parseRedirectCsv, redirectsToCsv } from './redirect.csv.js';
import type { RedirectInput, RedirectService } from './redirect.service.js';
import { RedirectPage, RedirectsPage, type RedirectFormValues } from './redirect.views.js';

const example = '/admin/redirects/00000000-0000-7000-8000-000000000000';

export const redirectRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/redirects', access: 'settings.manage' },
  create: { method: 'POST', path: '/admin/redirects', access: 'settings.manage' },
  exportCsv: { method: 'GET', path: '/admin/redirects/export.csv', access: 'settings.manage' },
  importCsv: { method: 'POST', path: '/admin/redirects/import', access: 'settings.manage' },
  show: { method: 'GET', path: '/admin/redirects/:id', access: 'settings.manage', example },
  update: { method: 'POST', path: '/admin/redirects/:id', access: 'settings.manage', example },
  remove: {
    method: 'POST',
    path: '/admin/redirects/:id/delete',
    access: 'settings.manage',
    example: `${example}/delete`,
  },
});

const emptyForm: RedirectFormValues = { source: '', target: '', status: '301' };
const done = ['created', 'saved', 'deleted', 'imported'] as const;
type Done = (typeof done)[number];

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function formOf(body: Record<string, unknown>): RedirectFormValues {
  return { source: str(body.source), target: str(body.target), status: str(body.status) };
}

function inputOf(values: RedirectFormValues): RedirectInput {
  if (values.status !== '301' && values.status !== '302')
    throw new AppError('bad_request', 'The status must be 301 or 302.');
  return {
    source: values.source,
    target: values.target,
    status: values.status === '302' ? 302 : 301,
  };
}

/** Runs a write; a rule it breaks (bad address, loop, duplicate) becomes the form's message. */
async function attempt(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (isAppError(error) && error.status < 500 && error.code !== 'not_found') return error.message;
    throw error;
  }
}

export function redirectPages(redirects: RedirectService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const renderList = async (
    c: Context<AppEnv>,
    extra: { values?: RedirectFormValues; error?: string; importErrors?: string[] } = {},
    status: 200 | 400 = 200,
  ) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const page = parsePageParam(c.req.query('page'));
    if (page === undefined)
      throw new AppError('bad_request', 'The page must be a positive number.');
    const flash = c.req.query('done') as Done | undefined;
    return c.html(
      <RedirectsPage
        ctx={adminContext(c)}
        list={await redirects.listRedirects(q, page)}
        q={q}
        values={extra.values ?? emptyForm}
        error={extra.error}
        importErrors={extra.importErrors ?? []}
        done={status === 200 && flash && done.includes(flash) ? flash : undefined}
        counts={{
          created: Number(c.req.query('created')) || 0,
          updated: Number(c.req.query('updated')) || 0,
        }}
      />,
      status,
    );
  };
  const idOf = (c: Context<AppEnv>) => c.req.param('id') ?? '';

  mountAdminRoute(app, redirectRoutes.list, (c) => renderList(c));

  mountAdminRoute(app, redirectRoutes.create, async (c) => {
    const values = formOf(await c.req.parseBody());
    let id = '';
    const error = await attempt(async () => {
      id = await redirects.addRedirect(inputOf(values));
    });
    if (error) return renderList(c, { values, error }, 400);
    await recordAudit(c, 'redirect.create', { type: 'redirect', id }, { ...values });
    return c.redirect('/admin/redirects?done=created', 303);
  });

  mountAdminRoute(app, redirectRoutes.exportCsv, async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="redirects.csv"');
    return c.body(redirectsToCsv(await redirects.listAll()));
  });

  mountAdminRoute(app, redirectRoutes.importCsv, async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    const text = file instanceof File ? await file.text() : str(body.csv);
    const parsed = parseRedirectCsv(text);
    if (parsed.errors.length)
      return renderList(
        c,
        {
          importErrors: parsed.errors.map((e) => (e.line ? `${e.line}: ${e.message}` : e.message)),
        },
        400,
      );
    let counts = { created: 0, updated: 0 };
    const error = await attempt(async () => {
      counts = await redirects.importRedirects(parsed.inputs);
    });
    if (error) return renderList(c, { importErrors: [error] }, 400);
    await recordAudit(c, 'redirect.import', { type: 'redirect', id: 'csv' }, counts);
    return c.redirect(
      `/admin/redirects?done=imported&created=${counts.created}&updated=${counts.updated}`,
      303,
    );
  });

  const renderOne = async (
    c: Context<AppEnv>,
    form?: { values: RedirectFormValues; error: string },
  ) => {
    const row = await redirects.getRedirect(idOf(c));
    return c.html(
      <RedirectPage
        ctx={adminContext(c)}
        redirect={row}
        values={
          form?.values ?? {
            source: row.source_path,
            target: row.target,
            status: String(row.status_code),
          }
        }
        error={form?.error}
        saved={!form && c.req.query('done') === 'saved'}
      />,
      form ? 400 : 200,
    );
  };

  mountAdminRoute(app, redirectRoutes.show, (c) => renderOne(c));

  mountAdminRoute(app, redirectRoutes.update, async (c) => {
    const id = idOf(c);
    await redirects.getRedirect(id);
    const values = formOf(await c.req.parseBody());
    const error = await attempt(() => redirects.updateRedirect(id, inputOf(values)));
    if (error) return renderOne(c, { values, error });
    await recordAudit(c, 'redirect.update', { type: 'redirect', id }, { ...values });
    return c.redirect(`/admin/redirects/${id}?done=saved`, 303);
  });

  mountAdminRoute(app, redirectRoutes.remove, async (c) => {
    const id = idOf(c);
    const row = await redirects.getRedirect(id);
    await redirects.deleteRedirect(id);
    await recordAudit(c, 'redirect.delete', { type: 'redirect', id }, { source: row.source_path });
    return c.redirect('/admin/redirects?done=deleted', 303);
  });
  return app;
}
