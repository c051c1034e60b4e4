// The permission matrix, table-driven: every registered admin route × every role and anonymous →
// allowed, or refused (403, or a redirect to sign-in). Routes of other features join by being
// declared with defineAdminRoutes; a route under /admin that is neither registered nor public
// fails the completeness test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signInAs, type Session } from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { can, roles } from './permissions.js';
import type { Role } from '../db/tables/user.table.js';
import { adminRoutes, publicAdminRoutes, type AdminRouteSpec } from './admin-routes.js';

type Who = Role | 'anonymous';
const everyone: Who[] = ['anonymous', ...roles];

function expected(route: AdminRouteSpec, who: Who): 'allowed' | 'forbidden' | 'sign-in' {
  if (who === 'anonymous') return 'sign-in';
  if (route.access === 'signed-in' || can(who, route.access)) return 'allowed';
  return 'forbidden';
}

function outcome(response: Response): 'allowed' | 'forbidden' | 'sign-in' {
  const location = response.headers.get('location') ?? '';
  if (response.status === 303 && location.startsWith('/admin/sign-in')) return 'sign-in';
  if (response.status === 401) return 'sign-in';
  if (response.status === 403) return 'forbidden';
  return 'allowed';
}

describe.each(testDialects())('admin permission matrix ($name)', (dialect) => {
  let test: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  const sessions = new Map<Who, Session>();

  beforeAll(async () => {
    test = await dialect.open();
    app = makeApp(test.database);
    sessions.set('anonymous', await anonymous(app));
    for (const role of roles) sessions.set(role, await signInAs(app, test.database, role));
  });
  afterAll(() => test.cleanup());

  it('registers routes', () => {
    expect(adminRoutes.length).toBeGreaterThan(5);
  });

  it.each(adminRoutes.flatMap((route) => everyone.map((who) => ({ route, who }))))(
    '$route.method $route.path as $who',
    async ({ route, who }) => {
      const session = sessions.get(who)!;
      const path = route.example ?? route.path;
      const response =
        route.method === 'GET'
          ? await app.request(path, { headers: { cookie: session.cookie } })
          : await app.request(path, {
              method: 'POST',
              headers: {
                cookie: session.cookie,
                'content-type': 'application/x-www-form-urlencoded',
              },
              body: new URLSearchParams({ _csrf: session.csrf }),
            });
      expect(response.status).not.toBe(500);
      expect(outcome(response)).toBe(expected(route, who));
    },
  );

  it('knows every /admin route: registered with its permission, or public', () => {
    const known = new Set([
      ...adminRoutes.map((r) => `${r.method} ${r.path}`),
      ...publicAdminRoutes,
    ]);
    const mounted = app.routes
      .filter((r) => (r.method === 'GET' || r.method === 'POST') && r.path.startsWith('/admin'))
      .map((r) => `${r.method} ${r.path}`);
    const unknown = [...new Set(mounted)].filter((r) => !known.has(r));
    expect(unknown, 'declare these with defineAdminRoutes and mountAdminRoute').toEqual([]);
  });
});
