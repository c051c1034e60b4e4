// The organisation editor on every dialect: create, save under a version, conflict, revisions and
// restore, trash and restore, emptying the trash, validation; and its pages through the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { csrfFrom, postForm, signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { formErrors, idFromLocation } from '../../test/support/directory-editor.js';
import { makeActor } from '../../test/support/editor.js';
import { makeOrganisation, makeSectors, makeServices } from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { type DirectoryEditorService } from '../directory/directory-editor.service.js';
import { ConflictError } from '../kernel/form-errors.js';
import type { DirectoryForm } from '../directory/directory-form.js';

function organisationForm(overrides: DirectoryForm = {}): DirectoryForm {
  return {
    name: 'Orbital Welding Systems',
    acronym: 'OWS',
    kind: 'company',
    country: 'be',
    city: 'Gosselies',
    website: 'https://ows.example',
    is_member: '1',
    'fr.description': 'Soudage orbital pour réservoirs de lanceurs.',
    'en.description': 'Orbital welding for launcher tanks.',
    'fr.competences': 'soudage\ncontrôle non destructif',
    'aliases.0.alias': 'OWS Belgium',
    'aliases.0.kind': 'former_name',
    'aliases.0.valid_until': '2024-06-30',
    ...overrides,
  };
}

