// The admin entry: the middleware every /admin request passes (no-store, noindex, session, CSRF)
// and the dashboard; it also mounts the account pages of src/users.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { type AppEnv } from '../kernel/auth.js';
import { sessionMiddleware } from '../users/session.middleware.js';
import { csrfProtection } from '../kernel/csrf.js';
import type { AccountServices } from '../users/account.service.js';
import { can, permissionMatrix } from '../kernel/permissions.js';
import { registerAccountPages } from '../users/account.pages.js';
import { registerAuditPages } from '../users/audit.pages.js';
import { registerSignInPages } from '../users/sign-in.pages.js';
import { registerUserPages } from '../users/users.pages.js';
import { adminContext } from '../kernel/admin-context.js';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.js';
import { adminSections, defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';

export const homeRoutes = defineAdminRoutes({
  home: { method: 'GET', path: '/admin', access: 'admin.access' },
});

/** Admin pages are private and never cached or indexed. */
function adminHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
  };
}

const forbidden = (c: Context<AppEnv>) => {
  const ctx = adminContext(c);
  return c.html(
    <AdminMessagePage
      ctx={ctx}
      title={ctx.t('admin.forbidden.title')}
      text={ctx.t('admin.forbidden.text')}
    />,
    403,
  );
};

const csrfRefused = (c: Context<AppEnv>) => {
  const ctx = adminContext(c);
  return c.html(
    <AdminMessagePage
      ctx={ctx}
      title={ctx.t('admin.csrf.title')}
      text={ctx.t('admin.csrf.text')}
    />,
    403,
  );
};

/**
 * The /admin middleware and pages. Other admin features are mounted AFTER this sub-app (Hono runs middleware in registration order), with mountAdminRoute.
 */
export function adminPages(
  site: AccountServices & {
    baseUrl: string;
    /** Numbers shown on the dashboard's tiles, by section href (open groups of the inbox…). */
    sectionCounts?: () => Promise<Record<string, number>>;
  },
): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();
  const { auth, audit, baseUrl } = site;
  admin.use('/admin', adminHeaders());
  admin.use('/admin/*', adminHeaders());
  for (const path of ['/admin', '/admin/*']) {
    admin.use(path, async (c, next) => {
      c.set('forbiddenPage', forbidden);
      await next();
    });
    admin.use(path, sessionMiddleware({ auth, audit, baseUrl }));
    admin.use(path, csrfProtection({ baseUrl, refusedPage: csrfRefused }));
  }

  registerSignInPages(admin, site);
  registerAccountPages(admin, site);
  registerUserPages(admin, site);
  registerAuditPages(admin, site);

  mountAdminRoute(admin, homeRoutes.home, async (c) => {
    const ctx = adminContext(c);
    const user = c.var.user!;
    const { t } = ctx;
    const sections = adminSections.filter(
      (s) => s.href !== '/admin' && (s.action === 'signed-in' || can(user.role, s.action)),
    );
    const counts = site.sectionCounts && sections.length ? await site.sectionCounts() : {};
    return c.html(
      <AdminLayout ctx={ctx} title={t('admin.home.title')}>
        <h1>{t('admin.home.title')}</h1>
        <p class="lead">
          {t('admin.home.welcome', { name: user.name, role: t(`admin.role.${user.role}`) })}
        </p>
        {user.totpEnabled ? null : (
          <p class="admin-notice">
            {t('admin.home.totpHint')} <a href="/admin/account/totp">{t('admin.home.totpSetUp')}</a>
          </p>
        )}
        <ul class="admin-tiles">
          {sections.map((s) => (
            <li>
              <a href={s.href}>
                {t(s.label)}
                {counts[s.href] !== undefined ? (
                  <span class="admin-tile-count">
                    {t('admin.home.openGroups', { count: String(counts[s.href]) })}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
        <h2>{t('admin.home.canDo')}</h2>
        <ul class="admin-permissions">
          {permissionMatrix[user.role].map((action) => (
            <li>
              <code>{action}</code>
            </li>
          ))}
        </ul>
      </AdminLayout>,
    );
  });
  return admin;
}
