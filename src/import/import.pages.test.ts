// /admin/import over HTTP on every dialect: upload a WordPress export, read the dry-run report
// (nothing written), run it; a file that is not an export gets its reason and a 400; a stale
// token is refused; other roles are refused.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { signInAs } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSectors } from '../../test/support/factories.js';
import { fixture } from '../../test/support/wordpress.js';

describe.each(testDialects())('import pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    app = makeApp(t.database);
    admin = await signInAs(app, t.database, 'admin');
  });
  afterAll(() => t.cleanup());

  const articles = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('article')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = async (name: string) => {
    const form = new FormData();
    form.set('_csrf', admin.csrf);
    form.set('language', 'fr');
    form.set('file', new File([await readFile(fixture(name))], name, { type: 'text/xml' }));
    return app.request('/admin/import', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
      body: form,
    });
  };
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en',
      },
      body: new URLSearchParams({ _csrf: admin.csrf, ...fields }),
    });

  it('shows the form', async () => {
    const res = await app.request('/admin/import', {
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Import a WordPress site');
  });

  it('shows the dry-run report of an upload, writes nothing, then runs it', async () => {
    const checked = await upload('site.xml');
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain('What the import would do (nothing was written)');
    expect(html).toContain('post 19 “Archive d&#39;un autre siècle”');
    expect(await articles()).toBe(0);
    const token = /name="token" value="([0-9a-f]{32})"/.exec(html)?.[1];
    expect(token).toBeDefined();
    const ran = await post('/admin/import/run', { token: token!, language: 'fr' });
    expect(ran.status).toBe(200);
    expect(await ran.text()).toContain('Import finished');
    expect(await articles()).toBe(9); // ten posts, two of them one article in two languages
    // The file is gone once imported: the same token cannot run twice.
    const again = await post('/admin/import/run', { token: token!, language: 'fr' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('This file is no longer available');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('action', '=', 'import.wordpress')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a file that is not an export, an empty upload and a made-up token with 400', async () => {
    const bad = await upload('not-wxr.xml');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('This is not a WordPress export');
    const form = new FormData();
    form.set('_csrf', admin.csrf);
    const empty = await app.request('/admin/import', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
      body: form,
    });
    expect(empty.status).toBe(400);
    expect((await post('/admin/import/run', { token: '../../etc/passwd' })).status).toBe(400);
  });

  it('refuses the import to an editor', async () => {
    const editor = await signInAs(app, t.database, 'editor');
    expect(
      (await app.request('/admin/import', { headers: { cookie: editor.cookie } })).status,
    ).toBe(403);
  });
});