describe.each(testDialects())('organisation editor on $name', (dialect) => {
  let t: TestDatabase;
  let editor: DirectoryEditorService;
  let sectors: Map<string, string>;
  let admin: Actor;
  let editorActor: Actor;
  let author: Actor;

  beforeAll(async () => {
    t = await dialect.open();
    sectors = await makeSectors(t.database);
    editor = makeServices(t.database).directory.organisations!;
    admin = await makeActor(t.database, 'admin');
    editorActor = await makeActor(t.database, 'editor');
    author = await makeActor(t.database, 'author');
  });
  afterAll(() => t.cleanup());

  it('creates an organisation and loads back the same form, slug derived and codes upper-cased', async () => {
    const form = organisationForm({ sectors: sectors.get('space')! });
    const { id } = await editor.createEntry(editorActor, form);
    const entry = await editor.getEntry(id);
    expect(entry.version).toBe(1);
    expect(entry.form).toMatchObject({
      name: 'Orbital Welding Systems',
      slug: 'orbital-welding-systems',
      country: 'BE',
      is_member: '1',
      sectors: sectors.get('space'),
      'en.description': 'Orbital welding for launcher tanks.',
      'aliases.0.alias': 'OWS Belgium',
      'aliases.0.kind': 'former_name',
      'aliases.0.valid_until': '2024-06-30',
    });
    const page = await makeServices(t.database).organisations.getOrganisationPage(
      'en',
      'orbital-welding-systems',
    );
    expect(page.name).toBe('Orbital Welding Systems');
  });

  it('keeps a revision per save; a stale version is a conflict and changes nothing', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      organisationForm({ name: 'Alpha Avionics' }),
    );
    const first = await editor.getEntry(id);
    const v2 = await editor.saveEntry(editorActor, id, 1, { ...first.form, city: 'Liège' });
    expect(v2).toBe(2);
    const conflict = await editor
      .saveEntry(admin, id, 1, { ...first.form, city: 'Namur' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Record<string, string>>).theirs.city).toBe('Liège');
    expect((await editor.getEntry(id)).form.city).toBe('Liège');
    const revisions = await editor.listRevisions(id);
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [2, 'saved'],
      [1, 'created'],
    ]);
    const diff = await editor.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(['city']);
  });

  it('restores a revision as a new version, aliases and all', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      organisationForm({ name: 'Beta Propulsion' }),
    );
    const entry = await editor.getEntry(id);
    const stripped = Object.fromEntries(
      Object.entries(entry.form).filter(([k]) => !k.startsWith('aliases.')),
    );
    await editor.saveEntry(editorActor, id, 1, { ...stripped, acronym: '' });
    expect((await editor.getEntry(id)).form['aliases.0.alias']).toBeUndefined();
    const created = (await editor.listRevisions(id)).find((r) => r.reason === 'created')!;
    const version = await editor.restoreRevision(editorActor, id, created.id, 2);
    expect(version).toBe(3);
    const restored = await editor.getEntry(id);
    expect(restored.form.acronym).toBe('OWS');
    expect(restored.form['aliases.0.alias']).toBe('OWS Belgium');
    expect((await editor.listRevisions(id))[0]!.reason).toMatch(/^restored revision of /);
  });

  it('moves to the trash (off the public site), restores, and only an admin empties the trash', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      organisationForm({ name: 'Gamma Optics' }),
    );
    const services = makeServices(t.database);
    const found = async () =>
      (await services.search.search({ q: 'gamma optics', locale: 'fr', page: 1, filter: {} })).hits
        .map((h) => h.id)
        .includes(id);
    expect(await found()).toBe(true);
    await editor.trashEntry(editorActor, id);
    expect(await found()).toBe(false);
    expect((await editor.getEntry(id)).deletedAt).not.toBeNull();
    await expect(
      services.organisations.getOrganisationPage('fr', 'gamma-optics'),
    ).rejects.toThrow();
    const trash = await editor.listEntries('fr', { q: 'gamma', trashed: true, page: 1 });
    expect(trash.rows.map((r) => r.id)).toEqual([id]);
    await expect(editor.saveEntry(editorActor, id, 2, organisationForm())).rejects.toThrow(/trash/);
    await editor.restoreEntry(editorActor, id);
    expect(await found()).toBe(true);
    expect((await services.organisations.getOrganisationPage('fr', 'gamma-optics')).name).toBe(
      'Gamma Optics',
    );
    await editor.trashEntry(editorActor, id);
    await expect(editor.emptyTrash(editorActor)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await editor.emptyTrash(admin)).toBeGreaterThanOrEqual(1);
    await expect(editor.getEntry(id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await editor.listRevisions(id)).toEqual([]);
  });

  it('keeps links to a trashed parent and sector through a save; they come back on restore', async () => {
    const services = makeServices(t.database);
    const sectorEditor = services.directory.sectors;
    const { id: parent } = await editor.createEntry(
      editorActor,
      organisationForm({ name: 'Holding Kappa' }),
    );
    const drone = sectors.get('drone')!;
    const { id } = await editor.createEntry(
      editorActor,
      organisationForm({ name: 'Kappa Drones', parent, sectors: drone }),
    );
    await editor.trashEntry(editorActor, parent);
    await sectorEditor.trashEntry(editorActor, drone);
    const hidden = await editor.getEntry(id);
    expect(hidden.form).toMatchObject({ parent: '', sectors: '' });
    await editor.saveEntry(editorActor, id, hidden.version, { ...hidden.form, city: 'Spa' });
    await editor.restoreEntry(editorActor, parent);
    await sectorEditor.restoreEntry(editorActor, drone);
    expect((await editor.getEntry(id)).form).toMatchObject({
      parent,
      sectors: drone,
      city: 'Spa',
    });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const taken = await makeOrganisation(t.database, { slug: 'taken-slug', name: 'Taken' });
    const before = await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000);
    const errors = await formErrors(
      editor.createEntry(
        editorActor,
        organisationForm({
          name: '',
          slug: 'Not A Slug',
          kind: 'spaceship',
          country: 'BEL',
          website: 'javascript:alert(1)',
          parent: '00000000-0000-7000-8000-00000000dead',
          sectors: 'nope',
          'fr.description': 'x'.repeat(20_001),
          'aliases.0.valid_until': '2024-02-30',
        }),
      ),
    );
    expect(errors).toEqual({
      name: 'directoryEditor.error.required',
      slug: 'directoryEditor.error.slug',
      kind: 'directoryEditor.error.choice',
      country: 'directoryEditor.error.country',
      website: 'directoryEditor.error.url',
      parent: 'directoryEditor.error.choice',
      sectors: 'directoryEditor.error.choice',
      'fr.description': 'directoryEditor.error.tooLong',
      'aliases.0.valid_until': 'directoryEditor.error.date',
    });
    expect(
      await formErrors(editor.createEntry(editorActor, organisationForm({ slug: 'taken-slug' }))),
    ).toEqual({ slug: 'directoryEditor.error.slugTaken' });
    expect(
      await formErrors(
        editor.saveEntry(
          editorActor,
          taken,
          1,
          organisationForm({ parent: taken, slug: 'taken-slug' }),
        ),
      ),
    ).toEqual({ parent: 'directoryEditor.error.selfParent' });
    const after = await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000);
    expect(after.total).toBe(before.total);
  });

  it('finds entries in the admin list by name, acronym or alias, accents and case ignored', async () => {
    await editor.createEntry(
      editorActor,
      organisationForm({
        name: 'Université de Liège',
        acronym: 'ULiège',
        'aliases.0.alias': 'Alma Mater Leodiensis',
        'aliases.0.kind': 'alias',
      }),
    );
    const titles = async (q: string) =>
      (await editor.listEntries('fr', { q, trashed: false, page: 1 })).rows.map((r) => r.title);
    expect(await titles('universite de liege')).toEqual(['Université de Liège (ULiège)']);
    expect(await titles('ULIEGE')).toEqual(['Université de Liège (ULiège)']);
    expect(await titles('leodiensis')).toEqual(['Université de Liège (ULiège)']);
    // Punctuation holds no word to look for: the whole list, never an error.
    expect((await titles('%_\\')).length).toBeGreaterThan(1);
  });

  it('refuses every change to a role without directory.edit', async () => {
    await expect(editor.createEntry(author, organisationForm())).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe.each(testDialects())('organisation editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });

  it('creates from the form, shows it in the list, and the public page follows an edit', async () => {
    const form = await get('/admin/organisations/new');
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="aliases.0.alias"');
    expect(html).toContain('name="en.description"');
    const created = await postForm(app, '/admin/organisations', session, {
      name: 'Delta Composites',
      kind: 'company',
      'fr.description': 'Pièces composites pour drones.',
      'aliases.0.alias': 'DeltaComp',
      'aliases.1.alias': '',
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/organisations\/[0-9a-f-]{36}\?done=created$/);
    const list = await (await get('/admin/organisations?q=delta')).text();
    expect(list).toContain('Delta Composites');

    const edit = await (await get(location)).text();
    expect(edit).toContain('value="DeltaComp"');
    const id = idFromLocation(created);
    const saved = await postForm(app, `/admin/organisations/${id}`, session, {
      version: '1',
      name: 'Delta Composites',
      slug: 'delta-composites',
      kind: 'company',
      city: 'Mons',
      'fr.description': 'Pièces composites pour drones et satellites.',
    });
    expect(saved.status).toBe(303);
    const page = await app.request('/fr/organisations/delta-composites');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Pièces composites pour drones et satellites.');
  });

  it('answers bad input with 422 and a summary, a stale version with 409 and both versions', async () => {
    const bad = await postForm(app, '/admin/organisations', session, {
      name: '',
      kind: 'company',
      website: 'not a url',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('href="#f-website"');

    const created = await postForm(app, '/admin/organisations', session, {
      name: 'Epsilon Radar',
      kind: 'company',
    });
    const id = idFromLocation(created);
    const fields = { version: '1', name: 'Epsilon Radar', kind: 'company' };
    expect(
      (await postForm(app, `/admin/organisations/${id}`, session, { ...fields, city: 'Wavre' }))
        .status,
    ).toBe(303);
    const stale = await postForm(app, `/admin/organisations/${id}`, session, {
      ...fields,
      city: 'Arlon',
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain('Arlon');
    expect(conflict).toContain('Wavre');
    // Another kind's id, another entry's revision, a version that is not a number: 4xx, no change.
    expect((await get(`/admin/people/${id}`)).status).toBe(404);
    const other = await postForm(app, '/admin/organisations', session, {
      name: 'Other Entry',
      kind: 'company',
    });
    const otherId = idFromLocation(other);
    const otherRevisions = await (await get(`/admin/organisations/${otherId}/revisions`)).text();
    const foreign = /name="to" value="([0-9a-f-]{36})"/.exec(otherRevisions)![1]!;
    const restoreForeign = await postForm(
      app,
      `/admin/organisations/${id}/revisions/${foreign}/restore`,
      session,
      { version: '2' },
    );
    expect(restoreForeign.status).toBe(404);
    expect(
      (await get(`/admin/organisations/${id}/revisions/diff?from=${foreign}&to=${foreign}`)).status,
    ).toBe(404);
    expect(
      (await postForm(app, `/admin/organisations/${id}`, session, { ...fields, version: 'abc' }))
        .status,
    ).toBe(400);
    expect(await (await get(`/admin/organisations/${id}`)).text()).toContain('value="Wavre"');
    const missing = await postForm(app, `/admin/organisations/${id}`, session, { name: 'x' });
    expect(missing.status).toBe(400);
    expect((await get('/admin/organisations/not-an-id')).status).toBe(404);
  });

  it('lists revisions, compares two, restores one, and trashes and restores through the pages', async () => {
    const created = await postForm(app, '/admin/organisations', session, {
      name: 'Zeta Sensors',
      kind: 'company',
      city: 'Louvain-la-Neuve',
    });
    const id = idFromLocation(created);
    await postForm(app, `/admin/organisations/${id}`, session, {
      version: '1',
      name: 'Zeta Sensors',
      kind: 'company',
      city: 'Charleroi',
    });
    const revisionsPage = await (await get(`/admin/organisations/${id}/revisions`)).text();
    const ids = [...revisionsPage.matchAll(/name="to" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    const diff = await (
      await get(`/admin/organisations/${id}/revisions/diff?from=${ids[1]}&to=${ids[0]}`)
    ).text();
    expect(diff).toContain('Louvain-la-Neuve');
    expect(diff).toContain('Charleroi');
    const restored = await postForm(
      app,
      `/admin/organisations/${id}/revisions/${ids[1]}/restore`,
      session,
      { version: '2' },
    );
    expect(restored.status).toBe(303);
    expect(await (await get(`/admin/organisations/${id}`)).text()).toContain('Louvain-la-Neuve');

    expect((await postForm(app, `/admin/organisations/${id}/trash`, session)).status).toBe(303);
    expect((await app.request('/fr/organisations/zeta-sensors')).status).toBe(404);
    const trash = await (await get('/admin/organisations?trash=1')).text();
    expect(trash).toContain('Zeta Sensors');
    expect(csrfFrom(trash)).toBeTruthy();
    expect((await postForm(app, `/admin/organisations/${id}/restore`, session)).status).toBe(303);
    expect((await app.request('/fr/organisations/zeta-sensors')).status).toBe(200);
  });
});
