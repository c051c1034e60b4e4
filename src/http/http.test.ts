// Cross-cutting HTTP behaviour: health when the database is down, JSON logs with request ids.
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createServices } from '../services.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { negotiateLocale } from './negotiate.js';
import { assets } from '../views/assets.js';

/** The app over a fresh in-memory database, logs silent unless a stream is given. */
async function plainApp(logger = pino({ level: 'silent' })) {
  const database = openDatabase(':memory:');
  await migrateToLatest(database.db);
  const app = createApp({
    config: { baseUrl: 'http://x', mediaDir: '/tmp' },
    services: createServices({ database, baseUrl: 'http://x', mediaDir: '/tmp' }),
    database,
    logger,
  });
  return { app, database };
}

describe('HTTP plumbing', () => {
  it('answers /healthz with 503 when the database is gone', async () => {
    const { app, database } = await plainApp();
    expect((await app.request('/healthz')).status).toBe(200);
    await database.close();
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error' });
  });

  it('logs every request as a JSON line with its request id', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const { app, database } = await plainApp(pino({ level: 'info' }, stream));
    const res = await app.request('/fr/actualites', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const entry = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      requestId: 'abc-123',
      method: 'GET',
      path: '/fr/actualites',
      status: 200,
    });
    // A hostile request id is replaced, not echoed.
    const other = await app.request('/fr/actualites', { headers: { 'x-request-id': '<script>' } });
    expect(other.headers.get('x-request-id')).not.toContain('<');
    await database.close();
  });

  it('compresses text responses the page cache does not hold when the client accepts gzip', async () => {
    const { app, database } = await plainApp();
    const plain = await app.request('/assets/site.css');
    const css = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await app.request('/assets/site.css', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(zipped.headers.get('etag')).toMatch(/^W\//);
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(css);
    const garbage = await app.request('/assets/site.css', {
      headers: { 'Accept-Encoding': '\u0001;;q=,=' },
    });
    expect(garbage.status).toBe(200);
    expect(garbage.headers.get('content-encoding')).toBeNull();
    await database.close();
  });

  it('caches an asset for a year, immutable, only under its current version', async () => {
    const { app, database } = await plainApp();
    const current = assets.css.split('?v=')[1]!;
    const control = async (query: string) =>
      (await app.request(`/assets/site.css${query}`)).headers.get('cache-control');
    expect(await control(`?v=${current}`)).toBe('public, max-age=31536000, immutable');
    expect(await control('?v=0123456789')).toBe('public, max-age=86400');
    expect(await control('')).toBe('public, max-age=86400');
    await database.close();
  });

  it('negotiates the locale from Accept-Language', () => {
    expect(negotiateLocale('en-GB,en;q=0.9', ['fr', 'en'], 'fr')).toBe('en');
    expect(negotiateLocale('nl-BE, fr-BE;q=0.8, en;q=0.5', ['fr', 'en'], 'fr')).toBe('fr');
    expect(negotiateLocale('en;q=0, fr;q=0.1', ['fr', 'en'], 'fr')).toBe('fr');
    expect(negotiateLocale('*', ['fr', 'en'], 'fr')).toBe('fr');
    expect(negotiateLocale(';;;,,q=abc', ['fr', 'en'], 'fr')).toBe('fr');
    expect(negotiateLocale(undefined, ['fr', 'en'], 'fr')).toBe('fr');
  });
});
