// Writes with personal API tokens, on every dialect: tokens created and revoked in the admin
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- API answers are read back as untyped JSON */
// (shown once, stored hashed), the owner's role limiting each write, drafts through the article
// editor's rules, organisation updates at a version, and mention decisions.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { postForm, signInAs } from '../../test/support/auth.js';
import { seedDirectory, type DirectoryWorld } from '../../test/support/directory.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { testNow } from '../../test/support/factories.js';
import type { Role } from '../db/tables/user.table.js';
import { apiTokenServiceOver } from '../users/api-token.service.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testDialects())('write API on $name', (dialect) => {
  let t: TestDatabase;
  let w: DirectoryWorld;
  let app: ReturnType<typeof makeApp>;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await dialect.open();
    w = await seedDirectory(t.database);
    app = makeApp(t.database);
    const service = apiTokenServiceOver(t.database.db, w.services.audit, () => testNow);
    for (const role of ['admin', 'editor', 'author', 'contributor'] as const) {
      const actor = await makeActor(t.database, role);
      tokens[role] = (await service.createToken({ actorId: actor.id! }, `${role} token`)).token;
    }
  });
  afterAll(() => t.cleanup());

  const call = async (method: string, path: string, role: string | null, body?: unknown) => {
    const token = role === null ? undefined : (tokens[role as Role] ?? role);
    const res = await app.request(path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json, res };
  };
  const draft = (title: string, extra: Json = {}) => ({
    sectors: ['space'],
    translations: { fr: { title, body: 'Un paragraphe.', ...extra } },
  });

  describe('tokens', () => {
    it('are created in the admin, shown once, stored as SHA-256, and revoked there', async () => {
      const user = await signInAs(app, t.database, 'editor');
      const created = await postForm(app, '/admin/account/tokens', user, { name: 'Agenda import' });
      expect(created.status).toBe(200);
      const page = await created.text();
      const token = /<code class="api-token-value">(cst_[A-Za-z0-9_-]{43})<\/code>/.exec(page)?.[1];
      expect(token).toBeDefined();
      const rows = await t.database.db
        .selectFrom('api_token')
        .selectAll()
        .where('name', '=', 'Agenda import')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token!).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(token!);
      // The list never shows it again, only its first characters.
      const list = await (
        await app.request('/admin/account/tokens', { headers: { cookie: user.cookie } })
      ).text();
      expect(list).not.toContain(token!);
      expect(list).toContain(token!.slice(0, 8));
      expect(list).toContain('Agenda import');

      const used = await call('PATCH', `/api/v1/organisations/${w.org.isartal}`, token!, {
        version: 1,
        city: 'Munich',
      });
      expect(used.status).toBe(200);
      const after = await t.database.db
        .selectFrom('api_token')
        .select('last_used_at')
        .where('id', '=', rows[0]!.id)
        .executeTakeFirstOrThrow();
      expect(after.last_used_at).toBe(testNow.toISOString());

      const revoked = await postForm(app, `/admin/account/tokens/${rows[0]!.id}/revoke`, user);
      expect(revoked.status).toBe(303);
      const refused = await call('PATCH', `/api/v1/organisations/${w.org.isartal}`, token!, {
        version: 2,
        city: 'München',
      });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('unauthorized');
      expect(refused.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select('action')
        .where('action', 'like', 'api_token.%')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['api_token.create', 'api_token.revoke']),
      );
    });

    it('refuses a name too long or empty, and a revoke of someone else’s token', async () => {
      const user = await signInAs(app, t.database, 'author');
      expect((await postForm(app, '/admin/account/tokens', user, { name: ' ' })).status).toBe(400);
      expect(
        (await postForm(app, '/admin/account/tokens', user, { name: 'x'.repeat(81) })).status,
      ).toBe(400);
      const other = await t.database.db
        .selectFrom('api_token')
        .select('id')
        .executeTakeFirstOrThrow();
      expect((await postForm(app, `/admin/account/tokens/${other.id}/revoke`, user)).status).toBe(
        404,
      );
      expect((await app.request('/admin/account/tokens')).status).toBe(303);
    });

    it('are required for writes: none, malformed or unknown is a 401', async () => {
      for (const token of [null, 'nope', `cst_${'a'.repeat(43)}`]) {
        const r = await call('POST', '/api/v1/articles', token, draft('Sans jeton'));
        expect(r.status).toBe(401);
        expect(r.body.code).toBe('unauthorized');
      }
    });
  });

  describe('articles', () => {
    it('lets a contributor create a draft, but not publish it (403)', async () => {
      const created = await call(
        'POST',
        '/api/v1/articles',
        'contributor',
        draft('Brouillon par API'),
      );
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.any(String), version: 1 });
      expect(created.res.headers.get('location')).toBe(`/api/v1/articles/${created.body.id}`);
      // A draft is not public.
      expect((await call('GET', `/api/v1/articles/${created.body.id}`, null)).status).toBe(404);

      const publish = await call('PATCH', `/api/v1/articles/${created.body.id}`, 'contributor', {
        version: 1,
        translations: { fr: { status: 'published' } },
      });
      expect(publish.status).toBe(403);
      expect(publish.body.code).toBe('forbidden');
      const direct = await call(
        'POST',
        '/api/v1/articles',
        'contributor',
        draft('Publié ?', { status: 'published' }),
      );
      expect(direct.status).toBe(403);

      const edit = await call('PATCH', `/api/v1/articles/${created.body.id}`, 'contributor', {
        version: 1,
        translations: { en: { title: 'Draft through the API', body: 'A paragraph.' } },
      });
      expect(edit.status).toBe(200);
      expect(edit.body.version).toBe(2);
    });

    it('lets an editor publish, then keeps the version check (409) and the revisions', async () => {
      const created = await call('POST', '/api/v1/articles', 'editor', draft('Publié par API'));
      const id = created.body.id as string;
      const publish = await call('PATCH', `/api/v1/articles/${id}`, 'editor', {
        version: 1,
        kind: 'press_release',
        translations: { fr: { status: 'published' } },
      });
      expect(publish.status).toBe(200);
      const read = await call('GET', `/api/v1/articles/${id}`, null);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ title: 'Publié par API', kind: 'press_release' });
      const stale = await call('PATCH', `/api/v1/articles/${id}`, 'editor', {
        version: 1,
        kind: 'news',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('conflict');
      const revisions = await t.database.db
        .selectFrom('revision')
        .select('reason')
        .where('entity_id', '=', id)
        .execute();
      expect(revisions.map((r) => r.reason)).toEqual(
        expect.arrayContaining(['created', 'saved through the API']),
      );
    });

    it('refuses another contributor’s article, bad bodies and unknown sectors', async () => {
      const mine = await call('POST', '/api/v1/articles', 'editor', draft('À l’éditeur'));
      expect(
        (
          await call('PATCH', `/api/v1/articles/${mine.body.id}`, 'contributor', {
            version: 1,
            kind: 'news',
          })
        ).status,
      ).toBe(403);
      const missing = await call('POST', '/api/v1/articles', 'editor', {
        sectors: [],
        translations: {},
      });
      expect(missing.status).toBe(422);
      expect(missing.res.headers.get('content-type')).toBe('application/problem+json');
      expect(missing.body).toMatchObject({
        code: 'missing_field',
        status: 422,
        errors: [{ pointer: '#/translations/fr/title', detail: 'The title is required.' }],
      });
      const badJson = await call('POST', '/api/v1/articles', 'editor', '{"translations":');
      expect(badJson.status).toBe(400);
      expect(badJson.body.code).toBe('bad_request');
      const notJson = await app.request('/api/v1/articles', {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.editor}`, 'content-type': 'text/plain' },
        body: JSON.stringify(draft('En texte')),
      });
      expect(notJson.status).toBe(415);
      expect(notJson.headers.get('content-type')).toBe('application/problem+json');
      expect(await notJson.json()).toMatchObject({
        code: 'unsupported_media_type',
        status: 415,
        type: 'http://localhost:3000/api/v1/docs#unsupported_media_type',
      });
      const badField = await call('POST', '/api/v1/articles', 'editor', {
        kind: 'opinion',
        translations: {},
      });
      expect(badField.status).toBe(400);
      expect(badField.body.errors).toEqual([{ pointer: '#/kind', detail: expect.any(String) }]);
      const sector = await call('POST', '/api/v1/articles', 'editor', {
        ...draft('Secteur'),
        sectors: ['mars'],
      });
      expect(sector.status).toBe(422);
      expect(sector.body.code).toBe('invalid_reference');
      const slug = await call('POST', '/api/v1/articles', 'editor', draft('À l’éditeur'));
      expect(slug.status).toBe(409);
      expect(slug.body.code).toBe('duplicate');
      expect(
        (
          await call('PATCH', '/api/v1/articles/019ab2c4-1f00-7000-8000-000000000000', 'editor', {
            version: 1,
          })
        ).status,
      ).toBe(404);
    });
  });

  describe('organisations', () => {
    it('lets an editor update one at its version, and refuses authors (403)', async () => {
      const before = (await call('GET', `/api/v1/organisations/${w.org.csl}`, null)).body;
      const update = await call('PATCH', `/api/v1/organisations/${w.org.csl}`, 'editor', {
        version: before.version,
        city: 'Liège',
        website: 'https://www.csl.uliege.be',
        texts: {
          en: { description: 'Space test centre.', competences: ['thermal vacuum', 'optics'] },
        },
      });
      expect(update.status).toBe(200);
      expect(update.body.version).toBe(before.version + 1);
      // The API saves through the directory editor: the change is a revision like a form save.
      const revisions = await w.services.directory.organisations.listRevisions(w.org.csl);
      expect(revisions[0]).toMatchObject({ version: before.version + 1, reason: 'saved' });
      const after = (await call('GET', `/api/v1/organisations/${w.org.csl}?locale=en`, null)).body;
      expect(after).toMatchObject({
        city: 'Liège',
        website: 'https://www.csl.uliege.be',
        description: 'Space test centre.',
        description_locale: 'en',
        competences: ['thermal vacuum', 'optics'],
        name: 'Centre Spatial de Liège',
      });
      const stale = await call('PATCH', `/api/v1/organisations/${w.org.csl}`, 'editor', {
        version: before.version,
        city: 'Angleur',
      });
      expect(stale.status).toBe(409);
      const author = await call('PATCH', `/api/v1/organisations/${w.org.csl}`, 'author', {
        version: after.version,
        city: 'Angleur',
      });
      expect(author.status).toBe(403);
      const bad = await call('PATCH', `/api/v1/organisations/${w.org.csl}`, 'editor', {
        version: after.version,
        website: 'javascript:alert(1)',
        country: 'BEL',
        city: 'L'.repeat(101),
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: Json) => e.pointer)).toEqual([
        '#/country',
        '#/city',
        '#/website',
      ]);
      expect((await call('GET', `/api/v1/organisations/${w.org.csl}`, null)).body.city).toBe(
        'Liège',
      );
    });
  });

  describe('mentions', () => {
    it('lets reviewers confirm or reject mentions; a contributor gets 403', async () => {
      const suggested = (
        await call('GET', `/api/v1/articles/${w.article.suggestedOnly}/mentions`, 'editor')
      ).body;
      expect(suggested.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entity_id: w.org.esa, state: 'suggested' }),
        ]),
      );
      const mention = suggested.items.find((m: Json) => m.entity_id === w.org.esa);
      expect(
        (await call('GET', `/api/v1/articles/${w.article.suggestedOnly}/mentions`, null)).status,
      ).toBe(401);
      const contributor = await call(
        'POST',
        `/api/v1/articles/${w.article.suggestedOnly}/mentions/${mention.id}/confirm`,
        'contributor',
      );
      expect(contributor.status).toBe(403);
      const confirmed = await call(
        'POST',
        `/api/v1/articles/${w.article.suggestedOnly}/mentions/${mention.id}/confirm`,
        'editor',
        { version: mention.version },
      );
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id: mention.id, state: 'confirmed' });
      const stale = await call(
        'POST',
        `/api/v1/articles/${w.article.suggestedOnly}/mentions/${mention.id}/reject`,
        'editor',
        { version: mention.version },
      );
      expect(stale.status).toBe(409);
      const rejected = await call(
        'POST',
        `/api/v1/articles/${w.article.suggestedOnly}/mentions/${mention.id}/reject`,
        'admin',
      );
      expect(rejected.body.state).toBe('rejected');
      const elsewhere = await call(
        'POST',
        `/api/v1/articles/${w.article.aboutEsa}/mentions/${mention.id}/confirm`,
        'editor',
      );
      expect(elsewhere.status).toBe(404);
    });
  });
});
