// The sector editor on every dialect: create and load, conflict, revisions and restore,
// validation; and through the app, a trashed sector leaving the navigation, the article tags, its
// page, its feed and the sitemap, then coming back with its links on restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { formErrors, idFromLocation } from '../../test/support/directory-editor.js';
import { makeActor } from '../../test/support/editor.js';
import { makeArticle, makeSectors, makeServices } from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { type DirectoryEditorService } from '../directory/directory-editor.service.js';
import { ConflictError } from '../kernel/form-errors.js';
import type { DirectoryForm } from '../directory/directory-form.js';

function sectorForm(overrides: DirectoryForm = {}): DirectoryForm {
  return {
    slug: '',
    position: '5',
    'fr.name': 'Hydrogène',
    'en.name': 'Hydrogen',
    'fr.description': 'Propulsion et stockage à l’hydrogène.',
    'en.description': 'Hydrogen propulsion and storage.',
    ...overrides,
  };
}

describe.each(testDialects())('sector editor on $name', (dialect) => {
  let t: TestDatabase;
  let editor: DirectoryEditorService;
  let admin: Actor;
  let editorActor: Actor;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    editor = makeServices(t.database).directory.sectors!;
    admin = await makeActor(t.database, 'admin');
    editorActor = await makeActor(t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  it('creates a sector, slug from the first language’s name, and loads back the same form', async () => {
    const form = sectorForm();
    const { id } = await editor.createEntry(editorActor, form);
    const entry = await editor.getEntry(id);
    expect(entry.version).toBe(1);
    expect(entry.form).toEqual({ ...form, slug: 'hydrogene' });
    const sectors = makeServices(t.database).sectors;
    expect((await sectors.listSectors('en')).map((s) => s.slug)).toEqual([
      'aero',
      'space',
      'drone',
      'defence',
      'hydrogene',
    ]);
    expect((await sectors.getSector('hydrogene', 'en')).name).toBe('Hydrogen');
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      sectorForm({ slug: 'maritime', 'fr.name': 'Maritime', 'en.name': 'Maritime' }),
    );
    const first = await editor.getEntry(id);
    await editor.saveEntry(editorActor, id, 1, { ...first.form, position: '6' });
    const conflict = await editor
      .saveEntry(admin, id, 1, { ...first.form, position: '7', 'en.name': 'Sea' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Record<string, string>>).theirs.position).toBe('6');
    expect((await editor.getEntry(id)).form).toEqual({ ...first.form, position: '6' });
  });

  it('keeps a revision per save and restores one as a new version', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      sectorForm({ slug: 'batteries', 'fr.name': 'Batteries', 'en.name': 'Batteries' }),
    );
    const created = await editor.getEntry(id);
    await editor.saveEntry(editorActor, id, 1, {
      ...created.form,
      slug: 'stockage',
      'fr.name': 'Stockage d’énergie',
    });
    const revisions = await editor.listRevisions(id);
    const diff = await editor.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(
      diff.fields
        .filter((f) => f.changed)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['fr.name', 'slug']);
    expect(await editor.restoreRevision(editorActor, id, revisions[1]!.id, 2)).toBe(3);
    expect((await editor.getEntry(id)).form).toEqual(created.form);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = (await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 100)).total;
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          sectorForm({
            slug: 'Pas Un Slug',
            position: 'premier',
            'en.name': '',
            'fr.name': 'x'.repeat(101),
            'fr.description': 'x'.repeat(2001),
          }),
        ),
      ),
    ).toEqual({
      slug: 'directoryEditor.error.slug',
      position: 'directoryEditor.error.number',
      'en.name': 'directoryEditor.error.required',
      'fr.name': 'directoryEditor.error.tooLong',
      'fr.description': 'directoryEditor.error.tooLong',
    });
    expect(
      await formErrors(
        editor.createEntry(editorActor, sectorForm({ slug: 'space', position: '99999999' })),
      ),
    ).toEqual({
      slug: 'directoryEditor.error.slugTaken',
      position: 'directoryEditor.sector.error.positionTooLarge',
    });
    // A slug is needed and none can be made from « 氢 ».
    expect(
      await formErrors(editor.createEntry(editorActor, sectorForm({ 'fr.name': '氢', slug: '' }))),
    ).toEqual({ slug: 'directoryEditor.error.required' });
    expect((await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 100)).total).toBe(
      before,
    );
  });

  it('lists sectors in display order, named in the admin’s language, found by either name', async () => {
    const list = await editor.listEntries('en', { q: '', trashed: false, page: 1 });
    expect(list.rows.slice(0, 2).map((r) => [r.title, r.detail])).toEqual([
      ['Sector aero', 'address “aero”, order 0'],
      ['Sector space', 'address “space”, order 1'],
    ]);
    const found = await editor.listEntries('fr', { q: 'hydrogen', trashed: false, page: 1 });
    expect(found.rows.map((r) => r.title)).toEqual(['Hydrogène']);
  });
});

