// /admin/audit (admins only): the audit log, newest first, filtered by actor, action and dates.
import type { Hono } from 'hono';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout } from '../views/admin-layout.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import type { AppEnv } from '../kernel/auth.js';
import type { AccountServices } from './account.service.js';
import { parsePageParam, type PageInfo } from '../lib/pagination.js';
import type { AuditFilter, AuditRow } from './audit.repository.js';
import type { UserRow } from './user.repository.js';

export const auditRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/audit', access: 'audit.read' },
});

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that is a real day, as the instant of its start (UTC); undefined otherwise. */
function dayStart(value: string): Date | undefined {
  if (!dateOnly.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
    ? undefined
    : date;
}

interface Query {
  actor: string;
  action: string;
  from: string;
  to: string;
}

export function registerAuditPages(app: Hono<AppEnv>, site: AccountServices): void {
  const { audit, users } = site;

  mountAdminRoute(app, auditRoutes.list, async (c) => {
    const ctx = adminContext(c);
    const query: Query = {
      actor: c.req.query('actor') ?? '',
      action: c.req.query('action') ?? '',
      from: c.req.query('from') ?? '',
      to: c.req.query('to') ?? '',
    };
    const page = parsePageParam(c.req.query('page'));
    const from = query.from ? dayStart(query.from) : undefined;
    const to = query.to ? dayStart(query.to) : undefined;
    const [people, actions] = await Promise.all([users.listUsers(), audit.listActions()]);
    if (page === undefined || (query.from && !from) || (query.to && !to)) {
      return c.html(
        <AuditPage
          ctx={ctx}
          query={query}
          users={people}
          actions={actions}
          error={ctx.t('audit.badDate')}
        />,
        400,
      );
    }
    const filter: AuditFilter = {
      ...(query.actor ? { actorId: query.actor } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(from ? { from: from.toISOString() } : {}),
      // "to" is inclusive for people: entries before the start of the next day.
      ...(to ? { to: new Date(to.getTime() + 86_400_000).toISOString() } : {}),
    };
    const result = await audit.listEntries(filter, page);
    return c.html(
      <AuditPage
        ctx={ctx}
        query={query}
        users={people}
        actions={actions}
        entries={result.entries}
        page={result.page}
      />,
    );
  });
}

function AuditPage(props: {
  ctx: AdminContext;
  query: Query;
  users: UserRow[];
  actions: string[];
  entries?: AuditRow[];
  page?: PageInfo;
  error?: string;
}) {
  const { ctx, query } = props;
  const { t } = ctx;
  const format = new Intl.DateTimeFormat(ctx.tag, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Brussels',
  });
  const link = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).filter(([, v]) => v !== ''),
    );
    return `/admin/audit?${params.toString()}`;
  };
  return (
    <AdminLayout ctx={ctx} title={t('audit.title')}>
      <h1>{t('audit.title')}</h1>
      <form
        method="get"
        action="/admin/audit"
        class="admin-filters"
        aria-label={t('audit.filters')}
      >
        <div>
          <label for="actor">{t('audit.actor')}</label>
          <select id="actor" name="actor">
            <option value="">{t('audit.any')}</option>
            {props.users.map((u) => (
              <option value={u.id} selected={u.id === query.actor}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="action">{t('audit.action')}</label>
          <select id="action" name="action">
            <option value="">{t('audit.any')}</option>
            {props.actions.map((a) => (
              <option value={a} selected={a === query.action}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="from">{t('audit.from')}</label>
          <input id="from" name="from" type="date" value={query.from} />
        </div>
        <div>
          <label for="to">{t('audit.to')}</label>
          <input id="to" name="to" type="date" value={query.to} />
        </div>
        <div class="admin-actions">
          <button type="submit" class="button">
            {t('audit.filter')}
          </button>
          <a href="/admin/audit">{t('audit.reset')}</a>
        </div>
      </form>
      {props.error ? (
        <p class="admin-alert" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.entries && props.page ? (
        <>
          <p class="result-count">{t('audit.count', { count: props.page.total })}</p>
          {props.entries.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <div class="admin-table-wrap" role="region" aria-label={t('audit.title')} tabindex={0}>
              <table class="admin-table">
                <caption class="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.col.when')}</th>
                    <th scope="col">{t('audit.col.who')}</th>
                    <th scope="col">{t('audit.col.what')}</th>
                    <th scope="col">{t('audit.col.target')}</th>
                    <th scope="col">{t('audit.col.ip')}</th>
                    <th scope="col">{t('audit.col.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.entries.map((e) => (
                    <tr>
                      <td>
                        <time datetime={e.created_at}>{format.format(new Date(e.created_at))}</time>
                      </td>
                      <td>{e.actor_name ?? (e.actor_id ? e.actor_id : t('audit.system'))}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>{e.entity_type ? `${e.entity_type} ${e.entity_id ?? ''}` : ''}</td>
                      <td>{e.ip ?? ''}</td>
                      <td>
                        <code class="audit-detail">{e.detail === '{}' ? '' : e.detail}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {props.page.pageCount > 1 ? (
            <nav class="admin-pager" aria-label={t('audit.title')}>
              {props.page.page > 1 ? (
                <a href={link(props.page.page - 1)} rel="prev">
                  {t('audit.previous')}
                </a>
              ) : null}
              <span>
                {t('audit.pageOf', { page: props.page.page, count: props.page.pageCount })}
              </span>
              {props.page.page < props.page.pageCount ? (
                <a href={link(props.page.page + 1)} rel="next">
                  {t('audit.next')}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </AdminLayout>
  );
}
