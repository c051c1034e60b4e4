// Redirects over HTTP on every dialect: the admin pages (add, refuse bad input with 400 and
// nothing saved, search, edit, delete, CSV export and import, other roles refused), and the
// public side: old addresses answer 301 with their query kept, a live page always wins, and
// slug changes of a published article, a sector and an organisation leave a redirect behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { signInAs } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { articleForm, makeActor } from '../../test/support/editor.js';
import { makeSectors, makeServices } from '../../test/support/factories.js';

describe.each(testDialects())('redirect pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let sectors: Map<string, string>;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    admin = await signInAs(app, t.database, 'admin');
    sectors = await makeSectors(t.database);
  });
  afterAll(() => t.cleanup());

  const get = (path: string, cookie = admin.cookie) =>
    app.request(path, { headers: { cookie, 'accept-language': 'en' } });
  const post = (path: string, fields: Record<string, string>, cookie = admin.cookie) =>
    app.request(path, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en',
      },
      body: new URLSearchParams({ _csrf: admin.csrf, ...fields }),
    });
  const upload = (csv: string) => {
    const form = new FormData();
    form.set('_csrf', admin.csrf);
    form.set('file', new File([csv], 'redirects.csv', { type: 'text/csv' }));
    return app.request('/admin/redirects/import', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
      body: form,
    });
  };
  const rows = () =>
    t.database.db.selectFrom('redirect').selectAll().orderBy('source_path').execute();

  it('adds a redirect, refusing bad addresses and loops with 400 and saving nothing', async () => {
    for (const [source, target, message] of [
      ['nope', '/fr', 'The old address must be a path'],
      ['/x', 'javascript:alert(1)', 'The new address must be'],
      ['/x', '/x/', 'would loop'],
    ] as const) {
      const res = await post('/admin/redirects', { source, target, status: '301' });
      expect(res.status, source).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('role="alert"');
    }
    expect(
      (await post('/admin/redirects', { source: '/x', target: '/y', status: '307' })).status,
    ).toBe(400);
    expect(await rows()).toEqual([]);
    const ok = await post('/admin/redirects', {
      source: '/2019/05/vieux-billet',
      target: '/fr/actualites/nouveau',
      status: '301',
    });
    expect(ok.status).toBe(303);
    expect(
      (
        await post('/admin/redirects', {
          source: '/2019/05/vieux-billet',
          target: '/fr',
          status: '301',
        })
      ).status,
    ).toBe(400);
    const list = await (await get('/admin/redirects?done=created')).text();
    expect(list).toContain('Redirect added.');
    expect(list).toContain('/2019/05/vieux-billet');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('action', '=', 'redirect.create')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('answers an old address with 301 and its query string, and counts the hit', async () => {
    const res = await app.request('/2019/05/vieux-billet/?utm_source=partner');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/fr/actualites/nouveau?utm_source=partner');
    const [row] = await rows();
    expect(row?.hits).toBe(1);
    expect((await app.request('/2019/05/unknown')).status).toBe(404);
    expect(
      (await app.request('/admin/nothing-here', { headers: { cookie: admin.cookie } })).status,
    ).not.toBe(301);
  });

  it('searches, edits and deletes a redirect', async () => {
    expect(await (await get('/admin/redirects?q=VIEUX')).text()).toContain('/2019/05/vieux-billet');
    expect(await (await get('/admin/redirects?q=zzz')).text()).toContain('No redirect.');
    expect((await get('/admin/redirects?page=0')).status).toBe(400);
    const [row] = await rows();
    const page = await get(`/admin/redirects/${row!.id}`);
    expect(await page.text()).toContain('1 hits');
    const saved = await post(`/admin/redirects/${row!.id}`, {
      source: '/2019/05/vieux-billet',
      target: 'https://archive.example.org/billet',
      status: '302',
    });
    expect(saved.status).toBe(303);
    const moved = await app.request('/2019/05/vieux-billet');
    expect([moved.status, moved.headers.get('location')]).toEqual([
      302,
      'https://archive.example.org/billet',
    ]);
    expect((await post(`/admin/redirects/${row!.id}/delete`, {})).status).toBe(303);
    expect(await rows()).toEqual([]);
    expect((await get('/admin/redirects/00000000-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('imports a CSV file all or nothing and exports every redirect', async () => {
    const bad = await upload('/a,/b\nnot-a-path,/c\n');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('2: The old address must be a path');
    expect(await rows()).toEqual([]);
    const good = await upload('source,target,status\n/a,/b,301\n/?p=7,/fr/actualites/sept,301\n');
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/admin/redirects?done=imported&created=2&updated=0');
    const home = await app.request('/?p=7');
    expect([home.status, home.headers.get('location')]).toEqual([301, '/fr/actualites/sept']);
    expect(
      (await app.request('/', { headers: { 'accept-language': 'en' } })).headers.get('location'),
    ).toBe('/en/');
    const csv = await get('/admin/redirects/export.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('/?p=7,/fr/actualites/sept,301,manual,1,');
  });

  it('refuses the redirect pages to an editor', async () => {
    const editor = await signInAs(app, t.database, 'editor');
    expect((await get('/admin/redirects', editor.cookie)).status).toBe(403);
  });

  it('keeps the old address of a published article whose slug changes; the live page wins', async () => {
    const services = makeServices(t.database);
    const actor = await makeActor(t.database, 'admin');
    const form = articleForm(
      [sectors.get('space')!],
      {},
      { slug: 'premier-nom', status: 'published' },
    );
    const { id } = await services.articleEditor.createArticle(actor, form);
    const renamed = {
      ...form,
      translations: { fr: { ...form.translations.fr!, slug: 'second-nom' } },
    };
    await services.articleEditor.saveArticle(actor, id, 1, renamed);
    const old = await app.request('/fr/actualites/premier-nom?ref=x');
    expect([old.status, old.headers.get('location')]).toEqual([
      301,
      '/fr/actualites/second-nom?ref=x',
    ]);
    expect((await app.request('/fr/actualites/second-nom')).status).toBe(200);
    // A redirect whose source is a live page is never answered.
    await services.articleEditor.saveArticle(actor, id, 2, form);
    expect((await app.request('/fr/actualites/premier-nom')).status).toBe(200);
    const back = await app.request('/fr/actualites/second-nom');
    expect(back.headers.get('location')).toBe('/fr/actualites/premier-nom');
  });

  it('adds no redirect when a draft changes its slug', async () => {
    const services = makeServices(t.database);
    const actor = await makeActor(t.database, 'admin');
    const form = articleForm([sectors.get('space')!], {}, { slug: 'brouillon-un' });
    const { id } = await services.articleEditor.createArticle(actor, form);
    const renamed = {
      ...form,
      translations: { fr: { ...form.translations.fr!, slug: 'brouillon-deux' } },
    };
    await services.articleEditor.saveArticle(actor, id, 1, renamed);
    expect((await rows()).filter((r) => r.source_path.includes('brouillon'))).toEqual([]);
  });

  it('keeps the old addresses of a sector and an organisation whose slug changes, in every language', async () => {
    const { directory } = makeServices(t.database);
    const actor = await makeActor(t.database, 'admin');
    const sector = await directory.sectors.getEntry(sectors.get('drone')!);
    await directory.sectors.saveEntry(actor, sector.id, sector.version, {
      ...sector.form,
      slug: 'uav',
    });
    for (const [from, to] of [
      ['/fr/secteurs/drone', '/fr/secteurs/uav'],
      ['/en/sectors/drone', '/en/sectors/uav'],
    ]) {
      const res = await app.request(from!);
      expect([res.status, res.headers.get('location')]).toEqual([301, to]);
    }
    const { id } = await directory.organisations.createEntry(actor, {
      slug: 'acme-spatial',
      name: 'Acme Spatial',
      kind: 'company',
      country: 'BE',
    });
    const org = await directory.organisations.getEntry(id);
    await directory.organisations.saveEntry(actor, id, org.version, {
      ...org.form,
      slug: 'acme-space',
    });
    const res = await app.request('/en/organisations/acme-spatial');
    expect([res.status, res.headers.get('location')]).toEqual([
      301,
      '/en/organisations/acme-space',
    ]);
  });
});
