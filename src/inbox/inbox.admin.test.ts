// The entity inbox over HTTP, on every dialect: the page lists the groups for editors only, the
// forms decide, and bad input (unknown group, stale form, a merge of an entry with itself, a
// missing CSRF token, an entry not in the list) is a clear 4xx that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { postForm, signInAs } from '../../test/support/auth.js';
import { testSite } from '../../test/support/app.js';
import { makeOrganisation, makeSectors } from '../../test/support/factories.js';
import { articleNaming, org } from '../../test/support/inbox.js';

describe.each(testDialects())('entity inbox pages on $name', (dialect) => {
  let t: TestDatabase;
  let site: ReturnType<typeof testSite>;
  let editor: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    site = testSite(t.database);
    editor = await signInAs(site.app, t.database, 'editor');
    await articleNaming(site.services, t.database, [org('Skywin'), org('Orbix Labs')], 'Un');
    await articleNaming(site.services, t.database, [org('Skywin Wallonie')], 'Deux');
  });
  afterAll(() => t.cleanup());

  const get = (path: string, cookie = editor.cookie) =>
    site.app.request(path, { headers: { cookie } });
  const counts = async () => ({
    groups: (await site.services.inbox.listGroups()).length,
    organisations: (await t.database.db.selectFrom('organisation').select('id').execute()).length,
    audit: (
      await t.database.db
        .selectFrom('audit_entry')
        .select('id')
        .where('action', 'like', 'inbox.%')
        .execute()
    ).length,
  });

  it('lists the groups for editors, with the count on the dashboard, and refuses authors', async () => {
    const page = await get('/admin/entities');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Skywin Wallonie');
    expect(html).toContain('« Skywin »');
    const home = await (await get('/admin')).text();
    expect(home).toContain('href="/admin/entities"');
    expect(home).toContain('2 à trier');
    const author = await signInAs(site.app, t.database, 'author');
    expect((await get('/admin/entities', author.cookie)).status).toBe(403);
  });

  it('answers bad input with a 4xx and changes nothing', async () => {
    const before = await counts();
    const [g] = await site.services.inbox.listGroups();
    const cases: [string, Record<string, string>, number][] = [
      [
        '/admin/entities/reject',
        { key: 'organisation:nowhere', fingerprint: '0123456789abcdef' },
        404,
      ],
      ['/admin/entities/reject', { key: g!.key, fingerprint: '0123456789abcdef' }, 409],
      ['/admin/entities/reject', { key: g!.key }, 400],
      [
        '/admin/entities/link',
        { key: g!.key, fingerprint: g!.fingerprint, entity: 'Personne inconnue' },
        400,
      ],
      [
        '/admin/entities/create',
        { key: g!.key, fingerprint: g!.fingerprint, kind: 'organisation', name: '' },
        400,
      ],
      [
        '/admin/entities/create',
        {
          key: g!.key,
          fingerprint: g!.fingerprint,
          kind: 'person',
          given_name: 'A',
          family_name: 'B',
        },
        400,
      ],
      ['/admin/entities/batch', { action: 'create' }, 400],
      ['/admin/entities/batch', { action: 'explode', group: `${g!.fingerprint}|${g!.key}` }, 400],
      ['/admin/entities/stops/not-an-id/delete', {}, 404],
    ];
    for (const [path, fields, status] of cases) {
      const res = await postForm(site.app, path, editor, fields);
      expect(res.status, `${path} ${JSON.stringify(fields)}`).toBe(status);
    }
    const noCsrf = await postForm(site.app, '/admin/entities/reject', editor, {
      _csrf: '',
      key: g!.key,
      fingerprint: g!.fingerprint,
    });
    expect(noCsrf.status).toBe(403);
    const one = await makeOrganisation(t.database, { name: 'Unique SA', slug: 'unique' });
    const self = await postForm(site.app, '/admin/entities/merge', editor, {
      type: 'organisation',
      kept: 'Unique SA (unique)',
      removed: 'Unique SA (unique)',
    });
    expect(self.status).toBe(400);
    expect(await self.text()).toContain('cannot be merged with itself');
    expect(await counts()).toEqual({ ...before, organisations: before.organisations + 1 });
    await t.database.db.deleteFrom('organisation').where('id', '=', one).execute();
  });

  it('creates from the form, then a second submit of it is a 404 that changes nothing', async () => {
    const [g] = await site.services.inbox.listGroups();
    const fields = {
      key: g!.key,
      fingerprint: g!.fingerprint,
      kind: 'organisation',
      name: 'Skywin Wallonie',
      acronym: '',
      organisation_kind: 'cluster',
      aliases: 'Skywin\r\n\r\npôle Skywin',
    };
    const res = await postForm(site.app, '/admin/entities/create', editor, fields);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/entities?done=created');
    const after = await counts();
    expect((await postForm(site.app, '/admin/entities/create', editor, fields)).status).toBe(404);
    expect(await counts()).toEqual(after);
    const flash = await (await get('/admin/entities?done=created')).text();
    expect(flash).toContain('Fiche(s) créée(s)');
  });
});
