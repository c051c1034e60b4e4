// Sign-in, sessions, CSRF, throttling and first-run setup over HTTP, on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  makeUser,
  mergeCookies,
  postForm,
  signIn,
  testPassword,
} from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { testNow } from '../../test/support/factories.js';
import { hashToken } from '../users/auth.service.js';

/** Cookie value of the session cookie in a Cookie header. */
const sessionToken = (cookie: string) => /constellation_session=([^;]+)/.exec(cookie)?.[1];
/** A client address for app.request, as @hono/node-server would expose it. */
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

describe.each(testDialects())('authentication over HTTP ($name)', (dialect) => {
  let test: TestDatabase;
  let clock = testNow.getTime();
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    test = await dialect.open();
    app = makeApp(test.database, { now: () => new Date(clock) });
  });
  afterAll(() => test.cleanup());

  it('offers the first-run setup while no user exists, then never again', async () => {
    expect((await app.request('/admin/sign-in')).headers.get('location')).toBe('/admin/setup');
    const setup = await app.request('/admin/setup');
    expect(setup.status).toBe(200);
    const anon = {
      cookie: mergeCookies('', setup),
      csrf: /name="_csrf" value="([^"]+)"/.exec(await setup.text())![1]!,
    };
    const short = await postForm(app, '/admin/setup', anon, {
      name: 'Ada',
      email: 'ada@example.org',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('12');
    const created = await postForm(app, '/admin/setup', anon, {
      name: 'Ada',
      email: 'ada@example.org',
      password: testPassword,
    });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/admin');
    const cookie = mergeCookies(anon.cookie, created);
    const home = await app.request('/admin', { headers: { cookie } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Ada');
    expect((await app.request('/admin/setup')).status).toBe(404);
    const again = await postForm(app, '/admin/setup', anon, {
      name: 'Eve',
      email: 'eve@example.org',
      password: testPassword,
    });
    expect(again.status).toBe(404);
  });

  it('redirects anonymous admin pages to sign-in with a same-origin next', async () => {
    const response = await app.request('/admin?x=1');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/sign-in?next=%2Fadmin%3Fx%3D1');
    const json = await app.request('/admin', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(401);
  });

  it('signs in with a new session id, honours a safe next and ignores a foreign one', async () => {
    const user = await makeUser(test.database, { role: 'author' });
    const anon = await anonymous(app);
    const before = sessionToken(anon.cookie);
    const ok = await postForm(app, '/admin/sign-in', anon, {
      email: user.email.toUpperCase(),
      password: testPassword,
      next: '/admin/account',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/admin/account');
    const setCookie = ok.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/constellation_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const after = sessionToken(mergeCookies(anon.cookie, ok));
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    // Signing in again from a signed-in browser replaces the session id too.
    const second = await signIn(app, user.email);
    expect(sessionToken(second.cookie)).not.toBe(after);
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const anon2 = await anonymous(app);
      const r = await postForm(app, '/admin/sign-in', anon2, {
        email: user.email,
        password: testPassword,
        next,
      });
      expect(r.headers.get('location')).toBe('/admin');
    }
  });

  it('stores only the SHA-256 of the session token', async () => {
    const user = await makeUser(test.database);
    const session = await signIn(app, user.email);
    const token = sessionToken(session.cookie)!;
    const rows = await test.database.db
      .selectFrom('session')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows.map((r) => r.id)).toContain(hashToken(token));
    expect(rows.map((r) => r.id)).not.toContain(token);
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    const user = await makeUser(test.database);
    const wrong = await postForm(
      app,
      '/admin/sign-in',
      await anonymous(app),
      {
        email: user.email,
        password: 'not the password at all',
      },
      {},
      from('10.0.0.1'),
    );
    const unknown = await postForm(
      app,
      '/admin/sign-in',
      await anonymous(app),
      {
        email: 'nobody@example.org',
        password: 'not the password at all',
      },
      {},
      from('10.0.0.2'),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    expect(strip(await wrong.text())).toBe(strip(await unknown.text()));
  });

  const attempt = (email: string, password: string, ip: string) =>
    anonymous(app).then((anon) =>
      postForm(app, '/admin/sign-in', anon, { email, password }, {}, from(ip)),
    );

  it('closes an account to the address that failed 5 times, with 429 and Retry-After, not to its owner', async () => {
    const user = await makeUser(test.database);
    for (let i = 0; i < 5; i++)
      expect((await attempt(user.email, `wrong password ${i}`, '10.1.0.1')).status).toBe(401);
    const sixth = await attempt(user.email, testPassword, '10.1.0.1');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    // The guesser's address is closed, the account is not: its owner signs in from elsewhere.
    expect((await attempt(user.email, testPassword, '10.1.0.99')).status).toBe(303);
    // 15 minutes later the guesser's address may try again.
    clock += 15 * 60_000 + 1000;
    expect((await attempt(user.email, testPassword, '10.1.0.1')).status).toBe(303);
  });

  it('closes an account under a spread attack to unknown addresses only', async () => {
    const user = await makeUser(test.database);
    expect((await attempt(user.email, testPassword, '10.3.0.1')).status).toBe(303);
    for (let i = 0; i < 50; i++)
      expect((await attempt(user.email, 'wrong password', `10.4.${i >> 4}.${i}`)).status).toBe(401);
    expect((await attempt(user.email, testPassword, '10.5.0.1')).status).toBe(429);
    // The owner's usual address still gets in with the right password.
    expect((await attempt(user.email, testPassword, '10.3.0.1')).status).toBe(303);
  });

  it('throttles one address trying many accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await postForm(
        app,
        '/admin/sign-in',
        await anonymous(app),
        {
          email: `guess${i}@example.org`,
          password: 'wrong password!',
        },
        {},
        from('10.9.9.9'),
      );
    }
    const user = await makeUser(test.database);
    const r = await postForm(
      app,
      '/admin/sign-in',
      await anonymous(app),
      {
        email: user.email,
        password: testPassword,
      },
      {},
      from('10.9.9.9'),
    );
    expect(r.status).toBe(429);
  });

  it('expires a session after two idle hours, and keeps an active one', async () => {
    const user = await makeUser(test.database);
    const session = await signIn(app, user.email);
    clock += 90 * 60_000;
    expect((await app.request('/admin', { headers: { cookie: session.cookie } })).status).toBe(200);
    clock += 90 * 60_000; // 90 min after the last request: still within 2 h of it
    expect((await app.request('/admin', { headers: { cookie: session.cookie } })).status).toBe(200);
    clock += 2 * 3600_000 + 1000;
    const expired = await app.request('/admin', { headers: { cookie: session.cookie } });
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toContain('/admin/sign-in');
  });

  it('signs out with a POST carrying the token, and the old cookie no longer works', async () => {
    const user = await makeUser(test.database);
    const session = await signIn(app, user.email);
    const out = await postForm(app, '/admin/sign-out', session);
    expect(out.status).toBe(303);
    expect((await app.request('/admin', { headers: { cookie: session.cookie } })).status).toBe(303);
  });

  it('refuses a state-changing request without a valid CSRF token or from another origin', async () => {
    const user = await makeUser(test.database);
    const session = await signIn(app, user.email);
    const missing = await postForm(app, '/admin/sign-out', session, { _csrf: '' });
    expect(missing.status).toBe(403);
    const wrong = await postForm(app, '/admin/sign-out', session, { _csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    const foreign = await postForm(
      app,
      '/admin/sign-out',
      session,
      {},
      {
        origin: 'https://evil.example',
      },
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('<h1>');
    const foreignReferer = await postForm(
      app,
      '/admin/sign-out',
      session,
      {},
      {
        referer: 'https://evil.example/page',
      },
    );
    expect(foreignReferer.status).toBe(403);
    // The session survived every refused attempt.
    expect((await app.request('/admin', { headers: { cookie: session.cookie } })).status).toBe(200);
    const header = await app.request('/admin/sign-out', {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        origin: 'http://localhost:3000',
      },
    });
    expect(header.status).toBe(303);
    // The anonymous sign-in form is protected too.
    const anon = await anonymous(app);
    const login = await postForm(app, '/admin/sign-in', anon, {
      _csrf: 'forged-token-forged-token',
      email: user.email,
      password: testPassword,
    });
    expect(login.status).toBe(403);
  });

  it('sends no-store and noindex on admin pages', async () => {
    const response = await app.request('/admin/sign-in');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
  });
});
