// The API speaks HTTP as clients expect, on every dialect: problem types documented where their
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- API answers are read back as untyped JSON */
// URI points, 406 and 405 (Allow from the routes), Link rel="next" on lists, and conditional
// writes (If-Match, 412, 428) over version ETags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { seedDirectory, type DirectoryWorld } from '../../test/support/directory.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { testNow } from '../../test/support/factories.js';
import type { Role } from '../db/tables/user.table.js';
import { errorCatalogue } from '../errors.js';
import { apiTokenServiceOver } from '../users/api-token.service.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testDialects())('API HTTP semantics on $name', (dialect) => {
  let t: TestDatabase;
  let w: DirectoryWorld;
  let app: ReturnType<typeof makeApp>;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await dialect.open();
    w = await seedDirectory(t.database);
    app = makeApp(t.database);
    const service = apiTokenServiceOver(t.database.db, w.services.audit, () => testNow);
    const actor = await makeActor(t.database, 'editor');
    tokens.editor = (await service.createToken({ actorId: actor.id! }, 'editor token')).token;
  });
  afterAll(() => t.cleanup());

  const get = async (path: string, init?: RequestInit) => {
    const res = await app.request(path, init);
    return { res, status: res.status, body: (await res.json()) as Json };
  };
  const call = async (method: string, path: string, role: Role | null, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json, res };
  };
  const draft = (title: string) => ({
    sectors: ['space'],
    translations: { fr: { title, body: 'Un paragraphe.' } },
  });
  const ids = (body: Json) => (body.items as Json[]).map((i) => i.id as string);

  describe('problem details', () => {
    it('documents every problem type at the anchor its URI names', async () => {
      const page = await (await app.request('/api/v1/docs')).text();
      for (const code of Object.keys(errorCatalogue)) expect(page).toContain(`<tr id="${code}">`);
    });

    it('answers 406 when Accept excludes JSON and problem details, not when it allows them', async () => {
      for (const accept of ['text/html', 'application/xml, text/*;q=0.5', 'application/json;q=0']) {
        const r = await get('/api/v1/sectors', { headers: { accept } });
        expect(r.status, accept).toBe(406);
        expect(r.body.code).toBe('not_acceptable');
        expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      }
      for (const accept of [
        'application/json',
        'application/problem+json',
        'text/html,application/xhtml+xml,*/*;q=0.8',
        'application/*',
        '',
      ])
        expect((await get('/api/v1/sectors', { headers: { accept } })).status, accept).toBe(200);
      // The reference pages are HTML.
      const page = await app.request('/api/v1/docs', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
    });
  });

  describe('methods', () => {
    it('answers 405 with Allow to a known address with another method, before any token check', async () => {
      for (const [method, path, allow] of [
        ['DELETE', '/api/v1/articles', 'GET, HEAD, POST, OPTIONS'],
        ['PUT', '/api/v1/sectors', 'GET, HEAD, OPTIONS'],
        ['DELETE', `/api/v1/organisations/${w.org.csl}`, 'GET, HEAD, PATCH, OPTIONS'],
        ['POST', '/api/v1/openapi.json', 'GET, HEAD, OPTIONS'],
        [
          'GET',
          `/api/v1/articles/${w.article.aboutEsa}/mentions/${w.org.esa}/confirm`,
          'POST, OPTIONS',
        ],
      ] as const) {
        const r = await get(path, { method });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.res.headers.get('allow')).toBe(allow);
        expect(r.res.headers.get('content-type')).toBe('application/problem+json');
        expect(r.body).toMatchObject({ code: 'method_not_allowed', status: 405 });
      }
      // An unknown address is a 404 whatever the method, not a 401 for want of a token.
      expect((await get('/api/v1/nowhere', { method: 'DELETE' })).body.code).toBe('not_found');
      expect((await app.request('/api/v1/sectors', { method: 'HEAD' })).status).toBe(200);
    });

    it('allows on each documented path exactly the methods the OpenAPI document lists', async () => {
      const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      for (const [path, item] of Object.entries(doc.paths)) {
        // A sample address for the template (ids and slugs are not looked up before a 405).
        const sample = path.replace(/\{[^}]+\}/g, (p) =>
          p === '{locale}' ? 'fr' : '019ab2c4-1f00-7000-8000-000000000000',
        );
        const r = await app.request(`/api/v1${sample}`, { method: 'PUT' });
        expect(r.status, path).toBe(405);
        const documented = Object.keys(item).map((m) => m.toUpperCase());
        const allowed = r.headers.get('allow')!.split(', ');
        expect(allowed.filter((m) => m !== 'HEAD' && m !== 'OPTIONS').sort(), path).toEqual(
          documented.sort(),
        );
      }
    });
  });

  describe('Link headers', () => {
    it('link each page of a list to the next with the same query, and the last to none', async () => {
      const seen: string[] = [];
      let url: string | undefined = '/api/v1/organisations?limit=2&locale=en';
      for (let page = 0; url && page < 50; page++) {
        const r = await get(url);
        expect(r.status).toBe(200);
        seen.push(...ids(r.body));
        const link = r.res.headers.get('link');
        if (r.body.next_cursor === null) {
          expect(link).toBeNull();
          url = undefined;
        } else {
          const next = /^<([^>]+)>; rel="next"$/.exec(link ?? '')?.[1];
          expect(next).toBeDefined();
          const target = new URL(next!);
          expect(target.origin).toBe('http://localhost:3000');
          expect(target.pathname).toBe('/api/v1/organisations');
          expect(Object.fromEntries(target.searchParams)).toEqual({
            limit: '2',
            locale: 'en',
            cursor: r.body.next_cursor,
          });
          url = `${target.pathname}${target.search}`;
        }
      }
      expect(seen).toEqual(ids((await get('/api/v1/organisations?locale=en&limit=100')).body));
      expect(seen.length).toBeGreaterThan(2);
    });
  });

  describe('conditional writes', () => {
    const patch = (path: string, role: Role, body: Json, ifMatch?: string) =>
      app.request(path, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${tokens[role]}`,
          'content-type': 'application/json',
          ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
        },
        body: JSON.stringify(body),
      });

    it('takes the ETag a write answered in If-Match: 412 when stale, 428 when missing', async () => {
      const created = await call('POST', '/api/v1/articles', 'editor', draft('Sous condition'));
      expect(created.status).toBe(201);
      expect(created.res.headers.get('etag')).toBe('"v1"');
      const path = `/api/v1/articles/${created.body.id}`;

      const first = await patch(path, 'editor', { kind: 'interview' }, '"v1"');
      expect(first.status).toBe(200);
      expect(first.headers.get('etag')).toBe('"v2"');
      expect(await first.json()).toMatchObject({ version: 2 });

      const stale = await patch(path, 'editor', { kind: 'news' }, '"v1"');
      expect(stale.status).toBe(412);
      expect(stale.headers.get('content-type')).toBe('application/problem+json');
      expect(await stale.json()).toMatchObject({ code: 'precondition_failed', status: 412 });
      // A weak tag never matches If-Match (strong comparison).
      expect((await patch(path, 'editor', { kind: 'news' }, 'W/"v2"')).status).toBe(412);

      const missing = await patch(path, 'editor', { kind: 'news' });
      expect(missing.status).toBe(428);
      expect(await missing.json()).toMatchObject({ code: 'precondition_required', status: 428 });

      // Any of a list matches; `*` is any version.
      expect((await patch(path, 'editor', { kind: 'news' }, '"v9", "v2"')).status).toBe(200);
      const any = await patch(path, 'editor', { kind: 'interview' }, '*');
      expect(any.headers.get('etag')).toBe('"v4"');
      const stored = await t.database.db
        .selectFrom('article')
        .select(['kind', 'version'])
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ kind: 'interview', version: 4 });
    });

    it('takes the ETag of a read in If-Match, and keeps it for caches (304)', async () => {
      const read = await app.request(`/api/v1/organisations/${w.org.esa}?locale=en`);
      const etag = read.headers.get('etag')!;
      const { version } = (await read.json()) as Json;
      expect(etag).toMatch(new RegExp(`^"v${version}-[A-Za-z0-9_-]+"$`));
      const fr = await app.request(`/api/v1/organisations/${w.org.esa}`);
      expect(fr.headers.get('etag')).not.toBe(etag);
      expect(fr.headers.get('etag')).toMatch(new RegExp(`^"v${version}-`));
      const again = await app.request(`/api/v1/organisations/${w.org.esa}?locale=en`, {
        headers: { 'if-none-match': etag },
      });
      expect(again.status).toBe(304);

      const path = `/api/v1/organisations/${w.org.esa}`;
      const saved = await patch(path, 'editor', { city: 'Paris' }, etag);
      expect(saved.status).toBe(200);
      expect(saved.headers.get('etag')).toBe(`"v${version + 1}"`);
      expect((await patch(path, 'editor', { city: 'Noordwijk' }, etag)).status).toBe(412);
      expect((await patch(path, 'editor', { city: 'Noordwijk' })).status).toBe(428);
      const after = (await call('GET', path, null)).body;
      expect(after).toMatchObject({ city: 'Paris', version: version + 1 });
    });

    it('still takes the deprecated body version, and a published article’s ETag names its version', async () => {
      const created = await call(
        'POST',
        '/api/v1/articles',
        'editor',
        draft('Publié sous condition'),
      );
      const path = `/api/v1/articles/${created.body.id}`;
      const published = await call('PATCH', path, 'editor', {
        version: 1,
        translations: { fr: { status: 'published' } },
      });
      expect(published.status).toBe(200);
      const read = await app.request(path);
      expect(read.headers.get('etag')).toMatch(/^"v2-/);
      expect(((await read.json()) as Json).version).toBe(2);
      expect((await call('PATCH', path, 'editor', { version: 1, kind: 'news' })).status).toBe(409);
    });
  });
});
