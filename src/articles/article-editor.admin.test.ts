// The newsroom over HTTP with plain forms (no JavaScript): create, save, publish, conflict
// screen, field errors, autosave, preview, revisions, trash, mention review and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type Session } from '../../test/support/auth.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeOrganisation, makeSectors } from '../../test/support/factories.js';

type App = ReturnType<typeof makeApp>;

/** POSTs form fields (repeated names allowed) with the session's cookie and CSRF token. */
function post(
  app: App,
  path: string,
  session: Session,
  fields: [string, string][] | Record<string, string>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields));
  if (!body.has('_csrf')) body.set('_csrf', session.csrf);
  return app.request(path, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body,
  });
}

const get = (app: App, path: string, session: Session) =>
  app.request(path, { headers: { cookie: session.cookie } });

/** The fields of a complete article form. */
function articleFields(
  sectorId: string | null,
  fr: Record<string, string>,
  extra: [string, string][] = [],
): [string, string][] {
  const fields: [string, string][] = [
    ['kind', 'news'],
    ['hero_media_id', ''],
    ['hero_credit', ''],
    ['event_id', ''],
    ['project_id', ''],
  ];
  if (sectorId) fields.push(['sectors', sectorId]);
  const t = {
    title: '',
    slug: '',
    kicker: '',
    credit_line: '',
    body: '',
    excerpt: '',
    seo_description: '',
    hero_caption: '',
    status: 'draft',
    scheduled_at: '',
    ...fr,
  };
  for (const [k, v] of Object.entries(t)) fields.push([`fr.${k}`, v]);
  for (const k of Object.keys(t)) fields.push([`en.${k}`, k === 'status' ? 'draft' : '']);
  return [...fields, ...extra];
}

const idOf = (response: Response) =>
  /\/admin\/articles\/([0-9a-f-]{36})/.exec(response.headers.get('location') ?? '')?.[1] ?? '';

