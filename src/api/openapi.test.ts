// The OpenAPI 3.1 document generated from the zod schemas is valid (checked by an independent
// validator), clean under Redocly's recommended lint, and describes every route the API serves.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';

describe('OpenAPI document', () => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  beforeAll(async () => {
    t = await testDialects()[0]!.open();
    app = makeApp(t.database);
  });
  afterAll(() => t.cleanup());

  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('passes Redocly’s recommended lint with no error and no warning', async () => {
    // The document's server is the site's base URL; a real one, since the ruleset (rightly) warns
    // about a document that points at localhost, as a developer's machine serves it.
    const site = makeApp(t.database, { baseUrl: 'https://news.cluster.example.org' });
    const source = await (await site.request('/api/v1/openapi.json')).text();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    expect(
      problems.map(
        (p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`,
      ),
    ).toEqual([]);
  });

  it('gives every operation a unique operationId and states its security', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
    };
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
    const ids = ops.map((op) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) expect(op.security, op.operationId).toBeDefined();
    expect(doc.paths['/articles']!.get!.security).toEqual([]);
  });

  it('lists the read and write endpoints with their schemas', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { security?: unknown; parameters?: { name: string }[] }>
      >;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    for (const path of [
      '/articles',
      '/articles/{id}',
      '/articles/by-slug/{locale}/{slug}',
      '/sectors',
      '/organisations',
      '/organisations/{id}',
      '/people',
      '/events',
      '/projects/by-slug/{slug}',
    ])
      expect(doc.paths[path]?.get, path).toBeDefined();
    expect(doc.paths['/articles']!.get!.parameters!.map((p) => p.name)).toEqual([
      'locale',
      'sector',
      'kind',
      'since',
      'lang',
      'limit',
      'cursor',
    ]);
    expect(doc.paths['/articles']!.post!.security).toEqual([{ token: [] }]);
    expect(doc.paths['/organisations/{id}']!.patch).toBeDefined();
    expect(doc.paths['/articles/{id}/mentions/{mentionId}/confirm']!.post).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Article', 'ArticleSummary', 'Organisation', 'Event', 'Problem']),
    );
    expect(doc.components.securitySchemes.token).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
