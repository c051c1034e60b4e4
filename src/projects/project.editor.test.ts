// The project editor on every dialect: create and load, conflict, revisions and restore, trash and
// restore on the public site, links to trashed entries kept, validation; and its pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { formErrors, idFromLocation } from '../../test/support/directory-editor.js';
import { makeActor } from '../../test/support/editor.js';
import {
  makeOrganisation,
  makeProject,
  makeSectors,
  makeServices,
} from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { type DirectoryEditorService } from '../directory/directory-editor.service.js';
import { ConflictError } from '../kernel/form-errors.js';
import type { DirectoryForm } from '../directory/directory-form.js';

describe.each(testDialects())('project editor on $name', (dialect) => {
  let t: TestDatabase;
  let editor: DirectoryEditorService;
  let sectors: Map<string, string>;
  let admin: Actor;
  let editorActor: Actor;
  let org: Record<'geonoria' | 'calestia' | 'fagnes' | 'hesbaye', string>;

  /** A complete project; partners in name order (the order a stored project loads in). */
  function projectForm(overrides: DirectoryForm = {}): DirectoryForm {
    return {
      name: 'Agricultural monitoring from sky and orbit',
      acronym: 'AGRISKY',
      slug: '',
      programme: 'Horizon Europe',
      lead: org.geonoria,
      starts_on: '2025-01-01',
      ends_on: '2027-12-31',
      budget_eur: '3950000',
      website: 'https://agrisky.example',
      sectors: [sectors.get('space')!, sectors.get('drone')!].join(','),
      countries: 'BE,ES',
      'fr.description': 'Détecter plus tôt le stress hydrique des cultures.',
      'en.description': 'Spotting water stress in crops earlier.',
      'partners.0.organisation': org.calestia,
      'partners.0.role': 'partner',
      'partners.1.organisation': org.fagnes,
      'partners.1.role': 'associated',
      ...overrides,
    };
  }

  beforeAll(async () => {
    t = await dialect.open();
    sectors = await makeSectors(t.database);
    editor = makeServices(t.database).directory.projects!;
    admin = await makeActor(t.database, 'admin');
    editorActor = await makeActor(t.database, 'editor');
    org = {
      geonoria: await makeOrganisation(t.database, { slug: 'geonoria', name: 'Geonoria' }),
      calestia: await makeOrganisation(t.database, { slug: 'calestia', name: 'Calestia' }),
      fagnes: await makeOrganisation(t.database, { slug: 'fagnes', name: 'Fagnes Aerial' }),
      hesbaye: await makeOrganisation(t.database, { slug: 'hesbaye', name: 'Hesbaye Orbital' }),
    };
  });
  afterAll(() => t.cleanup());

  it('creates a project, slug from the name, countries as a set, and loads back the same form', async () => {
    const form = projectForm({ countries: 'es, be, ES' });
    const { id } = await editor.createEntry(editorActor, form);
    const entry = await editor.getEntry(id);
    expect(entry.version).toBe(1);
    expect(entry.form).toEqual({
      ...form,
      slug: 'agricultural-monitoring-from-sky-and-orbit',
      countries: 'BE,ES',
    });
    const page = await makeServices(t.database).projects.getProjectPage(
      'fr',
      'agricultural-monitoring-from-sky-and-orbit',
    );
    expect(page.budgetEur).toBe(3_950_000);
    expect(page.countries).toEqual(['BE', 'ES']);
    expect(page.partners.map((p) => [p.slug, p.role])).toEqual([
      ['calestia', 'partner'],
      ['fagnes', 'associated'],
    ]);
    expect(page.description).toBe('Détecter plus tôt le stress hydrique des cultures.');
  });

  it('gives a partner with no role the « partner » role; partners load in name order', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      projectForm({
        name: 'Order of partners',
        acronym: '',
        'partners.0.organisation': org.hesbaye,
        'partners.0.role': '',
        'partners.1.organisation': org.calestia,
        'partners.1.role': 'subcontractor',
      }),
    );
    const form = (await editor.getEntry(id)).form;
    expect([
      form['partners.0.organisation'],
      form['partners.0.role'],
      form['partners.1.organisation'],
      form['partners.1.role'],
    ]).toEqual([org.calestia, 'subcontractor', org.hesbaye, 'partner']);
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      projectForm({ name: 'Conflict project', acronym: 'CONF' }),
    );
    const first = await editor.getEntry(id);
    await editor.saveEntry(editorActor, id, 1, { ...first.form, budget_eur: '1000000' });
    const conflict = await editor
      .saveEntry(admin, id, 1, {
        ...first.form,
        budget_eur: '2000000',
        'partners.0.organisation': org.hesbaye,
      })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Record<string, string>>).theirs.budget_eur).toBe('1000000');
    const now = await editor.getEntry(id);
    expect(now.version).toBe(2);
    expect(now.form).toEqual({ ...first.form, budget_eur: '1000000' });
  });

  it('keeps a revision per save and restores one as a new version, partners and all', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      projectForm({ name: 'Restored project', acronym: 'REST' }),
    );
    const created = await editor.getEntry(id);
    const bare = Object.fromEntries(
      Object.entries(created.form).filter(([k]) => !k.startsWith('partners.')),
    );
    await editor.saveEntry(editorActor, id, 1, { ...bare, sectors: '', countries: '' });
    const revisions = await editor.listRevisions(id);
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [2, 'saved'],
      [1, 'created'],
    ]);
    const diff = await editor.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(
      expect.arrayContaining(['sectors', 'countries', 'partners.0.organisation']),
    );
    expect(await editor.restoreRevision(editorActor, id, revisions[1]!.id, 2)).toBe(3);
    expect((await editor.getEntry(id)).form).toEqual(created.form);
  });

  it('moves to the trash (off the public site) and back', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      projectForm({ name: 'Trashed project', acronym: 'TRASH' }),
    );
    const projects = makeServices(t.database).projects;
    await editor.trashEntry(editorActor, id);
    await expect(projects.getProjectPage('fr', 'trashed-project')).rejects.toMatchObject({
      code: 'not_found',
    });
    const partnerOf = await projects.listProjectsOfOrganisation('fr', org.calestia);
    expect(partnerOf.map((p) => p.project.slug)).not.toContain('trashed-project');
    await editor.restoreEntry(editorActor, id);
    expect((await projects.getProjectPage('fr', 'trashed-project')).partners).toHaveLength(2);
  });

  it('hides a trashed lead, partner and sector from the form and keeps them through saves', async () => {
    const gone = await makeOrganisation(t.database, { slug: 'partie', name: 'Partie' });
    const oldSector = (await makeSectors(t.database, ['heritage'])).get('heritage')!;
    const services = makeServices(t.database);
    const { id } = await editor.createEntry(
      editorActor,
      projectForm({
        name: 'Faithful links',
        acronym: '',
        lead: gone,
        sectors: [sectors.get('space')!, oldSector].join(','),
        'partners.2.organisation': org.hesbaye,
      }),
    );
    // A partner row for an organisation about to be trashed (the form would refuse the lead).
    await t.database.db
      .insertInto('project_partner')
      .values({ project_id: id, organisation_id: org.geonoria, role: 'partner' })
      .execute();
    await services.directory.organisations.trashEntry(editorActor, gone);
    await services.directory.sectors.trashEntry(editorActor, oldSector);
    await services.directory.organisations.trashEntry(editorActor, org.geonoria);
    const form = (await editor.getEntry(id)).form;
    expect(form.lead).toBe('');
    expect(form.sectors).toBe(sectors.get('space'));
    expect(Object.values(form)).not.toContain(org.geonoria);
    await editor.saveEntry(editorActor, id, 1, { ...form, budget_eur: '5' });
    await services.directory.organisations.restoreEntry(editorActor, gone);
    await services.directory.organisations.restoreEntry(editorActor, org.geonoria);
    await services.directory.sectors.restoreEntry(editorActor, oldSector);
    const back = (await editor.getEntry(id)).form;
    expect(back.lead).toBe(gone);
    expect((back.sectors ?? '').split(',').sort()).toEqual(
      [sectors.get('space')!, oldSector].sort(),
    );
    expect(Object.values(back)).toContain(org.geonoria);
    expect(back.budget_eur).toBe('5');
  });

  it('refuses bad input field by field and writes nothing', async () => {
    await makeProject(t.database, { slug: 'taken-project', name: 'Taken' });
    const count = async () => ({
      projects: (await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000)).total,
      partners: (await t.database.db.selectFrom('project_partner').select('project_id').execute())
        .length,
    });
    const before = await count();
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          projectForm({
            name: 'x'.repeat(201),
            lead: '00000000-0000-7000-8000-00000000dead',
            starts_on: '2025-13-01',
            budget_eur: '-5',
            website: 'ftp://agrisky.example',
            countries: 'BEL',
            sectors: 'nope',
            'partners.0.organisation': '00000000-0000-7000-8000-00000000beef',
            'partners.1.role': 'coordinator',
          }),
        ),
      ),
    ).toEqual({
      name: 'directoryEditor.error.tooLong',
      lead: 'directoryEditor.error.choice',
      starts_on: 'directoryEditor.error.date',
      budget_eur: 'directoryEditor.error.number',
      website: 'directoryEditor.error.url',
      countries: 'directoryEditor.error.country',
      sectors: 'directoryEditor.error.choice',
      'partners.0.organisation': 'directoryEditor.error.choice',
      'partners.1.role': 'directoryEditor.error.choice',
    });
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          projectForm({
            slug: 'taken-project',
            ends_on: '2024-12-31',
            budget_eur: '99999999999',
            'partners.0.organisation': org.geonoria,
            'partners.2.organisation': org.fagnes,
            'partners.3.role': 'associated',
          }),
        ),
      ),
    ).toEqual({
      slug: 'directoryEditor.error.slugTaken',
      ends_on: 'directoryEditor.project.error.endsBeforeStarts',
      budget_eur: 'directoryEditor.project.error.budgetTooLarge',
      'partners.0.organisation': 'directoryEditor.project.error.leadAsPartner',
      'partners.2.organisation': 'directoryEditor.project.error.duplicatePartner',
      'partners.3.organisation': 'directoryEditor.error.required',
    });
    expect(await count()).toEqual(before);
  });

  it('lists projects by name with programme, lead and years, found by acronym', async () => {
    const found = await editor.listEntries('fr', { q: 'agrisky', trashed: false, page: 1 });
    expect(found.rows.map((r) => [r.title, r.detail])).toEqual([
      [
        'Agricultural monitoring from sky and orbit (AGRISKY)',
        'Horizon Europe · Geonoria · 2025–2027',
      ],
    ]);
  });
});

