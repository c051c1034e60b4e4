// The registry of admin routes: each route declares who may reach it, is mounted with the
// matching guard by `mountAdminRoute`, and is checked for every role by the permission-matrix
// test (src/admin/admin-routes.test.ts). Other features add theirs with defineAdminRoutes.
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { requirePermission, requireUser, type AppEnv } from './auth.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import type { Action } from './permissions.js';

export type AdminMethod = 'GET' | 'POST';

export interface AdminRouteSpec {
  method: AdminMethod;
  /** Hono path, e.g. '/admin/users/:id/role'. */
  path: string;
  /** An action of the permission matrix, or 'signed-in' for any signed-in user. */
  access: Action | 'signed-in';
  /** A concrete path for the matrix test when `path` has parameters (ids may not exist). */
  example?: string;
}

/** Admin routes open to anonymous visitors (they guard themselves); all others are in adminRoutes. */
export const publicAdminRoutes: readonly string[] = [
  'GET /admin/sign-in',
  'POST /admin/sign-in',
  'GET /admin/sign-in/totp',
  'POST /admin/sign-in/totp',
  'POST /admin/sign-out',
  'GET /admin/setup',
  'POST /admin/setup',
];

/** Every guarded admin route of the application. */
export const adminRoutes: AdminRouteSpec[] = [];

/** Adds route specs to the registry (call at module level); returns them for mounting. */
export function defineAdminRoutes<const T extends Record<string, AdminRouteSpec>>(specs: T): T {
  for (const spec of Object.values(specs)) {
    if (!adminRoutes.some((r) => r.method === spec.method && r.path === spec.path)) {
      adminRoutes.push(spec);
    }
  }
  return specs;
}

/** Mounts a registered route behind requireUser and, unless 'signed-in', requirePermission. */
export function mountAdminRoute(
  app: Hono<AppEnv>,
  spec: AdminRouteSpec,
  ...handlers: [...MiddlewareHandler<AppEnv>[], Handler<AppEnv>]
): void {
  const guard = spec.access === 'signed-in' ? requireUser : requirePermission(spec.access);
  app.on(spec.method, spec.path, guard, ...(handlers as [Handler<AppEnv>]));
}

/** A section of the admin navigation, shown to the roles the matrix grants `action`. */
export interface AdminSection {
  href: string;
  label: MessageKey;
  action: Action | 'signed-in';
  /** Other path prefixes under which this section is the current one. */
  also?: readonly string[];
}

/** The admin navigation, in order; features add their section here with one line. */
export const adminSections: AdminSection[] = [
  { href: '/admin', label: 'admin.nav.home', action: 'admin.access' },
  { href: '/admin/articles', label: 'admin.nav.articles', action: 'article.create' },
  { href: '/admin/media', label: 'admin.nav.media', action: 'media.upload' },
  {
    href: '/admin/organisations',
    label: 'admin.nav.directory',
    action: 'directory.edit',
    also: ['/admin/people', '/admin/events', '/admin/projects', '/admin/sectors'],
  },
  { href: '/admin/entities', label: 'admin.nav.entities', action: 'directory.edit' },
  { href: '/admin/users', label: 'admin.nav.users', action: 'users.manage' },
  { href: '/admin/audit', label: 'admin.nav.audit', action: 'audit.read' },
  { href: '/admin/account', label: 'admin.nav.account', action: 'signed-in' },
  { href: '/admin/account/tokens', label: 'admin.nav.tokens', action: 'admin.access' },
  { href: '/admin/webhooks', label: 'admin.nav.webhooks', action: 'settings.manage' },
  { href: '/admin/redirects', label: 'admin.nav.redirects', action: 'settings.manage' },
  { href: '/admin/import', label: 'admin.nav.import', action: 'import.run' },
];
