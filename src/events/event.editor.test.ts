// The event editor on every dialect: an event with its itinerary, programme, speakers and
// organisations created and read back, saved under a version, conflicts, revisions and restore,
// trash off the public agenda, validation; and its pages through the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { formErrors, idFromLocation } from '../../test/support/directory-editor.js';
import { makeActor } from '../../test/support/editor.js';
import {
  makeEvent,
  makeOrganisation,
  makePerson,
  makeProject,
  makeSectors,
  makeServices,
} from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { type DirectoryEditorService } from '../directory/directory-editor.service.js';
import { ConflictError } from '../kernel/form-errors.js';
import type { DirectoryForm } from '../directory/directory-form.js';
import type { Services } from '../services.js';

interface World {
  org: Record<'skywin' | 'esa' | 'esec' | 'csl', string>;
  person: Record<'baijot' | 'habraken' | 'verdier', string>;
  project: string;
  space: string;
}

async function makeWorld(t: TestDatabase): Promise<World> {
  const sectors = await makeSectors(t.database);
  const org = async (slug: string, name: string) =>
    makeOrganisation(t.database, { slug, name, kind: 'agency' });
  const person = async (slug: string, given_name: string, family_name: string) =>
    makePerson(t.database, { slug, given_name, family_name });
  return {
    org: {
      skywin: await org('skywin', 'Skywin Wallonie'),
      esa: await org('esa', 'European Space Agency'),
      esec: await org('esec', 'ESEC Redu'),
      csl: await org('csl', 'Centre Spatial de Liège'),
    },
    person: {
      baijot: await person('christian-baijot', 'Christian', 'Baijot'),
      habraken: await person('serge-habraken', 'Serge', 'Habraken'),
      verdier: await person('adeline-verdier', 'Adeline', 'Verdier'),
    },
    project: await makeProject(t.database, { slug: 'tei-central-asia', name: 'TEI Central Asia' }),
    space: sectors.get('space')!,
  };
}

