// The redirect admin pages' components: the list (search, pages, add form, CSV import and
// export) and one redirect's page (edit, delete). Every form works without JavaScript.
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { maxPathLength } from './redirect.paths.js';
import type { RedirectRow } from './redirect.repository.js';

export interface RedirectFormValues {
  source: string;
  target: string;
  status: string;
}

function when(ctx: AdminContext, iso: string | null): string {
  if (!iso) return ctx.t('redirects.never');
  const format = new Intl.DateTimeFormat(ctx.tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(new Date(iso))} UTC`;
}

/** Old address, new address and status; `p` keeps ids unique on the page. */
function RedirectFields(props: {
  ctx: AdminContext;
  p: string;
  values: RedirectFormValues;
  error?: string | undefined;
}) {
  const { ctx, p, values } = props;
  const { t } = ctx;
  return (
    <>
      {props.error ? (
        <p class="admin-alert" role="alert" id={`${p}-alert`}>
          {props.error}
        </p>
      ) : null}
      <Field id={`${p}-source`} label={t('redirects.source')} hint={t('redirects.sourceHint')}>
        <input
          id={`${p}-source`}
          name="source"
          type="text"
          required
          maxlength={maxPathLength}
          value={values.source}
          placeholder="/2019/05/old-article"
          aria-describedby={describedBy(`${p}-source`, t('redirects.sourceHint'))}
        />
      </Field>
      <Field id={`${p}-target`} label={t('redirects.target')} hint={t('redirects.targetHint')}>
        <input
          id={`${p}-target`}
          name="target"
          type="text"
          required
          maxlength={maxPathLength}
          value={values.target}
          placeholder="/fr/actualites/nouvel-article"
          aria-describedby={describedBy(`${p}-target`, t('redirects.targetHint'))}
        />
      </Field>
      <fieldset class="admin-field">
        <legend>{t('redirects.status')}</legend>
        <label class="editor-check">
          <input type="radio" name="status" value="301" checked={values.status !== '302'} />
          <span>{t('redirects.status301')}</span>
        </label>
        <label class="editor-check">
          <input type="radio" name="status" value="302" checked={values.status === '302'} />
          <span>{t('redirects.status302')}</span>
        </label>
      </fieldset>
    </>
  );
}

export function RedirectsPage(props: {
  ctx: AdminContext;
  list: { rows: RedirectRow[]; total: number; page: number; pageSize: number };
  q: string;
  values: RedirectFormValues;
  error?: string | undefined;
  importErrors: string[];
  done?: 'created' | 'saved' | 'deleted' | 'imported' | undefined;
  counts: { created: number; updated: number };
}) {
  const { ctx, list } = props;
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) =>
    `/admin/redirects?${new URLSearchParams({ ...(props.q ? { q: props.q } : {}), page: String(page) }).toString()}`;
  const flash = props.done ? t(`redirects.done.${props.done}`, props.counts) : undefined;
  return (
    <AdminLayout ctx={ctx} title={t('redirects.title')} flash={flash}>
      <h1>{t('redirects.title')}</h1>
      <p class="lead">{t('redirects.intro')}</p>
      <form method="get" action="/admin/redirects" class="admin-search" role="search">
        <label for="redirects-q">{t('redirects.search')}</label>
        <input id="redirects-q" name="q" type="search" value={props.q} maxlength={200} />
        <button type="submit" class="admin-small-button">
          {t('redirects.searchButton')}
        </button>
      </form>
      <h2 id="redirects-list">{t('redirects.list', { count: list.total })}</h2>
      {list.rows.length === 0 ? (
        <p>{t('redirects.none')}</p>
      ) : (
        <div class="admin-table-wrap" role="region" aria-labelledby="redirects-list" tabindex={0}>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('redirects.source')}</th>
                <th scope="col">{t('redirects.target')}</th>
                <th scope="col">{t('redirects.status')}</th>
                <th scope="col">{t('redirects.hits')}</th>
                <th scope="col">{t('redirects.lastHit')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/redirects/${r.id}`}>
                      <code>{r.source_path}</code>
                    </a>
                  </th>
                  <td>
                    <code>{r.target}</code>
                  </td>
                  <td>{r.status_code}</td>
                  <td>{r.hits}</td>
                  <td>{when(ctx, r.last_hit_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t('redirects.pages')} class="admin-pager">
          {list.page > 1 ? <a href={pageHref(list.page - 1)}>{t('redirects.previous')}</a> : null}{' '}
          <span>{t('redirects.pageOf', { page: list.page, count: pages })}</span>{' '}
          {list.page < pages ? <a href={pageHref(list.page + 1)}>{t('redirects.next')}</a> : null}
        </nav>
      ) : null}
      <section class="admin-card" aria-labelledby="add-title">
        <h2 id="add-title">{t('redirects.add')}</h2>
        <form method="post" action="/admin/redirects" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <RedirectFields ctx={ctx} p="new" values={props.values} error={props.error} />
          <button type="submit" class="button">
            {t('redirects.addButton')}
          </button>
        </form>
      </section>
      <section class="admin-card" aria-labelledby="csv-title">
        <h2 id="csv-title">{t('redirects.csv')}</h2>
        <p>
          <a href="/admin/redirects/export.csv" download="redirects.csv">
            {t('redirects.export')}
          </a>
        </p>
        {props.importErrors.length ? (
          <div class="admin-alert" role="alert">
            <p>{t('redirects.importFailed')}</p>
            <ul>
              {props.importErrors.slice(0, 50).map((e) => (
                <li>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <form
          method="post"
          action="/admin/redirects/import"
          enctype="multipart/form-data"
          class="admin-form"
        >
          <CsrfField token={ctx.csrfToken} />
          <Field id="csv-file" label={t('redirects.importFile')} hint={t('redirects.importHint')}>
            <input
              id="csv-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              aria-describedby={describedBy('csv-file', t('redirects.importHint'))}
            />
          </Field>
          <button type="submit" class="button">
            {t('redirects.importButton')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

export function RedirectPage(props: {
  ctx: AdminContext;
  redirect: RedirectRow;
  values: RedirectFormValues;
  error?: string | undefined;
  saved: boolean;
}) {
  const { ctx, redirect: r } = props;
  const { t } = ctx;
  const base = `/admin/redirects/${r.id}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={`${t('redirects.title')} · ${r.source_path}`}
      flash={props.saved ? t('redirects.done.saved', {}) : undefined}
    >
      <p class="editor-breadcrumb">
        <a href="/admin/redirects">{t('redirects.back')}</a>
      </p>
      <h1>
        <code>{r.source_path}</code>
      </h1>
      <p>
        {t('redirects.summary', {
          hits: r.hits,
          lastHit: when(ctx, r.last_hit_at),
          origin: t(
            `redirects.origin.${r.origin === 'slug' || r.origin === 'import' ? r.origin : 'manual'}`,
          ),
        })}
      </p>
      <section class="admin-card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t('redirects.edit')}</h2>
        <form method="post" action={base} class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <RedirectFields ctx={ctx} p="edit" values={props.values} error={props.error} />
          <button type="submit" class="button">
            {t('redirects.save')}
          </button>
        </form>
      </section>
      <section class="admin-card" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('redirects.delete')}</h2>
        <form method="post" action={`${base}/delete`}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="admin-small-button danger">
            {t('redirects.deleteButton')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