describe.each(testDialects())('article editor pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: App;
  let editor: Session;
  let contributor: Session;
  let admin: Session;
  let space: string;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    space = (await makeSectors(t.database)).get('space')!;
    editor = await signInAs(app, t.database, 'editor');
    contributor = await signInAs(app, t.database, 'contributor');
    admin = await signInAs(app, t.database, 'admin');
  });
  afterAll(() => t.cleanup());

  async function create(
    fr: Record<string, string>,
    session = editor,
    sector: string | null = space,
  ) {
    const response = await post(app, '/admin/articles', session, articleFields(sector, fr));
    expect(response.status).toBe(303);
    return idOf(response);
  }

  it('sends anonymous visitors to sign in', async () => {
    const response = await app.request('/admin/articles');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/admin\/sign-in\?next=/);
  });

  it('creates, edits and publishes an article with plain forms, then lists it', async () => {
    const form = await get(app, '/admin/articles/new', editor);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<label for="fr-title">');
    expect(html).toContain('href="#lang-en"');
    expect(html).toContain('<script src="/assets/admin-editor.js" defer="">');

    const id = await create({ title: 'Une mission vers la Lune', body: 'Le texte.' });
    const page = await (await get(app, `/admin/articles/${id}?done=created`, editor)).text();
    expect(page).toContain('value="une-mission-vers-la-lune"');
    expect(page).toContain('name="version" value="1"');

    const saved = await post(
      app,
      `/admin/articles/${id}`,
      editor,
      articleFields(
        space,
        { title: 'Une mission vers la Lune', body: 'Le texte publié.', status: 'published' },
        [['version', '1']],
      ),
    );
    expect(saved.status).toBe(303);
    const publicPage = await app.request('/fr/actualites/une-mission-vers-la-lune');
    expect(publicPage.status).toBe(200);
    expect(await publicPage.text()).toContain('Le texte publié.');

    const list = await (
      await get(app, '/admin/articles?q=lune&status=published&locale=fr', editor)
    ).text();
    expect(list).toContain(`href="/admin/articles/${id}"`);
    const none = await (await get(app, '/admin/articles?q=lune&status=draft', editor)).text();
    expect(none).not.toContain(`href="/admin/articles/${id}"`);
    expect((await get(app, '/admin/articles?status=bogus', editor)).status).toBe(400);
  });

  it('links "view on the site" to the translation in the admin’s language', async () => {
    const both = articleFields(space, {
      title: 'Vue sur le site',
      body: 'Le texte.',
      status: 'published',
    }).map(([k, v]): [string, string] =>
      k === 'en.title'
        ? [k, 'Seen on the site']
        : k === 'en.body'
          ? [k, 'The text.']
          : k === 'en.status'
            ? [k, 'published']
            : [k, v],
    );
    const id = idOf(await post(app, '/admin/articles', editor, both));
    const page = async (language: string) => {
      const response = await app.request(`/admin/articles/${id}`, {
        headers: { cookie: editor.cookie, 'accept-language': language },
      });
      return response.text();
    };
    const french = await page('fr-BE,fr;q=0.9');
    expect(french).toContain('<a href="/fr/actualites/vue-sur-le-site">Voir sur le site</a>');
    expect(french).not.toContain('href="/en/news/seen-on-the-site"');
    expect(await page('en-GB,en;q=0.9')).toContain(
      '<a href="/en/news/seen-on-the-site">View on the site</a>',
    );
  });

  it('shows a field error, keeping the input, when the slug is taken', async () => {
    await create({ title: 'Premier', slug: 'meme-adresse' });
    const response = await post(
      app,
      '/admin/articles',
      editor,
      articleFields(space, { title: 'Second texte', slug: 'meme-adresse' }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('L’adresse « meme-adresse » est déjà utilisée');
    expect(html).toContain('value="Second texte"');
    expect(html).toContain('aria-describedby="fr-slug-hint fr-slug-error"');
  });

  it('answers a stale save with the conflict screen and overwrites nothing', async () => {
    const id = await create({ title: 'Conflit', body: 'Départ.' });
    const first = await post(
      app,
      `/admin/articles/${id}`,
      editor,
      articleFields(space, { title: 'Conflit', body: 'Leur version.' }, [['version', '1']]),
    );
    expect(first.status).toBe(303);
    const second = await post(
      app,
      `/admin/articles/${id}`,
      admin,
      articleFields(space, { title: 'Conflit', body: 'Ma version.' }, [['version', '1']]),
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Ma version.');
    expect(html).toContain('Leur version.');
    expect(html).toContain(`href="/admin/articles/${id}"`);
    const page = await (await get(app, `/admin/articles/${id}`, editor)).text();
    expect(page).toContain('Leur version.');
    expect(page).not.toContain('Ma version.');
  });

  it('autosaves as JSON without changing the article; a stale autosave is a 409', async () => {
    const id = await create({ title: 'Autosave', body: 'Avant.' });
    const ok = await post(
      app,
      `/admin/articles/${id}/autosave`,
      editor,
      articleFields(space, { title: 'Autosave', body: 'Pendant.' }, [['version', '1']]),
      { accept: 'application/json' },
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ savedAt: expect.any(String) as string });
    const page = await (await get(app, `/admin/articles/${id}`, editor)).text();
    expect(page).toContain('Avant.');
    expect(page).toMatch(/autosave=[0-9a-f-]{36}/);
    const stale = await post(
      app,
      `/admin/articles/${id}/autosave`,
      editor,
      articleFields(space, { title: 'Autosave' }, [['version', '7']]),
    );
    expect(stale.status).toBe(409);
  });

  it('renders Markdown inert on the public page and in the preview', async () => {
    const body =
      'Texte <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[clic](javascript:alert(3))';
    const preview = await post(app, '/admin/articles/preview', editor, { markdown: body });
    expect(preview.status).toBe(200);
    const previewHtml = await preview.text();
    for (const html of [previewHtml]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/href="javascript:/i);
    }
    await create({ title: 'Injection', slug: 'injection', body, status: 'published' });
    const publicHtml = await (await app.request('/fr/actualites/injection')).text();
    const article = publicHtml.slice(publicHtml.indexOf('<main'));
    expect(article).not.toMatch(/<script(?! type="application\/ld\+json")/i);
    expect(article).not.toMatch(/<img[^>]*onerror/i);
    expect(article).not.toMatch(/href="javascript:/i);
    expect(article).toContain('&lt;script&gt;');
  });

  it('lets a contributor write drafts but not publish, trash or review mentions', async () => {
    const id = await create({ title: 'Par un contributeur', status: 'in_review' }, contributor);
    const html = await (await get(app, `/admin/articles/${id}`, contributor)).text();
    expect(html).not.toContain('value="published"');
    expect(html).not.toContain('id="mentions"');
    const refused = await post(
      app,
      `/admin/articles/${id}`,
      contributor,
      articleFields(space, { title: 'Par un contributeur', status: 'published' }, [
        ['version', '1'],
      ]),
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Votre rôle ne permet pas ce changement de statut.');
    expect((await post(app, `/admin/articles/${id}/trash`, contributor, {})).status).toBe(403);
    expect((await get(app, '/admin/articles/trash', contributor)).status).toBe(403);
    // someone else's article
    const other = await create({ title: 'Article de la rédaction' });
    expect((await get(app, `/admin/articles/${other}`, contributor)).status).toBe(403);
  });

  it('lists revisions, diffs two of them with ins and del, and restores one', async () => {
    const id = await create({ title: 'Révisions', body: 'Ligne A' });
    await post(
      app,
      `/admin/articles/${id}`,
      editor,
      articleFields(space, { title: 'Révisions', body: 'Ligne B' }, [['version', '1']]),
    );
    const list = await (await get(app, `/admin/articles/${id}/revisions`, editor)).text();
    const revs = [...list.matchAll(/name="to" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(revs).toHaveLength(2);
    const diff = await (
      await get(app, `/admin/articles/${id}/revisions/diff?from=${revs[1]}&to=${revs[0]}`, editor)
    ).text();
    // Lines that differ by a word are paired, and the word is marked on each side.
    expect(diff).toContain('<del>- Ligne <mark>A</mark>');
    expect(diff).toContain('<ins>+ Ligne <mark>B</mark>');
    const restored = await post(app, `/admin/articles/${id}/revisions/${revs[1]}/restore`, editor, {
      version: '2',
    });
    expect(restored.status).toBe(303);
    const page = await (await get(app, `/admin/articles/${id}`, editor)).text();
    expect(page).toContain('Ligne A');
    const after = await (await get(app, `/admin/articles/${id}/revisions`, editor)).text();
    expect([...after.matchAll(/name="to" value=/g)]).toHaveLength(3);
  });

  it('moves to trash, restores, and lets only an admin empty the trash', async () => {
    const id = await create({
      title: 'Corbeille',
      slug: 'corbeille',
      status: 'published',
      body: 'x',
    });
    expect((await post(app, `/admin/articles/${id}/trash`, editor, {})).status).toBe(303);
    expect((await app.request('/fr/actualites/corbeille')).status).toBe(404);
    expect(await (await get(app, '/admin/articles/trash', editor)).text()).toContain('Corbeille');
    expect((await post(app, `/admin/articles/${id}/restore`, editor, {})).status).toBe(303);
    expect((await app.request('/fr/actualites/corbeille')).status).toBe(200);
    await post(app, `/admin/articles/${id}/trash`, editor, {});
    expect((await post(app, '/admin/articles/trash/empty', editor, {})).status).toBe(403);
    expect((await post(app, '/admin/articles/trash/empty', admin, {})).status).toBe(303);
    expect((await get(app, `/admin/articles/${id}`, admin)).status).toBe(404);
  });

  it('confirms a detected mention and creates an entity from a suggestion', async () => {
    await makeOrganisation(t.database, { name: 'Spacebel', slug: `spacebel-${dialect.name}` });
    const id = await create({
      title: 'Mentions',
      body: 'Spacebel signe avec Orbital Robotics Institute (ORI) un accord.',
    });
    const page = await (await get(app, `/admin/articles/${id}`, editor)).text();
    const confirm = /action="(\/admin\/articles\/[^"]+\/mentions\/[0-9a-f-]{36}\/confirm)"/.exec(
      page,
    );
    expect(confirm).not.toBeNull();
    expect((await post(app, confirm![1]!, editor, {})).status).toBe(303);
    const create_ = /action="(\/admin\/articles\/[^"]+\/mentions\/[0-9a-f-]{36}\/create)"/.exec(
      page,
    );
    expect(create_).not.toBeNull();
    const made = await post(app, create_![1]!, editor, {
      kind: 'organisation',
      name: 'Orbital Robotics Institute',
      acronym: 'ORI',
      organisation_kind: 'research_centre',
    });
    expect(made.status).toBe(303);
    const after = await (await get(app, `/admin/articles/${id}`, editor)).text();
    const panel = after.slice(after.indexOf('id="mentions"'));
    expect(panel.match(/Confirmée/g)?.length).toBeGreaterThanOrEqual(2);
    expect(panel).not.toContain('/create"');
    // The same form sent again (a second tab, a double click): the mention keeps its entity.
    const again = await post(app, create_![1]!, editor, {
      kind: 'organisation',
      name: 'Orbital Robotics Institute',
      acronym: 'ORI',
      organisation_kind: 'research_centre',
    });
    expect(again.status).toBe(303);
    const named = await t.database.db
      .selectFrom('organisation')
      .select('slug')
      .where('name', '=', 'Orbital Robotics Institute')
      .execute();
    expect(named).toEqual([{ slug: 'ori' }]);
  });
});