/** A delegation visit: 2 venues, 3 programme items with speakers, 2 organisations. */
function visitForm(w: World, overrides: DirectoryForm = {}): DirectoryForm {
  return {
    slug: '',
    kind: 'delegation_visit',
    starts_at: '2027-03-09T09:00',
    ends_at: '2027-03-09T18:00',
    time_zone: 'Europe/Brussels',
    registration_url: 'https://example.org/register',
    delegate_count: '15',
    project: w.project,
    sectors: w.space,
    countries: 'uz, kz',
    'fr.title': 'Visite d’une délégation d’Asie centrale',
    'fr.summary': 'Une journée entre Redu et Liège.',
    'en.title': 'Central Asian delegation visit',
    'en.summary': 'A day between Redu and Liège.',
    'venues.0.name': 'ESEC',
    'venues.0.address': 'Rue de la Station',
    'venues.0.city': 'Redu',
    'venues.0.country': 'be',
    'venues.0.organisation': w.org.esec,
    'venues.1.name': 'Centre Spatial de Liège',
    'venues.1.address': '',
    'venues.1.city': 'Angleur',
    'venues.1.country': 'BE',
    'venues.1.organisation': w.org.csl,
    'programme.0.starts_at': '2027-03-09T09:30',
    'programme.0.ends_at': '2027-03-09T10:30',
    'programme.0.venue': '1',
    'programme.0.fr.title': 'Accueil à Redu',
    'programme.0.en.title': 'Welcome in Redu',
    'programme.0.speakers': w.person.baijot,
    'programme.1.starts_at': '2027-03-09T11:00',
    'programme.1.ends_at': '2027-03-09T12:00',
    'programme.1.venue': '1',
    'programme.1.fr.title': 'Opérations de satellites',
    'programme.1.en.title': '',
    'programme.1.speakers': `${w.person.baijot},${w.person.verdier}`,
    'programme.2.starts_at': '2027-03-09T14:00',
    'programme.2.ends_at': '',
    'programme.2.venue': '2',
    'programme.2.fr.title': 'Visite des salles blanches',
    'programme.2.en.title': 'Clean rooms tour',
    'programme.2.speakers': w.person.habraken,
    'participants.0.organisation': w.org.skywin,
    'participants.0.role': 'organiser',
    'participants.1.organisation': w.org.esa,
    'participants.1.role': 'partner',
    ...overrides,
  };
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`)
    .exec(tag)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** What a browser submits for the first POST form of a page, left as the server drew it. */
function browserFields(html: string): URLSearchParams {
  const form = /<form method="post"[^>]*class="admin-form[\s\S]*?<\/form>/.exec(html)![0];
  const fields = new URLSearchParams();
  const controls =
    /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/g;
  for (const m of form.matchAll(controls)) {
    const tag = /^<[^>]*>/.exec(m[0])![0];
    const name = attr(tag, 'name');
    if (!name) continue;
    if (tag.startsWith('<textarea'))
      fields.append(name, m[1]!.replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
    else if (tag.startsWith('<select')) {
      const options = [...m[2]!.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.filter((o) => /\sselected=""/.test(o));
      const sent = chosen.length || /\smultiple/.test(tag) ? chosen : options.slice(0, 1);
      for (const o of sent) fields.append(name, attr(o, 'value') ?? '');
    } else if (/type="checkbox"/.test(tag)) {
      if (/\schecked=""/.test(tag)) fields.append(name, attr(tag, 'value') ?? 'on');
    } else fields.append(name, attr(tag, 'value') ?? '');
  }
  return fields;
}

const without = (form: DirectoryForm, ...prefixes: string[]) =>
  Object.fromEntries(Object.entries(form).filter(([k]) => !prefixes.some((p) => k.startsWith(p))));

describe.each(testDialects())('event editor on $name', (dialect) => {
  let t: TestDatabase;
  let w: World;
  let services: Services;
  let editor: DirectoryEditorService;
  let editorActor: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await dialect.open();
    w = await makeWorld(t);
    services = makeServices(t.database);
    editor = services.directory.events!;
    editorActor = await makeActor(t.database, 'editor');
    admin = await makeActor(t.database, 'admin');
  });
  afterAll(() => t.cleanup());

  it('creates an event with its itinerary, programme and organisations, and loads the same form', async () => {
    const { id } = await editor.createEntry(editorActor, visitForm(w));
    const entry = await editor.getEntry(id);
    expect(entry.version).toBe(1);
    expect(entry.form).toEqual({
      ...visitForm(w),
      slug: 'visite-dune-delegation-dasie-centrale',
      countries: 'KZ,UZ',
      'venues.0.country': 'BE',
    });

    const page = await services.events.getEventPage('en', 'visite-dune-delegation-dasie-centrale');
    expect(page.title).toBe('Central Asian delegation visit');
    expect(page.startsAt).toBe('2027-03-09T08:00:00.000Z');
    expect(page.venues.map((v) => v.name)).toEqual(['ESEC', 'Centre Spatial de Liège']);
    expect(
      page.programme.map((p) => [p.title, p.venue?.name, p.speakers.map((s) => s.slug)]),
    ).toEqual([
      ['Welcome in Redu', 'ESEC', ['christian-baijot']],
      ['Opérations de satellites', 'ESEC', ['christian-baijot', 'adeline-verdier']],
      ['Clean rooms tour', 'Centre Spatial de Liège', ['serge-habraken']],
    ]);
    expect(page.organisers.map((o) => o.slug)).toEqual(['skywin']);
    expect(page.partners.map((o) => o.slug)).toEqual(['esa']);
    expect(page.countries).toEqual(['KZ', 'UZ']);
    expect(page.delegateCount).toBe(15);
    expect(page.project?.slug).toBe('tei-central-asia');
  });

  it('lists events by title in the admin’s language, with start date, city and kind', async () => {
    const list = await editor.listEntries('en', { q: 'CENTRAL asian', trashed: false, page: 1 });
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({
      title: 'Central Asian delegation visit',
      detail: '9 March 2027 · Redu',
      badge: 'event.kind.delegation_visit',
    });
    const bySlug = await editor.listEntries('fr', { q: 'visite-dune', trashed: false, page: 1 });
    expect(bySlug.rows.map((r) => r.title)).toEqual(['Visite d’une délégation d’Asie centrale']);
    expect((await editor.listEntries('fr', { q: '100%_', trashed: false, page: 1 })).total).toBe(0);
  });

  it('saves under a version; a stale one is a conflict and changes nothing', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      visitForm(w, { slug: 'conflict-visit', 'fr.title': 'Visite à conflit' }),
    );
    const first = await editor.getEntry(id);
    const v2 = await editor.saveEntry(editorActor, id, 1, {
      ...first.form,
      'venues.1.city': 'Liège',
      'participants.1.role': 'participant',
    });
    expect(v2).toBe(2);
    const saved = (await editor.getEntry(id)).form;
    const conflict = await editor
      .saveEntry(admin, id, 1, { ...first.form, 'venues.1.city': 'Namur', delegate_count: '3' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<Record<string, string>>).theirs['venues.1.city']).toBe(
      'Liège',
    );
    expect((await editor.getEntry(id)).form).toEqual(saved);
    const page = await services.events.getEventPage('fr', 'conflict-visit');
    expect(page.venues[1]!.city).toBe('Liège');
    expect(page.participants.map((o) => o.slug)).toEqual(['esa']);
  });

  it('restores an old revision, bringing the removed venue and its programme back', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      visitForm(w, { slug: 'restored-visit', 'fr.title': 'Visite restaurée' }),
    );
    const form = (await editor.getEntry(id)).form;
    await editor.saveEntry(editorActor, id, 1, without(form, 'venues.1.', 'programme.2.'));
    let page = await services.events.getEventPage('fr', 'restored-visit');
    expect(page.venues.map((v) => v.name)).toEqual(['ESEC']);
    expect(page.programme).toHaveLength(2);

    const revisions = await editor.listRevisions(id);
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [2, 'saved'],
      [1, 'created'],
    ]);
    const diff = await editor.diffRevisions(id, revisions[0]!.id, revisions[1]!.id);
    expect(diff.fields.filter((f) => f.changed).map((f) => f.field)).toContain('venues.1.name');
    expect(await editor.restoreRevision(editorActor, id, revisions[1]!.id, 2)).toBe(3);
    expect((await editor.getEntry(id)).form).toEqual(form);
    page = await services.events.getEventPage('fr', 'restored-visit');
    expect(page.venues.map((v) => v.name)).toEqual(['ESEC', 'Centre Spatial de Liège']);
    expect(page.programme[2]!.venue?.name).toBe('Centre Spatial de Liège');
  });

  it('moves to the trash, off the event page and the agenda, and restores it', async () => {
    const { id } = await editor.createEntry(
      editorActor,
      visitForm(w, { slug: 'trashed-visit', 'fr.title': 'Visite à la corbeille' }),
    );
    const agendaSlugs = async () =>
      (await services.events.listEvents('fr', { when: 'upcoming' }, 1, 100)).items.map(
        (e) => e.slug,
      );
    expect(await agendaSlugs()).toContain('trashed-visit');
    await editor.trashEntry(editorActor, id);
    await expect(services.events.getEventPage('fr', 'trashed-visit')).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await agendaSlugs()).not.toContain('trashed-visit');
    const trash = await editor.listEntries('fr', { q: 'corbeille', trashed: true, page: 1 });
    expect(trash.rows.map((r) => r.id)).toEqual([id]);
    await editor.restoreEntry(editorActor, id);
    expect((await services.events.getEventPage('fr', 'trashed-visit')).title).toBe(
      'Visite à la corbeille',
    );
    expect(await agendaSlugs()).toContain('trashed-visit');
  });

  it('refuses bad values field by field and writes nothing', async () => {
    const before = await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000);
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          visitForm(w, {
            'fr.title': 'x'.repeat(10_000),
            time_zone: 'Mars/Olympus_Mons',
            kind: 'party',
            starts_at: 'tomorrow',
            delegate_count: '12345678',
            'participants.1.organisation': '00000000-0000-7000-8000-00000000dead',
            'programme.1.speakers': `${w.person.baijot},00000000-0000-7000-8000-00000000beef`,
            'venues.1.name': '',
          }),
        ),
      ),
    ).toEqual({
      'fr.title': 'directoryEditor.error.tooLong',
      time_zone: 'directoryEditor.error.choice',
      kind: 'directoryEditor.error.choice',
      starts_at: 'directoryEditor.error.datetime',
      delegate_count: 'directoryEditor.error.tooLong',
      'participants.1.organisation': 'directoryEditor.error.choice',
      'programme.1.speakers': 'directoryEditor.error.choice',
      'venues.1.name': 'directoryEditor.error.required',
    });
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          visitForm(w, {
            'fr.title': '',
            'en.title': '',
            slug: 'not-taken-yet',
            ends_at: '2027-03-09T08:00',
          }),
        ),
      ),
    ).toEqual({
      'fr.title': 'directoryEditor.error.required',
      'en.title': 'directoryEditor.error.required',
      ends_at: 'eventEditor.error.endBeforeStart',
    });
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          visitForm(w, {
            slug: 'visite-dune-delegation-dasie-centrale',
            starts_at: '2027-03-09T25:00',
            'programme.0.fr.title': '',
            'programme.1.venue': '3',
            'participants.1.organisation': w.org.skywin,
            'participants.2.organisation': '',
            'participants.2.role': 'partner',
          }),
        ),
      ),
    ).toEqual({
      slug: 'directoryEditor.error.slugTaken',
      starts_at: 'directoryEditor.error.datetime',
      'programme.0.fr.title': 'directoryEditor.error.required',
      'programme.1.venue': 'eventEditor.error.unknownVenue',
      'participants.1.organisation': 'eventEditor.error.participantTwice',
      'participants.2.organisation': 'directoryEditor.error.required',
    });
    expect(
      await formErrors(
        editor.createEntry(
          editorActor,
          visitForm(w, {
            slug: 'bounds',
            'programme.0.starts_at': '2027-03-08T09:30',
            'programme.1.ends_at': '2027-03-09T10:00',
            'programme.2.ends_at': '2027-03-09T19:00',
          }),
        ),
      ),
    ).toEqual({
      'programme.0.starts_at': 'eventEditor.error.outsideEvent',
      'programme.1.ends_at': 'eventEditor.error.endBeforeStart',
      'programme.2.ends_at': 'eventEditor.error.outsideEvent',
    });
    expect(
      await formErrors(
        editor.createEntry(editorActor, visitForm(w, { slug: 'x', ends_at: '2029-03-09T18:00' })),
      ),
    ).toEqual({ ends_at: 'eventEditor.error.tooLongEvent' });
    const after = await editor.listEntries('fr', { q: '', trashed: false, page: 1 }, 1000);
    expect(after.total).toBe(before.total);
  });

  it('saves an event made elsewhere (no venues, no programme) without losing anything', async () => {
    const id = await makeEvent(t.database, { slug: 'plain-event', time_zone: 'Europe/Madrid' });
    const entry = await editor.getEntry(id);
    expect(entry.form.time_zone).toBe('Europe/Madrid');
    await editor.saveEntry(editorActor, id, 1, entry.form);
    expect((await editor.getEntry(id)).form).toEqual(entry.form);
  });

  it('keeps pointing at a speaker and an organisation moved to the trash, shown as such', async () => {
    const guest = await makePerson(t.database, {
      slug: 'guest-speaker',
      given_name: 'Ilse',
      family_name: 'Verhoeven',
    });
    const partner = await makeOrganisation(t.database, { slug: 'partner-x', name: 'Partner X' });
    const { id } = await editor.createEntry(
      editorActor,
      visitForm(w, {
        slug: 'visit-with-guest',
        'programme.0.speakers': guest,
        'participants.1.organisation': partner,
      }),
    );
    await services.directory.people.trashEntry(editorActor, guest);
    await services.directory.organisations.trashEntry(editorActor, partner);
    const entry = await editor.getEntry(id);
    const choices = await editor.choices('fr', entry.form);
    expect(choices.people?.find((c) => c.value === guest)?.label).toBe(
      'Ilse Verhoeven (dans la corbeille)',
    );
    expect(choices.organisations?.find((c) => c.value === partner)?.label).toBe(
      'Partner X (dans la corbeille)',
    );
    await editor.saveEntry(editorActor, id, entry.version, { ...entry.form, delegate_count: '16' });
    expect((await editor.getEntry(id)).form).toMatchObject({
      'programme.0.speakers': guest,
      'participants.1.organisation': partner,
      delegate_count: '16',
    });
  });

  it('refuses every change to a role without directory.edit', async () => {
    const author = await makeActor(t.database, 'author');
    await expect(editor.createEntry(author, visitForm(w))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe.each(testDialects())('event editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let w: World;
  let app: ReturnType<typeof makeApp>;
  let session: Session;

  beforeAll(async () => {
    t = await dialect.open();
    w = await makeWorld(t);
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path, { headers: { cookie: session.cookie } });

  it('creates from the form and the public page shows the new event', async () => {
    const form = await get('/admin/events/new');
    expect(form.status).toBe(200);
    const html = await form.text();
    for (const name of ['venues.0.name', 'programme.0.fr.title', 'participants.0.role'])
      expect(html).toContain(`name="${name}"`);
    expect(html).toContain('type="datetime-local"');
    expect(html).toMatch(/<option value="Europe\/Brussels"[^>]*>Europe\/Brussels</);

    const created = await postForm(app, '/admin/events', session, {
      ...visitForm(w),
      'fr.title': 'Atelier drones à Charleroi',
      'en.title': '',
      'en.summary': '',
      'venues.2.name': '',
      'programme.3.starts_at': '',
      'participants.2.organisation': '',
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/events\/[0-9a-f-]{36}\?done=created$/);
    const edit = await (await get(location)).text();
    expect(edit).toContain('value="2027-03-09T09:00"');
    expect(edit).toContain('href="/fr/agenda/atelier-drones-a-charleroi"');
    const page = await app.request('/fr/agenda/atelier-drones-a-charleroi');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Atelier drones à Charleroi');
    const list = await (await get('/admin/events?q=drones')).text();
    expect(list).toContain('Atelier drones à Charleroi');
  });

  it('saves the edit page as a browser submits it, blank rows and all, without changing it', async () => {
    const created = await postForm(app, '/admin/events', session, {
      ...visitForm(w),
      'fr.title': 'Visite relue',
    });
    const location = created.headers.get('location')!;
    const before = await (await get(location)).text();
    const fields = browserFields(before);
    expect(fields.get('participants.2.organisation')).toBe('');
    const saved = await app.request(location.split('?')[0]!, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: fields,
    });
    expect(saved.status).toBe(303);
    const after = await (await get(location.split('?')[0]!)).text();
    const again = browserFields(after);
    again.set('version', fields.get('version')!);
    expect([...again].sort()).toEqual([...fields].sort());
  });

  it('answers bad input with 422 and a summary, a stale version with 409', async () => {
    const bad = await postForm(app, '/admin/events', session, {
      ...visitForm(w),
      'fr.title': 'Salon raté',
      ends_at: '2027-03-08T18:00',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('href="#f-ends_at"');
    expect(html).toContain('value="Salon raté"');

    const created = await postForm(app, '/admin/events', session, {
      ...visitForm(w),
      'fr.title': 'Conférence au conflit',
    });
    const id = idFromLocation(created);
    const fields = { ...visitForm(w), slug: 'conference-au-conflit', version: '1' };
    const ok = await postForm(app, `/admin/events/${id}`, session, {
      ...fields,
      'fr.title': 'Conférence à Wavre',
    });
    expect(ok.status).toBe(303);
    const stale = await postForm(app, `/admin/events/${id}`, session, {
      ...fields,
      'fr.title': 'Conférence à Arlon',
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain('Conférence à Arlon');
    expect(conflict).toContain('Conférence à Wavre');
    expect(await (await app.request('/fr/agenda/conference-au-conflit')).text()).toContain(
      'Conférence à Wavre',
    );
  });
});
