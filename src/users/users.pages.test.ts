// The users page (admins) and the audit log over HTTP on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, postForm, signIn, signInAs, testPassword } from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { testNow } from '../../test/support/factories.js';

describe.each(testDialects())('users and audit pages ($name)', (dialect) => {
  let test: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    test = await dialect.open();
    app = makeApp(test.database);
    admin = await signInAs(app, test.database, 'admin');
  });
  afterAll(() => test.cleanup());

  it('creates an account, refuses a duplicate email and a short password', async () => {
    const fields = {
      name: 'Grace',
      email: 'grace@example.org',
      role: 'author',
      password: testPassword,
    };
    const created = await postForm(app, '/admin/users', admin, fields);
    expect(created.status).toBe(303);
    const list = await app.request('/admin/users', { headers: { cookie: admin.cookie } });
    expect(await list.text()).toContain('grace@example.org');
    expect((await postForm(app, '/admin/users', admin, fields)).status).toBe(409);
    const short = await postForm(app, '/admin/users', admin, {
      ...fields,
      email: 'g2@example.org',
      password: 'short',
    });
    expect(short.status).toBe(400);
    await expect(signIn(app, 'grace@example.org')).resolves.toBeDefined();
  });

  it('changes a role and disables an account, which ends its sessions', async () => {
    const user = await makeUser(test.database, { role: 'contributor' });
    const theirs = await signIn(app, user.email);
    expect(
      (await postForm(app, `/admin/users/${user.id}/role`, admin, { role: 'editor' })).status,
    ).toBe(303);
    const row = await test.database.db
      .selectFrom('app_user')
      .select('role')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('editor');
    expect(
      (await postForm(app, `/admin/users/${user.id}/role`, admin, { role: 'emperor' })).status,
    ).toBe(400);
    expect(
      (await postForm(app, `/admin/users/${user.id}/status`, admin, { disabled: '1' })).status,
    ).toBe(303);
    expect((await app.request('/admin', { headers: { cookie: theirs.cookie } })).status).toBe(303);
    await expect(signIn(app, user.email)).rejects.toThrow();
    expect(
      (await postForm(app, `/admin/users/${user.id}/status`, admin, { disabled: '0' })).status,
    ).toBe(303);
    await expect(signIn(app, user.email)).resolves.toBeDefined();
  });

  it('refuses to disable oneself or demote the last admin', async () => {
    const self = await postForm(app, `/admin/users/${admin.id}/status`, admin, { disabled: '1' });
    expect(self.status).toBe(400);
    const demote = await postForm(app, `/admin/users/${admin.id}/role`, admin, { role: 'editor' });
    expect(demote.status).toBe(400);
    expect(await demote.text()).toContain('role="alert"');
  });

  it('records who did what, from where, and filters the log by actor, action and date', async () => {
    const user = await makeUser(test.database, { role: 'author' });
    await postForm(app, `/admin/users/${user.id}/totp`, admin, { required: '1' });
    const rows = await test.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity_id', '=', user.id)
      .orderBy('created_at')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['user.created', 'user.totp_required']);
    expect(rows[1]!.actor_id).toBe(admin.id);

    const get = (query: string) =>
      app.request(`/admin/audit${query}`, { headers: { cookie: admin.cookie } });
    const all = await get('');
    expect(all.status).toBe(200);
    const allHtml = await all.text();
    expect(allHtml).toContain('auth.sign_in');
    expect(allHtml).toContain('user.totp_required');
    const byAction = await (await get('?action=user.totp_required')).text();
    expect(byAction).toContain('user.totp_required');
    expect(byAction).not.toContain('<code>auth.sign_in</code>');
    const byActor = await (await get(`?actor=${admin.id}&action=auth.sign_in`)).text();
    expect(byActor).toMatch(/1 (entrée|entries)/);
    const day = testNow.toISOString().slice(0, 10);
    expect(await (await get(`?from=${day}&to=${day}`)).text()).toContain('user.totp_required');
    expect(await (await get('?from=2020-01-01&to=2020-01-02')).text()).toMatch(
      /Aucune entrée|No entry/,
    );
    expect((await get('?from=2026-02-31')).status).toBe(400);
    expect((await get('?page=0')).status).toBe(400);
  });

  it('is for admins only', async () => {
    const editor = await signInAs(app, test.database, 'editor');
    expect((await app.request('/admin/users', { headers: { cookie: editor.cookie } })).status).toBe(
      403,
    );
    expect((await app.request('/admin/audit', { headers: { cookie: editor.cookie } })).status).toBe(
      403,
    );
  });
});
