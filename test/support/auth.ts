// Test helpers for the admin: users of any role, signed-in sessions (cookie + CSRF token), and
// form posts that carry the token. Other admin features' tests use these too.
import type { Hono } from 'hono';
import type { Database } from '../../src/db/database.js';
import { accountServices } from '../../src/users/account.service.js';
import type { Role } from '../../src/db/tables/user.table.js';
import { testNow } from './factories.js';

let counter = 0;
export const testPassword = 'correct horse battery staple';

/** A user inserted through the service (argon2id hash); returns its id and email. */
export async function makeUser(
  database: Database,
  overrides: { role?: Role; email?: string; name?: string; password?: string } = {},
): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = overrides.email ?? `user${counter}-${Date.now().toString(36)}@example.org`;
  const { users } = accountServices(database.db, () => testNow);
  const id = await users.createUser(
    {
      email,
      name: overrides.name ?? `User ${counter}`,
      role: overrides.role ?? 'editor',
      password: overrides.password ?? testPassword,
    },
    { actorId: null },
  );
  return { id, email };
}

export interface Session {
  /** The Cookie header value to send. */
  cookie: string;
  csrf: string;
}

/** Cookie header from a response's Set-Cookie headers, merged into an existing one. */
export function mergeCookies(previous: string, response: Response): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    if (/max-age=0/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** The `_csrf` value of the first form of an HTML page. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field in the page');
  return match[1]!;
}

type App = Pick<Hono, 'request'>;

/** Opens an anonymous session: the sign-in page's cookie and CSRF token. */
export async function anonymous(app: App): Promise<Session> {
  let page = await app.request('/admin/sign-in');
  // With no account yet, sign-in sends to the first-run setup, which carries a token too.
  if (page.status === 303) page = await app.request(page.headers.get('location')!);
  const html = await page.text();
  return { cookie: mergeCookies('', page), csrf: csrfFrom(html) };
}

/** POSTs a form with the session's cookie and CSRF token (unless `fields._csrf` overrides it). */
export function postForm(
  app: App,
  path: string,
  session: Session,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
  env?: unknown,
): Promise<Response> {
  return Promise.resolve(
    app.request(
      path,
      {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'content-type': 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: new URLSearchParams({ _csrf: session.csrf, ...fields }),
      },
      env,
    ),
  );
}

/** Signs in through the real form (password only) and returns the signed-in session. */
export async function signIn(
  app: App,
  email: string,
  password: string = testPassword,
): Promise<Session> {
  const anon = await anonymous(app);
  const response = await postForm(app, '/admin/sign-in', anon, { email, password });
  if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
  const cookie = mergeCookies(anon.cookie, response);
  const home = await app.request('/admin', { headers: { cookie } });
  return { cookie, csrf: csrfFrom(await home.text()) };
}

/** A new user of `role`, signed in. */
export async function signInAs(app: App, database: Database, role: Role) {
  const user = await makeUser(database, { role });
  return { ...user, ...(await signIn(app, user.email)) };
}