describe.each(testDialects())('sector editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
    admin = await signInAs(app, t.database, 'admin');
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });
  const text = async (path: string) => (await app.request(path)).text();

  it('creates from the form; trashed, the sector leaves the site and comes back on restore', async () => {
    const form = await get('/admin/sectors/new');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="en.name"');
    const created = await postForm(app, '/admin/sectors', session, {
      slug: '',
      position: '4',
      'fr.name': 'Hydrogène',
      'en.name': 'Hydrogen',
      'fr.description': 'Propulsion à l’hydrogène.',
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/sectors\/[0-9a-f-]{36}\?done=created$/);
    const id = idFromLocation(created);
    expect(await (await get(location)).text()).toContain('href="/fr/secteurs/hydrogene"');
    await makeArticle(makeServices(t.database), {
      sectorSlugs: ['hydrogene', 'aero'],
      translations: {
        fr: { title: 'Un avion à hydrogène', slug: 'avion-hydrogene', body: 'Un essai.' },
      },
    });

    const present = async () => ({
      navigation: (await text('/fr/')).includes('href="/fr/secteurs/hydrogene"'),
      page: (await app.request('/fr/secteurs/hydrogene')).status,
      feed: (await app.request('/fr/secteurs/hydrogene/feed.xml')).status,
      tag: (await text('/fr/actualites/avion-hydrogene')).includes('tag-hydrogene'),
      sitemap: (await text('/sitemap.xml')).includes('/fr/secteurs/hydrogene<'),
      facet: (await text('/fr/recherche?q=avion')).includes('sector=hydrogene'),
    });
    expect(await present()).toEqual({
      navigation: true,
      page: 200,
      feed: 200,
      tag: true,
      sitemap: true,
      facet: true,
    });
    expect(await text('/fr/secteurs/hydrogene')).toContain('Un avion à hydrogène');

    expect((await postForm(app, `/admin/sectors/${id}/trash`, session)).status).toBe(303);
    expect(await present()).toEqual({
      navigation: false,
      page: 404,
      feed: 404,
      tag: false,
      sitemap: false,
      facet: false,
    });
    // The article keeps its other sector.
    expect(await text('/fr/actualites/avion-hydrogene')).toContain('tag-aero');
    expect(await (await get('/admin/sectors?trash=1')).text()).toContain('Hydrogène');

    expect((await postForm(app, `/admin/sectors/${id}/restore`, session)).status).toBe(303);
    expect(await present()).toEqual({
      navigation: true,
      page: 200,
      feed: 200,
      tag: true,
      sitemap: true,
      facet: true,
    });

    // Emptying the trash (admins) destroys the sector; the article stays, with its other sector.
    await postForm(app, `/admin/sectors/${id}/trash`, session);
    expect((await postForm(app, '/admin/sectors/trash/empty', admin)).status).toBe(303);
    expect((await get(`/admin/sectors/${id}`)).status).toBe(404);
    expect((await app.request('/fr/actualites/avion-hydrogene')).status).toBe(200);
  });

  it('answers bad input with 422 and a summary, a stale version with 409 and both versions', async () => {
    const bad = await postForm(app, '/admin/sectors', session, {
      position: '1',
      'fr.name': 'Sans anglais',
      'en.name': '',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('href="#f-en-name"');
    expect((await app.request('/fr/secteurs/sans-anglais')).status).toBe(404);

    const created = await postForm(app, '/admin/sectors', session, {
      position: '9',
      'fr.name': 'Quantique',
      'en.name': 'Quantum',
    });
    const id = idFromLocation(created);
    const fields = { version: '1', slug: 'quantique', position: '9', 'fr.name': 'Quantique' };
    expect(
      (
        await postForm(app, `/admin/sectors/${id}`, session, {
          ...fields,
          'en.name': 'Quantum tech',
        })
      ).status,
    ).toBe(303);
    expect(await text('/en/sectors/quantique')).toContain('Quantum tech');
    const stale = await postForm(app, `/admin/sectors/${id}`, session, {
      ...fields,
      'en.name': 'Quantum sensing',
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain('Quantum tech');
    expect(conflict).toContain('Quantum sensing');
  });
});
