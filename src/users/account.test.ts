// The account pages over HTTP on every dialect: TOTP enrolment then sign-in with a code computed
// from the secret, enforced enrolment, password change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  csrfFrom,
  makeUser,
  mergeCookies,
  postForm,
  signIn,
  testPassword,
} from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { testNow } from '../../test/support/factories.js';
import { accountServices } from './account.service.js';
import { totpCode } from './totp.js';

describe.each(testDialects())('account pages ($name)', (dialect) => {
  let test: TestDatabase;
  let clock = testNow.getTime();
  const now = () => new Date(clock);
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    test = await dialect.open();
    app = makeApp(test.database, { now });
  });
  afterAll(() => test.cleanup());

  it('enrols TOTP with a code, then asks for a code after the password', async () => {
    const user = await makeUser(test.database, { role: 'editor' });
    const session = await signIn(app, user.email);
    const form = await app.request('/admin/account/totp', { headers: { cookie: session.cookie } });
    expect(form.status).toBe(200);
    const html = await form.text();
    const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(html)![1]!;
    expect(html).toContain(`otpauth://totp/`);
    expect(html).toContain(`secret=${secret}`);

    const wrong = await postForm(app, '/admin/account/totp', session, { secret, code: '000000' });
    expect(wrong.status).toBe(400);
    const ok = await postForm(app, '/admin/account/totp', session, {
      secret,
      code: totpCode(secret, now()),
    });
    expect(ok.status).toBe(303);

    // Sign in again: the password opens a half session that only reaches the code form.
    const anon = await anonymous(app);
    const step1 = await postForm(app, '/admin/sign-in', anon, {
      email: user.email,
      password: testPassword,
      next: '/admin/account',
    });
    expect(step1.status).toBe(303);
    expect(step1.headers.get('location')).toBe('/admin/sign-in/totp?next=%2Fadmin%2Faccount');
    const pendingCookie = mergeCookies(anon.cookie, step1);
    const blocked = await app.request('/admin', { headers: { cookie: pendingCookie } });
    expect(blocked.headers.get('location')).toContain('/admin/sign-in');
    const codePage = await app.request('/admin/sign-in/totp', {
      headers: { cookie: pendingCookie },
    });
    expect(codePage.status).toBe(200);
    const pending = { cookie: pendingCookie, csrf: csrfFrom(await codePage.text()) };
    const bad = await postForm(app, '/admin/sign-in/totp', pending, {
      code: '123456',
      next: '/admin/account',
    });
    expect(bad.status).toBe(401);
    clock += 30_000;
    const good = await postForm(app, '/admin/sign-in/totp', pending, {
      code: totpCode(secret, now()),
      next: '/admin/account',
    });
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/admin/account');
    const signedIn = mergeCookies(pendingCookie, good);
    expect(signedIn).not.toBe(pendingCookie);
    const page = await app.request('/admin/account', { headers: { cookie: signedIn } });
    expect(page.status).toBe(200);
    // The half session is gone: its cookie cannot be replayed.
    expect((await app.request('/admin', { headers: { cookie: pendingCookie } })).status).toBe(303);
  });

  it('sends a user who must use TOTP to enrolment first', async () => {
    const admin = await makeUser(test.database, { role: 'admin' });
    const { users } = accountServices(test.database.db, now);
    await users.setTotpRequired(admin.id, true, { actorId: null });
    const session = await signIn(app, admin.email).catch(() => undefined);
    // signIn() reads /admin, which redirects; sign in by hand.
    expect(session).toBeUndefined();
    const anon = await anonymous(app);
    const response = await postForm(app, '/admin/sign-in', anon, {
      email: admin.email,
      password: testPassword,
    });
    const cookie = mergeCookies(anon.cookie, response);
    const home = await app.request('/admin/users', { headers: { cookie } });
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/admin/account/totp');
    const enrol = await app.request('/admin/account/totp', { headers: { cookie } });
    expect(enrol.status).toBe(200);
    expect(await enrol.text()).toContain('class="admin-notice"');
  });

  it('changes the password after checking the current one, and closes other sessions', async () => {
    const user = await makeUser(test.database);
    const first = await signIn(app, user.email);
    const other = await signIn(app, user.email);
    const wrong = await postForm(app, '/admin/account/password', first, {
      current: 'not my password',
      password: 'a brand new password',
      confirm: 'a brand new password',
    });
    expect(wrong.status).toBe(400);
    const mismatch = await postForm(app, '/admin/account/password', first, {
      current: testPassword,
      password: 'a brand new password',
      confirm: 'another new password',
    });
    expect(mismatch.status).toBe(400);
    const short = await postForm(app, '/admin/account/password', first, {
      current: testPassword,
      password: 'short',
      confirm: 'short',
    });
    expect(short.status).toBe(400);
    const ok = await postForm(app, '/admin/account/password', first, {
      current: testPassword,
      password: 'a brand new password',
      confirm: 'a brand new password',
    });
    expect(ok.status).toBe(303);
    expect((await app.request('/admin', { headers: { cookie: first.cookie } })).status).toBe(200);
    expect((await app.request('/admin', { headers: { cookie: other.cookie } })).status).toBe(303);
    await expect(signIn(app, user.email)).rejects.toThrow();
    await expect(signIn(app, user.email, 'a brand new password')).resolves.toBeDefined();
  });
});
