// The typed client for TypeScript users: the committed types match what the routes serve today,
// and openapi-fetch over them reads, creates and updates (with If-Match) on each database.
import createClient from 'openapi-fetch';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import type { paths } from '../../clients/typescript/constellation-api.js';
import { generatedTypes } from '../../clients/typescript/openapi-source.js';
import { signInAs } from '../support/auth.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

const typesFile = fileURLToPath(
  new URL('../../clients/typescript/constellation-api.ts', import.meta.url),
);

describe('generated API types', () => {
  it('match the OpenAPI document the routes serve (run npm run client:generate if not)', async () => {
    const options = { ...(await prettier.resolveConfig(typesFile)), filepath: typesFile };
    const fresh = await prettier.format(await generatedTypes(), options);
    expect(fresh).toBe(await readFile(typesFile, 'utf8'));
  }, 60_000);
});

describe.each(testDialects())('typed client on $name', (dialect) => {
  const site = demoSite(dialect, 'typed-client');
  const client = (token?: string) =>
    createClient<paths>({
      baseUrl: 'http://localhost:3000/api/v1',
      fetch: (request) => Promise.resolve(site.app.request(request)),
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });

  it('lists and reads articles with typed answers', async () => {
    const api = client();
    const list = await api.GET('/articles', { params: { query: { limit: 2, locale: 'en' } } });
    expect(list.response.status).toBe(200);
    expect(list.data!.items).toHaveLength(2);
    const first = list.data!.items[0]!;
    const one = await api.GET('/articles/{id}', { params: { path: { id: first.id } } });
    expect(one.data!.id).toBe(first.id);
    const missing = await api.GET('/articles/{id}', {
      params: { path: { id: '00000000-0000-7000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error!.code).toBe('not_found');
  });

  it('creates a draft and updates it with If-Match; a stale ETag is a typed 412', async () => {
    const admin = await signInAs(site.app, site.database, 'admin');
    const { token } = await site.services.apiTokens.createToken({ actorId: admin.id }, 'client');
    const api = client(token);
    const created = await api.POST('/articles', {
      body: {
        kind: 'news',
        sectors: ['space'],
        translations: { fr: { title: 'Essai du client typé', body: 'Un paragraphe.' } },
      },
    });
    expect(created.response.status).toBe(201);
    const etag = created.response.headers.get('etag')!;
    const id = created.data!.id;
    const updated = await api.PATCH('/articles/{id}', {
      params: { path: { id }, header: { 'if-match': etag } },
      body: { translations: { fr: { title: 'Essai du client typé, revu' } } },
    });
    expect(updated.response.status).toBe(200);
    const stale = await api.PATCH('/articles/{id}', {
      params: { path: { id }, header: { 'if-match': etag } },
      body: { translations: { fr: { title: 'Trop tard' } } },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error!.code).toBe('precondition_failed');
  });
});
