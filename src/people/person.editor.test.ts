// The person editor on every dialect: create and load, affiliations kept under their id, conflict,
// revisions and restore, trash and restore on the public site, validation, the admin list; and
// its pages through the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { formErrors, idFromLocation } from '../../test/support/directory-editor.js';
import { makeActor } from '../../test/support/editor.js';
import { makeOrganisation, makePerson, makeServices } from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { type DirectoryEditorService } from '../directory/directory-editor.service.js';
import { ConflictError } from '../kernel/form-errors.js';
import type { DirectoryForm } from '../directory/directory-form.js';

/** The form without row `n` of its affiliations (the last one, in these tests). */
const withoutRow = (form: DirectoryForm, n: number): DirectoryForm =>
  Object.fromEntries(Object.entries(form).filter(([k]) => !k.startsWith(`affiliations.${n}.`)));

describe.each(testDialects())('person editor on $name', (dialect) => {
  let t: TestDatabase;
  let editor: DirectoryEditorService;
  let admin: Actor;
  let editorActor: Actor;
  let csl: string;
  let esa: string;

  /** A complete person, current role first (the order a stored person loads in). */
  function personForm(overrides: DirectoryForm = {}): DirectoryForm {
    return {
      given_name: 'Amélie',
      family_name: 'de Froidmont',
      honorific: 'Dr',
      slug: '',
      photo: '',
      'fr.bio': 'Ingénieure en optique spatiale.',
      'en.bio': 'Space optics engineer.',
      'affiliations.0.organisation': csl,
      'affiliations.0.fr.role_title': 'Ingénieure systèmes',
      'affiliations.0.en.role_title': 'Systems engineer',
      'affiliations.0.starts_on': '2019-03-01',
      'affiliations.0.ends_on': '',
      'affiliations.1.organisation': esa,
      'affiliations.1.fr.role_title': 'Stagiaire',
      'affiliations.1.en.role_title': '',
      'affiliations.1.starts_on': '2016-09-01',
      'affiliations.1.ends_on': '2017-02-28',
      ...overrides,
    };
  }

  const affiliationRows = (personId: string) =>
    t.database.db
      .selectFrom('affiliation')
      .select(['id', 'organisation_id', 'starts_on', 'ends_on', 'version'])
      .where('person_id', '=', personId)
      .orderBy('starts_on')
      .execute();

  beforeAll(async () => {
    t = await dialect.open();
    editor = makeServices(t.database).directory.people!;
    admin = await makeActor(t.database, 'admin');
    editorActor = await makeActor(t.database, 'editor');
    csl = await makeOrganisation(t.database, {
      slug: 'centre-spatial-de-liege',
      name: 'Centre Spatial de Liège',
      acronym: 'CSL',
    });
    esa = await makeOrganisation(t.database, { slug: 'esa', name: 'European Space Agency' });
  });
  afterAll(() => t.cleanup());

  it('creates a person, slug from the full name, and loads back exactly the form it saved', async () => {
    const form = personForm();
    const { id } = await editor.createEntry(editorActor, form);
    const entry = await editor.getEntry(id);
    expect(entry.version).toBe(1);
    expect(entry.form).toEqual({ ...form, slug: 'amelie-de-froidmont', status: 'published' });
    const page = await makeServices(t.database).people.getPersonPage('fr', 'amelie-de-froidmont');
    expect(page.name).toBe('Dr Amélie de Froidmont');
    expect(page.bio).toBe('Ingénieure en optique spatiale.');
    expect(page.roles.map((r) => [r.organisation.slug, r.role, r.current])).toEqual([
      ['centre-spatial-de-liege', 'Ingénieure systèmes', true],
      ['esa', 'Stagiaire', false],
    ]);
    const en = await makeServices(t.database).people.getPersonPage('en', 'amelie-de-froidmont');
    // No English title for the internship: the French one, marked as such.
    expect(en.roles.map((r) => [r.role, r.roleLocale])).toEqual([
      ['Systems engineer', 'en'],
      ['Stagiaire', 'fr'],
    ]);
  });

  it('loads affiliations current first, then latest start, whatever order they were typed in', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      personForm({
        given_name: 'Ordre',
        family_name: 'Inverse',
        'affiliations.0.organisation': esa,
        'affiliations.0.fr.role_title': 'Stagiaire',
        'affiliations.0.en.role_title': '',
        'affiliations.0.starts_on': '2016-09-01',
        'affiliations.0.ends_on': '2017-02-28',
        'affiliations.1.organisation': csl,
        'affiliations.1.fr.role_title': 'Ingénieure systèmes',
        'affiliations.1.en.role_title': 'Systems engineer',
        'affiliations.1.starts_on': '2019-03-01',
        'affiliations.1.ends_on': '',
      }),
    );
    const form = (await editor.getEntry(id)).form;
    expect([form['affiliations.0.organisation'], form['affiliations.1.organisation']]).toEqual([
      csl,
      esa,
    ]);
  });

  it('keeps an affiliation’s id while its organisation and start stay; other rows are replaced', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      personForm({ given_name: 'Stable', family_name: 'Ids' }),
    );
    const [internship, current] = await affiliationRows(id);
    const form = (await editor.getEntry(id)).form;
    await editor.saveEntry(editorActor, id, 1, {
      ...form,
      // Same organisation and start: a new title and an end date update the row in place.
      'affiliations.0.en.role_title': 'Lead systems engineer',
      'affiliations.0.ends_on': '2026-06-30',
      // Another start: a new affiliation replaces the old one.
      'affiliations.1.starts_on': '2016-10-01',
    });
    const after = await affiliationRows(id);
    expect(after).toHaveLength(2);
    const kept = after.find((a) => a.organisation_id === csl)!;
    expect(kept.id).toBe(current!.id);
    expect(Number(kept.version)).toBe(2);
    expect(kept.ends_on).toBe('2026-06-30');
    const replaced = after.find((a) => a.organisation_id === esa)!;
    expect(replaced.id).not.toBe(internship!.id);
    expect(replaced.starts_on).toBe('2016-10-01');

    // Saving again unchanged leaves the rows and their versions alone.
    await editor.saveEntry(editorActor, id, 2, (await editor.getEntry(id)).form);
    expect(await affiliationRows(id)).toEqual(after);

    // A removed row is deleted, with its titles.
    await editor.saveEntry(editorActor, id, 3, withoutRow((await editor.getEntry(id)).form, 1));
    expect((await affiliationRows(id)).map((a) => a.id)).toEqual([current!.id]);
    const titles = await t.database.db
      .selectFrom('affiliation_translation')
      .select('affiliation_id')
      .where('affiliation_id', '=', replaced.id)
      .execute();
    expect(titles).toEqual([]);
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      personForm({ given_name: 'Conflit', family_name: 'Possible' }),
    );
    const first = await editor.getEntry(id);
    expect(await editor.saveEntry(editorActor, id, 1, { ...first.form, honorific: 'Prof.' })).toBe(
      2,
    );
    const rowsBefore = await affiliationRows(id);
    const conflict = await editor
      .saveEntry(admin, id, 1, {
        ...first.form,
        honorific: 'Ir',
        'affiliations.0.organisation': esa,
        'affiliations.1.organisation': '',
      })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Record<string, string>>).theirs.honorific).toBe('Prof.');
    expect((conflict as ConflictError<Record<string, string>>).theirsVersion).toBe(2);
    const now = await editor.getEntry(id);
    expect(now.version).toBe(2);
    expect(now.form).toEqual({ ...first.form, honorific: 'Prof.' });
    expect(await affiliationRows(id)).toEqual(rowsBefore);
  });

  it('keeps a revision per save and restores one as a new version, affiliations and all', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      personForm({ given_name: 'Révision', family_name: 'Restaurée' }),
    );
    const created = await editor.getEntry(id);
    const onlyNames = Object.fromEntries(
      Object.entries(created.form).filter(([k]) => !k.startsWith('affiliations.')),
    );
    await editor.saveEntry(editorActor, id, 1, { ...onlyNames, 'fr.bio': 'Bio courte.' });
    expect(await affiliationRows(id)).toEqual([]);
    const revisions = await editor.listRevisions(id);
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [2, 'saved'],
      [1, 'created'],
    ]);
    const diff = await editor.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toContain('fr.bio');
    expect(await editor.restoreRevision(editorActor, id, revisions[1]!.id, 2)).toBe(3);
    const restored = await editor.getEntry(id);
    expect(restored.form).toEqual(created.form);
    expect((await editor.listRevisions(id))[0]!.reason).toMatch(/^restored revision of /);
  });

  it('keeps a person made without the editor (demo, import) as a first revision before its first save', async () => {
    const id = await makePerson(t.database, {
      slug: 'sans-historique',
      given_name: 'Sans',
      family_name: 'Historique',
      translations: { fr: { bio: 'Bio d’origine.' } },
    });
    const original = await editor.getEntry(id);
    expect(await editor.listRevisions(id)).toEqual([]);
    await editor.saveEntry(editorActor, id, 1, { ...original.form, 'fr.bio': 'Bio modifiée.' });
    await expect(
      editor.saveEntry(editorActor, id, 1, { ...original.form, 'fr.bio': 'Trop tard.' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const revisions = await editor.listRevisions(id);
    // The stored state comes first, dated when it was written and by no one; once only.
    expect(revisions.map((r) => [r.version, r.reason, r.authorName])).toEqual([
      [2, 'saved', expect.any(String)],
      [1, 'created', null],
    ]);
    expect(revisions[1]!.createdAt).toBe(original.updatedAt);
    const diff = await editor.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(diff.fields.find((f) => f.field === 'fr.bio')?.changed).toBe(true);
    await editor.restoreRevision(editorActor, id, revisions[1]!.id, 2);
    expect((await editor.getEntry(id)).form).toEqual(original.form);
    expect(await editor.listRevisions(id)).toHaveLength(3);
  });

  it('moves to the trash (off the public site) and back', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      personForm({ given_name: 'Corbeille', family_name: 'Aller-Retour' }),
    );
    const people = makeServices(t.database).people;
    await editor.trashEntry(editorActor, id);
    await expect(people.getPersonPage('fr', 'corbeille-aller-retour')).rejects.toMatchObject({
      code: 'not_found',
    });
    const listed = await people.listPeople('fr', 1, 1000);
    expect(listed.items.map((p) => p.slug)).not.toContain('corbeille-aller-retour');
    await expect(editor.saveEntry(editorActor, id, 2, personForm())).rejects.toThrow(/trash/);
    await editor.restoreEntry(editorActor, id);
    expect((await people.getPersonPage('fr', 'corbeille-aller-retour')).roles).toHaveLength(2);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    await makePerson(t.database, { slug: 'pris-deja', given_name: 'Pris', family_name: 'Déjà' });
    const count = async () => ({
      people: (await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000)).total,
      affiliations: (await t.database.db.selectFrom('affiliation').select('id').execute()).length,
    });
    const before = await count();
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          personForm({
            given_name: '',
            family_name: 'x'.repeat(101),
            photo: '00000000-0000-7000-8000-00000000beef',
            'affiliations.0.organisation': '00000000-0000-7000-8000-00000000dead',
            'affiliations.1.starts_on': '2017-02-30',
          }),
        ),
      ),
    ).toEqual({
      given_name: 'directoryEditor.error.required',
      family_name: 'directoryEditor.error.tooLong',
      photo: 'directoryEditor.error.choice',
      'affiliations.0.organisation': 'directoryEditor.error.choice',
      'affiliations.1.starts_on': 'directoryEditor.error.date',
    });
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          personForm({
            slug: 'pris-deja',
            'affiliations.0.ends_on': '2018-12-31',
            'affiliations.1.organisation': '',
          }),
        ),
      ),
    ).toEqual({
      slug: 'directoryEditor.error.slugTaken',
      'affiliations.0.ends_on': 'directoryEditor.person.error.endsBeforeStarts',
      'affiliations.1.organisation': 'directoryEditor.error.required',
    });
    // A name with no letter to make an address from asks for one.
    expect(
      await formErrors(
        editor.createEntry(editorActor, personForm({ given_name: '李', family_name: '明' })),
      ),
    ).toEqual({ slug: 'directoryEditor.error.required' });
    expect(await count()).toEqual(before);
  });

  it('hides an affiliation to a trashed organisation and keeps it through saves', async () => {
    const gone = await makeOrganisation(t.database, { slug: 'bientot-partie', name: 'Partie' });
    const organisations = makeServices(t.database).directory.organisations;
    const { id } = await editor.createEntry(
      editorActor,
      personForm({
        given_name: 'Fidèle',
        family_name: 'Affiliée',
        'affiliations.1.organisation': gone,
      }),
    );
    await organisations.trashEntry(editorActor, gone);
    const form = (await editor.getEntry(id)).form;
    expect(form['affiliations.1.organisation']).toBeUndefined();
    await editor.saveEntry(editorActor, id, 1, { ...form, 'fr.bio': 'Nouvelle bio.' });
    await organisations.restoreEntry(editorActor, gone);
    expect((await editor.getEntry(id)).form['affiliations.1.organisation']).toBe(gone);
  });

  it('lists « Family, Given » by family name with current organisations, found without accents', async () => {
    await editor.createEntry(
      editorActor,
      withoutRow(personForm({ given_name: 'Élise', family_name: 'Bastogne' }), 1),
    );
    const found = await editor.listEntries('fr', { q: 'elise bast', trashed: false, page: 1 });
    expect(found.rows.map((r) => [r.title, r.detail])).toEqual([['Bastogne, Élise', 'CSL']]);
    const all = await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000);
    const titles = all.rows.map((r) => r.title);
    expect(titles.indexOf('Bastogne, Élise')).toBeLessThan(titles.indexOf('de Froidmont, Amélie'));
    expect(titles.indexOf('de Froidmont, Amélie')).toBeLessThan(titles.indexOf('Déjà, Pris'));
  });
});

