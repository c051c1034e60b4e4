// The webhook admin pages over HTTP on every dialect: admins add (bad URL or no event → 400 with
// the reason, nothing saved), list, edit, ping, deactivate and delete webhooks, with audit
// entries; the secret is shown in whsec_ form, an older hex one too; other roles are refused. The API's organisation update queues entity.changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { makeOrganisation, makeServices, testNow } from '../../test/support/factories.js';
import { apiTokenServiceOver } from '../users/api-token.service.js';

describe.each(testDialects())('webhook pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    admin = await signInAs(app, t.database, 'admin');
  });
  afterAll(() => t.cleanup());

  const get = (path: string, cookie = admin.cookie) =>
    app.request(path, { headers: { cookie, 'accept-language': 'en' } });
  const post = (path: string, fields: Record<string, string> | URLSearchParams) =>
    app.request(path, {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en',
      },
      body: new URLSearchParams([
        ['_csrf', admin.csrf],
        ...(fields instanceof URLSearchParams ? [...fields] : Object.entries(fields)),
      ]),
    });
  const count = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('webhook')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audit = async (action: string) =>
    t.database.db.selectFrom('audit_entry').selectAll().where('action', '=', action).execute();

  it('refuses a URL that is not http(s) and a webhook with no event, saving nothing', async () => {
    for (const url of ['ftp://files.example.org/', 'javascript:alert(1)', 'not a url', '']) {
      const res = await post('/admin/webhooks', { url, events: 'article.published' });
      expect(res.status, url).toBe(400);
      const html = await res.text();
      expect(html).toContain('Give an absolute http:// or https:// URL');
      expect(html).toContain('aria-invalid="true"');
    }
    const none = await post('/admin/webhooks', { url: 'https://ok.example.org/hook' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Choose at least one event.');
    const unknown = await post('/admin/webhooks', {
      url: 'https://ok.example.org/hook',
      events: 'article.exploded',
    });
    expect(unknown.status).toBe(400);
    expect(await count()).toBe(0);
  });

  it('shows a secret made before Standard Webhooks in its whsec_ form (the same key)', async () => {
    // As the row was stored before the change (no audit entry: the other tests count them).
    const id = '00000000-0000-7000-8000-0000000000a1';
    const hex = 'ab12'.repeat(16);
    await t.database.db
      .insertInto('webhook')
      .values({
        id,
        url: 'https://old.example.org/hook',
        description: '',
        events: 'article.published',
        secret: hex,
        active: 1,
        created_at: testNow.toISOString(),
        updated_at: testNow.toISOString(),
        created_by: null,
      })
      .execute();
    const page = await (await get(`/admin/webhooks/${id}`)).text();
    expect(page).toContain(`whsec_${Buffer.from(hex, 'utf8').toString('base64')}`);
    expect(page).not.toContain(hex);
    await t.database.db.deleteFrom('webhook').where('id', '=', id).execute();
  });

  it('adds a webhook, shows its secret, lists it, edits, pings, deactivates and deletes it', async () => {
    const created = await post(
      '/admin/webhooks',
      new URLSearchParams([
        ['url', 'https://intranet.example.org/hooks'],
        ['description', 'Members’ intranet'],
        ['events', 'article.published'],
        ['events', 'entity.changed'],
      ]),
    );
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/webhooks\/[0-9a-f-]{36}\?done=created$/);
    const id = location.split('/')[3]!.split('?')[0]!;
    const row = await t.database.db
      .selectFrom('webhook')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ events: 'article.published,entity.changed', active: 1 });

    const page = await (await get(location)).text();
    expect(page).toContain('Webhook added.');
    expect(row.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(page).toContain(row.secret);
    expect(page).toContain('Standard Webhooks');
    expect(page).toContain('Nothing sent yet.');
    const list = await (await get('/admin/webhooks')).text();
    expect(list).toContain('https://intranet.example.org/hooks');
    expect(list).toContain('Members’ intranet');
    expect(list).not.toContain(row.secret);
    const [entry] = await audit('webhook.create');
    expect(entry).toMatchObject({ entity_id: id });
    expect(entry!.detail).not.toContain(row.secret);

    const bad = await post(`/admin/webhooks/${id}`, { url: 'gopher://x', events: 'ping' });
    expect(bad.status).toBe(400);
    const saved = await post(
      `/admin/webhooks/${id}`,
      new URLSearchParams([
        ['url', 'https://intranet.example.org/v2'],
        ['description', ''],
        ['events', 'article.deleted'],
      ]),
    );
    expect(saved.status).toBe(303);
    expect((await audit('webhook.update')).length).toBe(1);

    expect((await post(`/admin/webhooks/${id}/ping`, {})).status).toBe(303);
    const log = await (await get(`/admin/webhooks/${id}?done=ping`)).text();
    expect(log).toContain('Test ping queued');
    expect(log).toContain('Test ping');
    expect(log).toContain('pending');
    const [delivery] = await t.database.db.selectFrom('webhook_delivery').selectAll().execute();
    // Only failed deliveries may be retried.
    expect((await post(`/admin/webhooks/${id}/deliveries/${delivery!.id}/retry`, {})).status).toBe(
      404,
    );

    const off = await post(`/admin/webhooks/${id}/active`, { active: '0' });
    expect(off.headers.get('location')).toBe(`/admin/webhooks/${id}?done=deactivated&count=1`);
    expect(await (await get(off.headers.get('location')!)).text()).toContain(
      'Webhook deactivated; 1 waiting deliveries given up.',
    );
    expect((await post(`/admin/webhooks/${id}/active`, { active: 'maybe' })).status).toBe(400);
    const retry = await post(`/admin/webhooks/${id}/deliveries/${delivery!.id}/retry`, {});
    expect(retry.status).toBe(303);
    expect((await post(`/admin/webhooks/${id}/active`, { active: '1' })).status).toBe(303);

    const removed = await post(`/admin/webhooks/${id}/delete`, {});
    expect(removed.headers.get('location')).toBe('/admin/webhooks?done=deleted');
    expect(await (await get('/admin/webhooks?done=deleted')).text()).toContain('Webhook deleted.');
    expect(await count()).toBe(0);
    expect((await audit('webhook.delete')).length).toBe(1);
    expect((await get(`/admin/webhooks/${id}`)).status).toBe(404);
  });

  it('speaks French by default', async () => {
    const res = await app.request('/admin/webhooks', { headers: { cookie: admin.cookie } });
    expect(await res.text()).toContain('Nouveau webhook');
  });

  it('refuses editors and the other roles', async () => {
    const editor = await signInAs(app, t.database, 'editor');
    expect((await get('/admin/webhooks', editor.cookie)).status).toBe(403);
    const res = await postForm(app, '/admin/webhooks', editor, {
      url: 'https://x.example.org/',
      events: 'ping',
    });
    expect(res.status).toBe(403);
    expect(await count()).toBe(0);
    const home = await (await get('/admin', editor.cookie)).text();
    expect(home).not.toContain('href="/admin/webhooks"');
    expect(await (await get('/admin')).text()).toContain('href="/admin/webhooks"');
  });

  it('queues entity.changed when the API changes an organisation', async () => {
    const services = makeServices(t.database);
    const hook = await services.webhooks.createWebhook(
      { url: 'https://dir.example.org/', description: '', events: ['entity.changed'] },
      null,
    );
    const orgId = await makeOrganisation(t.database);
    const owner = await makeActor(t.database, 'editor');
    const { token } = await apiTokenServiceOver(
      t.database.db,
      services.audit,
      () => testNow,
    ).createToken({ actorId: owner.id! }, 'directory sync');
    const res = await app.request(`/api/v1/organisations/${orgId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, city: 'Liège' }),
    });
    expect(res.status).toBe(200);
    const [delivery] = await services.webhooks.listDeliveries(hook);
    expect(JSON.parse(delivery!.payload)).toMatchObject({
      event: 'entity.changed',
      data: { type: 'organisation', id: orgId, change: 'saved' },
    });
  });
});