describe.each(testDialects())('project editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;
  let lead: string;
  let partner: string;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
    lead = await makeOrganisation(t.database, { slug: 'corvilis', name: 'Corvilis' });
    partner = await makeOrganisation(t.database, { slug: 'isartal', name: 'Isartal Sensorik' });
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });

  it('creates from the form; the public pages show the project, its partner role in words', async () => {
    const form = await get('/admin/projects/new');
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="partners.0.organisation"');
    expect(html).toContain('<option value="associated">Partenaire associé</option>');
    const created = await postForm(app, '/admin/projects', session, {
      name: 'Counter-drone detection',
      acronym: 'AEGIRA',
      slug: 'aegira',
      programme: 'European Defence Fund',
      lead,
      countries: 'BE, DE',
      'en.description': 'Spotting small drones.',
      'partners.0.organisation': partner,
      'partners.0.role': 'associated',
      'partners.1.organisation': '',
      'partners.1.role': '',
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/projects\/[0-9a-f-]{36}\?done=created$/);
    expect(await (await get(location)).text()).toContain('href="/fr/projets/aegira"');
    expect(await (await get('/admin/projects?q=aegira')).text()).toContain(
      'Counter-drone detection (AEGIRA)',
    );

    const page = await app.request('/fr/projets/aegira');
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Isartal Sensorik');
    expect(text).toContain('(Partenaire associé)');
    const organisation = await (await app.request('/en/organisations/isartal')).text();
    expect(organisation).toContain('(Associated partner)');

    const id = idFromLocation(created);
    expect((await postForm(app, `/admin/projects/${id}/trash`, session)).status).toBe(303);
    expect((await app.request('/fr/projets/aegira')).status).toBe(404);
    expect((await postForm(app, `/admin/projects/${id}/restore`, session)).status).toBe(303);
    expect((await app.request('/fr/projets/aegira')).status).toBe(200);
  });

  it('answers bad input with 422 and a summary, a stale version with 409 and both versions', async () => {
    const bad = await postForm(app, '/admin/projects', session, {
      name: 'Bad budget',
      budget_eur: '3,9 M€',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('href="#f-budget_eur"');
    expect((await app.request('/fr/projets/bad-budget')).status).toBe(404);

    const created = await postForm(app, '/admin/projects', session, { name: 'Stale Project' });
    const id = idFromLocation(created);
    const fields = { version: '1', name: 'Stale Project', slug: 'stale-project' };
    expect(
      (await postForm(app, `/admin/projects/${id}`, session, { ...fields, programme: 'Interreg' }))
        .status,
    ).toBe(303);
    const stale = await postForm(app, `/admin/projects/${id}`, session, {
      ...fields,
      programme: 'Digital Europe',
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain('Interreg');
    expect(conflict).toContain('Digital Europe');
  });
});