describe.each(testDialects())('person editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;
  let csl: string;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
    csl = await makeOrganisation(t.database, {
      slug: 'centre-spatial-de-liege',
      name: 'Centre Spatial de Liège',
    });
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });

  it('creates from the form; the public page shows the person and follows the trash', async () => {
    const form = await get('/admin/people/new');
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="affiliations.0.organisation"');
    expect(html).toContain('name="affiliations.1.en.role_title"');
    expect(html).toContain('Centre Spatial de Liège');
    const created = await postForm(app, '/admin/people', session, {
      given_name: 'Serge',
      family_name: 'Habraken',
      'fr.bio': 'Président du conseil.',
      'affiliations.0.organisation': csl,
      'affiliations.0.fr.role_title': 'Président du conseil d’administration',
      'affiliations.0.starts_on': '',
      'affiliations.1.organisation': '',
      'affiliations.1.fr.role_title': '',
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/people\/[0-9a-f-]{36}\?done=created$/);
    const edit = await (await get(location)).text();
    expect(edit).toContain('value="Président du conseil d’administration"');
    expect(edit).toContain('href="/fr/personnes/serge-habraken"');
    const list = await (await get('/admin/people?q=habraken')).text();
    expect(list).toContain('Habraken, Serge');

    const page = await app.request('/fr/personnes/serge-habraken');
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Président du conseil d’administration');
    expect(text).toContain('Centre Spatial de Liège');

    const id = idFromLocation(created);
    expect((await postForm(app, `/admin/people/${id}/trash`, session)).status).toBe(303);
    expect((await app.request('/fr/personnes/serge-habraken')).status).toBe(404);
    expect(await (await app.request('/fr/personnes')).text()).not.toContain('Habraken');
    expect((await postForm(app, `/admin/people/${id}/restore`, session)).status).toBe(303);
    expect((await app.request('/fr/personnes/serge-habraken')).status).toBe(200);
  });

  it('answers bad input with 422 and a summary, a stale version with 409 and both versions', async () => {
    const bad = await postForm(app, '/admin/people', session, {
      given_name: 'Sans',
      family_name: '',
      'affiliations.0.organisation': csl,
      'affiliations.0.starts_on': '2020-01-01',
      'affiliations.0.ends_on': '2019-01-01',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('href="#f-family_name"');
    expect(html).toContain('value="Sans"');
    // Checks across fields come once every field is valid on its own.
    const dates = await postForm(app, '/admin/people', session, {
      given_name: 'Sans',
      family_name: 'Ordre',
      'affiliations.0.organisation': csl,
      'affiliations.0.starts_on': '2020-01-01',
      'affiliations.0.ends_on': '2019-01-01',
    });
    expect(dates.status).toBe(422);
    expect(await dates.text()).toContain('href="#f-affiliations-0-ends_on"');
    expect((await app.request('/fr/personnes/sans-ordre')).status).toBe(404);

    const created = await postForm(app, '/admin/people', session, {
      given_name: 'Hugo',
      family_name: 'Marée',
    });
    const id = idFromLocation(created);
    const fields = { version: '1', given_name: 'Hugo', family_name: 'Marée' };
    const saved = await postForm(app, `/admin/people/${id}`, session, {
      ...fields,
      'fr.bio': 'Au centre de Redu.',
    });
    expect(saved.status).toBe(303);
    const stale = await postForm(app, `/admin/people/${id}`, session, {
      ...fields,
      'fr.bio': 'À Liège.',
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain('Au centre de Redu.');
    expect(conflict).toContain('À Liège.');
    // It speaks of the entry (« fiche »), not of an article.
    expect(conflict).toContain('Quelqu’un a enregistré cette fiche depuis que vous l’avez ouverte');
    expect(conflict).toContain('>Recharger la fiche</a>');
    expect(conflict).not.toContain('cet article');
    expect(await (await app.request('/fr/personnes/hugo-maree')).text()).toContain(
      'Au centre de Redu.',
    );
  });
});
