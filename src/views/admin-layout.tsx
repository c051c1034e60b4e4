// The admin shell: header with the user's name and role, the sections their role reaches, the
// sign-out form, and the main landmark. Pages under /admin render inside it.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { CsrfField } from '../kernel/csrf.js';
import { can } from '../kernel/permissions.js';
import { assets } from './assets.js';
import { LogoMark } from './logo.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { adminSections } from '../kernel/admin-routes.js';

export interface AdminLayoutProps {
  ctx: AdminContext;
  title: string;
  /** A status line shown above the content (role="status"). */
  flash?: string | undefined;
  /** Narrow column for the sign-in and setup forms. */
  narrow?: boolean;
  /** Reload the page every so many seconds (a running job's page, without JavaScript). */
  refreshSeconds?: number | undefined;
  children: Child;
}

export function AdminLayout(props: AdminLayoutProps) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title>{`${props.title} | ${t('admin.title')} · ${t('site.name')}`}</title>
          <meta name="theme-color" content="#0b2545" />
          <link rel="icon" href={assets.favicon} type="image/svg+xml" />
          <link rel="stylesheet" href={assets.css} />
          {props.refreshSeconds ? (
            <meta http-equiv="refresh" content={String(props.refreshSeconds)} />
          ) : null}
        </head>
        <body class="admin">
          <a class="skip-link" href="#content">
            {t('admin.skip')}
          </a>
          <AdminHeader ctx={ctx} />
          <main
            id="content"
            tabindex={-1}
            class={props.narrow ? 'container narrow admin-main' : 'container admin-main'}
          >
            {props.flash ? (
              <p class="admin-flash" role="status">
                {props.flash}
              </p>
            ) : null}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

function AdminHeader({ ctx }: { ctx: AdminContext }) {
  const { t, user } = ctx;
  const under = (href: string) => ctx.path === href || ctx.path.startsWith(href + '/');
  const current = (s: (typeof adminSections)[number]) =>
    s.href === '/admin' ? ctx.path === '/admin' : [s.href, ...(s.also ?? [])].some(under);
  const sections = user
    ? adminSections.filter((s) => s.action === 'signed-in' || can(user.role, s.action))
    : [];
  return (
    <header class="admin-header">
      <div class="container admin-bar">
        <a class="brand" href={user ? '/admin' : '/'}>
          <LogoMark />
          <span class="brand-text">
            <span class="brand-name">{t('site.name')}</span>
            <span class="brand-tagline">{t('admin.title')}</span>
          </span>
        </a>
        {user ? (
          <div class="admin-user">
            <span>
              {t('admin.signedInAs', { name: user.name, role: t(`admin.role.${user.role}`) })}
            </span>
            <form method="post" action="/admin/sign-out" class="admin-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="admin-link-button">
                {t('admin.signOut')}
              </button>
            </form>
          </div>
        ) : null}
      </div>
      {sections.length > 0 ? (
        <nav class="admin-nav" aria-label={t('admin.nav.label')}>
          <ul class="container">
            {sections.map((s) => (
              <li>
                <a href={s.href} aria-current={current(s) ? 'page' : undefined}>
                  {t(s.label)}
                </a>
              </li>
            ))}
            <li class="admin-nav-site">
              <a href={`/${ctx.locale}/`}>{t('admin.nav.site')}</a>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

/** A labelled form field with its hint and error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: Child;
}) {
  return (
    <div class={props.error ? 'admin-field has-error' : 'admin-field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="admin-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="admin-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** aria-describedby value for the input of a Field with this id, hint and error. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The error page inside the admin shell (403, CSRF refusal). */
export function AdminMessagePage(props: { ctx: AdminContext; title: string; text: string }) {
  return (
    <AdminLayout ctx={props.ctx} title={props.title}>
      <div class="admin-card">
        <h1>{props.title}</h1>
        <p>{props.text}</p>
        <p>
          <a class="button" href="/admin">
            {props.ctx.t('admin.back')}
          </a>
        </p>
      </div>
    </AdminLayout>
  );
}
