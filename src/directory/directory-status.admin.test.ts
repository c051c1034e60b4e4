// The directory editor's status control over HTTP on every dialect: a new entry is published by
// default, drafts are badged and filtered in the list, a draft's form says so and publishes it
// with one button (version-checked), and a kind without a status refuses to publish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, signInAs, type Session } from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeEvent, makeOrganisation, makePerson } from '../../test/support/factories.js';

describe.each(testDialects())('directory status in the editor on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;
  const ids = {} as { draft: string; published: string; person: string; event: string };

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
    ids.draft = await makeOrganisation(t.database, {
      name: 'Brouillon Optique',
      slug: 'brouillon-optique',
      status: 'draft',
    });
    ids.published = await makeOrganisation(t.database, {
      name: 'Publiée Aéro',
      slug: 'publiee-aero',
    });
    ids.person = await makePerson(t.database, {
      given_name: 'Inès',
      family_name: 'Provisoire',
      slug: 'ines-provisoire',
      status: 'draft',
    });
    ids.event = await makeEvent(t.database);
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });
  const text = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('offers a new entry as published', async () => {
    const form = await text('/admin/organisations/new');
    expect(form).toMatch(/<select[^>]*name="status"/);
    expect(form).toMatch(/<option value="published" selected/);
  });

  it('badges drafts in the list and filters it by status; an unknown status is a 400', async () => {
    const all = await text('/admin/organisations');
    expect(all).toContain('Brouillon Optique');
    expect(all).toContain('Publiée Aéro');
    expect(all.match(/class="badge draft-badge">Brouillon</g)).toHaveLength(1);
    const drafts = await text('/admin/organisations?status=draft');
    expect(drafts).toContain('Brouillon Optique');
    expect(drafts).not.toContain('Publiée Aéro');
    const published = await text('/admin/organisations?status=published');
    expect(published).not.toContain('Brouillon Optique');
    expect(published).toContain('Publiée Aéro');
    expect(await text('/admin/people?status=draft')).toContain('Provisoire, Inès');
    expect((await get('/admin/organisations?status=hidden')).status).toBe(400);
    // Events have no status: neither the filter nor the parameter.
    expect(await text('/admin/events')).not.toContain('name="status"');
    expect((await get('/admin/events?status=draft')).status).toBe(400);
  });

  it('says a draft is one, links no public page, and publishes it with the version read', async () => {
    const form = await text(`/admin/organisations/${ids.draft}`);
    expect(form).toContain(`action="/admin/organisations/${ids.draft}/publish"`);
    expect(form).not.toContain('href="/fr/organisations/brouillon-optique"');
    expect((await app.request('/fr/organisations/brouillon-optique')).status).toBe(404);

    const stale = await postForm(app, `/admin/organisations/${ids.draft}/publish`, session, {
      version: '7',
    });
    expect(stale.status).toBe(409);
    expect((await app.request('/fr/organisations/brouillon-optique')).status).toBe(404);

    const done = await postForm(app, `/admin/organisations/${ids.draft}/publish`, session, {
      version: '1',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/admin/organisations/${ids.draft}?done=published`);
    expect((await app.request('/fr/organisations/brouillon-optique')).status).toBe(200);
    const after = await text(`/admin/organisations/${ids.draft}?done=published`);
    expect(after).not.toContain('/publish"');
    expect(after).toContain('href="/fr/organisations/brouillon-optique"');
    const revisions = await text(`/admin/organisations/${ids.draft}/revisions`);
    expect(revisions).toContain('publication');
  });

  it('saves a draft as a draft (no redirect for its old address), and publishes it from the status field', async () => {
    const base = {
      given_name: 'Inès',
      family_name: 'Provisoire',
      slug: 'ines-provisoire',
    };
    const kept = await postForm(app, `/admin/people/${ids.person}`, session, {
      ...base,
      slug: 'ines-en-brouillon',
      version: '1',
      status: 'draft',
      'fr.bio': 'Ingénieure.',
    });
    expect(kept.status).toBe(303);
    // A draft never had a public address: changing it leaves no redirect behind.
    expect((await app.request('/fr/personnes/ines-provisoire')).status).toBe(404);
    expect((await app.request('/fr/personnes/ines-en-brouillon')).status).toBe(404);
    const published = await postForm(app, `/admin/people/${ids.person}`, session, {
      ...base,
      version: '2',
      status: 'published',
    });
    expect(published.status).toBe(303);
    expect((await app.request('/fr/personnes/ines-provisoire')).status).toBe(200);
    expect((await app.request('/fr/personnes/ines-en-brouillon')).status).toBe(404);
  });

  it('refuses to publish what has no status, and changes nothing', async () => {
    const res = await postForm(app, `/admin/events/${ids.event}/publish`, session, {
      version: '1',
    });
    expect(res.status).toBe(400);
  });
});
