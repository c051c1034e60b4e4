// The public page cache: what it keeps and serves on a bare app (renders counted), then through
// the real app on every dialect: hits, 304 and HEAD from memory, bypasses, the TTL, and pages
// that show an editor's change at once (article save, schedule, mention, directory).
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { signInAs } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { articleForm, controllableClock, makeActor } from '../../test/support/editor.js';
import { makeOrganisation, makeSectors, makeServices } from '../../test/support/factories.js';
import type { Actor } from '../kernel/actor.js';
import { createScheduler } from '../articles/scheduler.js';
import { paths } from '../i18n/paths.js';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { publicPageCache } from './cache.js';
import { createLogger } from './logger.js';
import { cachedPublicPages, keyOf, pageQueryParams } from './page-cache.js';
import { searchQuerySchema } from '../search/search.schema.js';
import { eventFilterSchema } from '../events/event.schema.js';
import { organisationFilterSchema } from '../organisations/organisation.schema.js';
import { createPageStore, type PageStore } from './page-store.js';
import { createServices, type Services } from '../services.js';

/** A bare app with the two middlewares as src/app.tsx mounts them, counting its renders. */
function bareApp() {
  const store = createPageStore();
  const clock = controllableClock();
  const renders = new Map<string, number>();
  const app = new Hono();
  app.use('/:locale/*', publicPageCache());
  app.use('/:locale/*', cachedPublicPages({ store, now: clock.now }));
  app.use('*', async (c, next) => {
    renders.set(c.req.path, (renders.get(c.req.path) ?? 0) + 1);
    await next();
  });
  let gate: Promise<void> = Promise.resolve();
  app.get('/fr/page', async (c) => {
    await gate;
    return c.html(`<p>page ${renders.get('/fr/page')} ${c.req.query('q') ?? ''}</p>`);
  });
  app.get('/fr/feed.xml', (c) =>
    c.body('<rss/>', 200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }),
  );
  app.get('/fr/data', (c) => c.json({ n: renders.get('/fr/data') }));
  app.get('/fr/missing', (c) => c.html('<p>no</p>', 404));
  app.get('/fr/cookie', (c) => {
    setCookie(c, 'seen', '1');
    return c.html('<p>cookie</p>');
  });
  app.get('/fr/vary', (c) => c.html('<p>vary</p>', 200, { Vary: 'Accept-Language' }));
  app.get('/fr/private', (c) => c.html('<p>mine</p>', 200, { 'Cache-Control': 'private' }));
  app.get('/fr/write', (c) => {
    store.contentChanged(); // a write committed while this page was rendering
    return c.html('<p>write</p>');
  });
  app.get('/admin/page', (c) => c.html('<p>admin</p>'));
  const count = (path: string) => renders.get(path) ?? 0;
  const hold = () => {
    let open: () => void = () => undefined;
    gate = new Promise((resolve) => (open = resolve));
    return open;
  };
  return { app, store, clock, count, hold };
}

describe('public page cache middleware', () => {
  it('answers a second GET from memory: same body and headers, no render', async () => {
    const { app, count } = bareApp();
    const first = await app.request('/fr/page');
    const second = await app.request('/fr/page');
    expect(count('/fr/page')).toBe(1);
    expect(await second.text()).toBe(await first.text());
    expect([...second.headers]).toEqual([...first.headers]);
    expect(second.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    // The query is part of the key.
    expect(await (await app.request('/fr/page?q=x')).text()).toContain('x');
    expect(count('/fr/page')).toBe(2);
  });

  it('leaves parameters no page reads out of the key: tracking tags cannot force renders', async () => {
    const { app, count } = bareApp();
    const first = await app.request('/fr/page?q=x');
    for (const query of [
      '?q=x&utm_source=newsletter&utm_medium=email',
      '?fbclid=abc&q=x',
      '?q=x&gclid=1&_=1733580000',
      `?q=x&r=${Math.random()}`,
      '?q=x&%ZZ=1',
    ]) {
      const res = await app.request(`/fr/page${query}`);
      expect(res.headers.get('etag')).toBe(first.headers.get('etag'));
    }
    expect(count('/fr/page')).toBe(1);
    // A parameter a page reads still makes its own page.
    await app.request('/fr/page?q=y&utm_source=x');
    expect(count('/fr/page')).toBe(2);
    expect(keyOf('http://x/fr/recherche?utm_source=a&q=esa&page=2&fbclid=b')).toBe(
      '/fr/recherche?q=esa&page=2',
    );
    expect(keyOf('http://x/fr/?utm_source=a')).toBe('/fr/');
  });

  it('knows every parameter the public pages’ query schemas read', () => {
    for (const schema of [searchQuerySchema, eventFilterSchema, organisationFilterSchema])
      for (const name of Object.keys(schema.shape)) expect(pageQueryParams).toContain(name);
  });

  it('serves a kept page in brotli or gzip as Accept-Encoding asks, each with its own ETag', async () => {
    const { app, count } = bareApp();
    const plain = await app.request('/fr/page?q=compressible-'.padEnd(3000, 'x'));
    const text = await plain.text();
    const get = (acceptEncoding: string) =>
      app.request('/fr/page?q=compressible-'.padEnd(3000, 'x'), {
        headers: { 'Accept-Encoding': acceptEncoding },
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    const gz = await get('br;q=0, gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
    for (const none of ['identity', 'br;q=0, gzip;q=0', 'x'.repeat(500), ';;,q=2']) {
      const res = await get(none);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toBe(text);
    }
    const tags = new Set([plain, br, gz].map((r) => r.headers.get('etag')));
    expect(tags.size).toBe(3);
    for (const res of [plain, br, gz]) expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const notModified = await get('br');
    const again = await app.request('/fr/page?q=compressible-'.padEnd(3000, 'x'), {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': notModified.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect(count('/fr/page')).toBe(1);
  });

  it('answers If-None-Match with 304 and HEAD with headers only, from the entry', async () => {
    const { app, count } = bareApp();
    const etag = (await app.request('/fr/page')).headers.get('etag')!;
    const notModified = await app.request('/fr/page', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    const head = await app.request('/fr/page', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
    expect(count('/fr/page')).toBe(1);
  });

  it('keeps feeds but not JSON, errors, cookies, Vary or private responses', async () => {
    const { app, count } = bareApp();
    for (const path of [
      '/fr/feed.xml',
      '/fr/data',
      '/fr/missing',
      '/fr/cookie',
      '/fr/vary',
      '/fr/private',
    ]) {
      await app.request(path);
      await app.request(path);
    }
    expect(count('/fr/feed.xml')).toBe(1);
    for (const path of ['/fr/data', '/fr/missing', '/fr/cookie', '/fr/vary', '/fr/private'])
      expect(count(path)).toBe(2);
  });

  it('renders for signed-in readers, Authorization headers and paths outside a locale', async () => {
    const { app, count, store } = bareApp();
    await app.request('/fr/page');
    await app.request('/fr/page', { headers: { cookie: 'a=1; constellation_session=abc' } });
    await app.request('/fr/page', { headers: { cookie: '__Host-constellation_session=abc' } });
    await app.request('/fr/page', { headers: { authorization: 'Bearer token' } });
    expect(count('/fr/page')).toBe(4);
    // Another cookie is no reason to render again.
    await app.request('/fr/page', { headers: { cookie: 'theme=dark' } });
    expect(count('/fr/page')).toBe(4);
    await app.request('/admin/page');
    await app.request('/admin/page');
    expect(count('/admin/page')).toBe(2);
    expect(store.stats().entries).toBe(1);
  });

  it('renders once for concurrent misses of one page', async () => {
    const { app, count, hold } = bareApp();
    const open = hold();
    const pending = Array.from({ length: 5 }, () => app.request('/fr/page'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    open();
    const bodies = await Promise.all(pending.map(async (r) => (await r).text()));
    expect(new Set(bodies).size).toBe(1);
    expect(count('/fr/page')).toBe(1);
  });

  it('does not keep a page when content changed during its render', async () => {
    const { app, count } = bareApp();
    await app.request('/fr/write');
    await app.request('/fr/write');
    expect(count('/fr/write')).toBe(2);
  });

  it('keeps nothing when the configuration gives it no memory (PAGE_CACHE_MB=0)', async () => {
    const database = openDatabase(':memory:');
    await migrateToLatest(database.db);
    const services = createServices({ database, baseUrl: 'http://x', pageCacheMb: 0 });
    const app = createApp({
      config: { baseUrl: 'http://x', mediaDir: '/tmp' },
      services,
      database,
      logger: createLogger('silent'),
    });
    expect((await app.request('/fr/actualites')).status).toBe(200);
    expect((await app.request('/fr/actualites')).status).toBe(200);
    expect(services.pages.stats()).toMatchObject({ entries: 0, hits: 0, misses: 2 });
    await database.close();
  });

  it('renders again once the TTL has passed, saying the age of what it serves', async () => {
    const { app, count, clock } = bareApp();
    await app.request('/fr/page');
    clock.advance(59_000);
    expect((await app.request('/fr/page')).headers.get('age')).toBe('59');
    expect(count('/fr/page')).toBe(1);
    clock.advance(1_000);
    const fresh = await app.request('/fr/page');
    expect(fresh.headers.get('age')).toBeNull();
    expect(count('/fr/page')).toBe(2);
  });
});

describe.each(testDialects())('public page cache in the app on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let services: Services;
  let store: PageStore;
  let actor: Actor;
  let space: string;
  const clock = controllableClock();

  beforeAll(async () => {
    t = await dialect.open();
    space = (await makeSectors(t.database)).get('space')!;
    // Built apart from the app over the same database: they share its page store.
    services = makeServices(t.database, clock.now);
    store = services.pages;
    app = makeApp(t.database, { now: clock.now });
    actor = await makeActor(t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  const html = async (path: string, init?: RequestInit) => {
    const response = await app.request(path, init);
    expect(response.status).toBe(200);
    return response.text();
  };

  async function publish(title: string, body?: string) {
    const form = articleForm(
      [space],
      {},
      { title, status: 'published', ...(body ? { body } : {}) },
    );
    const { id, version } = await services.articleEditor.createArticle(actor, form);
    const slug = (await services.articleEditor.getArticle(actor, id)).form.translations.fr!.slug;
    return { id, version, path: paths.article('fr', slug) };
  }

  it('serves an article page from memory and shows the saved title at once', async () => {
    const { id, version, path } = await publish('Titre avant');
    const first = await app.request(path);
    const before = store.stats();
    const second = await app.request(path);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(store.stats()).toMatchObject({ hits: before.hits + 1, misses: before.misses });
    const etag = second.headers.get('etag')!;
    const notModified = await app.request(path, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    const head = await app.request(path, { method: 'HEAD' });
    expect([head.status, await head.text(), head.headers.get('etag')]).toEqual([200, '', etag]);
    expect(store.stats()).toMatchObject({ hits: before.hits + 3, misses: before.misses });

    const form = (await services.articleEditor.getArticle(actor, id)).form;
    await services.articleEditor.saveArticle(actor, id, version, {
      ...form,
      translations: { fr: { ...form.translations.fr!, title: 'Titre après' } },
    });
    const page = await html(path);
    expect(page).toContain('Titre après');
    expect(page).not.toContain('Titre avant');
  });

  it('lists an article on the news page as soon as the schedule publishes it', async () => {
    const news = paths.news('fr');
    const scheduler = createScheduler({
      db: t.database.db,
      dialect: t.database.dialect,
      editor: services.articleEditor,
      logger: { info: () => undefined, error: () => undefined },
    });
    const at = new Date(clock.now().getTime() + 20_000).toISOString();
    await services.articleEditor.createArticle(
      actor,
      articleForm(
        [space],
        {},
        { title: 'Annonce programmée', status: 'scheduled', scheduledAt: at },
      ),
    );
    expect(await html(news)).not.toContain('Annonce programmée');
    clock.advance(30_000); // well within the TTL: only the schedule's change can show it
    const hits = store.stats().hits;
    expect(await html(news)).not.toContain('Annonce programmée');
    expect(store.stats().hits).toBe(hits + 1);
    expect(await scheduler.runOnce()).toHaveLength(1);
    expect(await html(news)).toContain('Annonce programmée');
  });

  it('links a mention on the article page as soon as it is confirmed', async () => {
    const orgId = await makeOrganisation(t.database, { name: 'Spacebel', slug: 'spacebel' });
    const { id, path } = await publish('Satellite', 'Spacebel a présenté son satellite.');
    expect(await html(path)).not.toContain('href="/fr/organisations/spacebel"');
    const [fr] = await services.mentionReview.listMentions(actor, id);
    const mention = fr!.mentions.find((m) => m.entityId === orgId)!;
    await services.mentionReview.decideMention(actor, id, mention.id, 'confirm');
    expect(await html(path)).toContain('href="/fr/organisations/spacebel"');
  });

  it('shows a directory change at once', async () => {
    const editor = services.directory.organisations;
    const form = { name: 'Orbital Welding Systems', kind: 'company', country: 'be' };
    const { id } = await editor.createEntry(actor, form);
    const list = '/fr/organisations';
    expect(await html(list)).toContain('Orbital Welding Systems');
    await editor.saveEntry(actor, id, 1, { ...form, name: 'Orbital Joining Systems' });
    const page = await html(list);
    expect(page).toContain('Orbital Joining Systems');
    expect(page).not.toContain('Orbital Welding Systems');
  });

  it('leaves signed-in editors, API clients and the admin out of the cache', async () => {
    const { path } = await publish('Hors cache');
    const session = await signInAs(app, t.database, 'editor');
    const before = store.stats();
    await html(path, { headers: { cookie: session.cookie } });
    await html(path, { headers: { authorization: 'Bearer not-a-token' } });
    expect((await app.request('/api/v1/articles')).status).toBe(200);
    expect((await app.request('/admin', { headers: { cookie: session.cookie } })).status).toBe(200);
    const after = store.stats();
    expect([after.hits, after.misses, after.entries]).toEqual([
      before.hits,
      before.misses,
      before.entries,
    ]);
  });

  it('renders a page again once it is as old as the TTL', async () => {
    const news = paths.news('fr');
    await html(news);
    const { misses } = store.stats();
    clock.advance(59_000);
    await html(news);
    expect(store.stats().misses).toBe(misses);
    clock.advance(1_000);
    await html(news);
    expect(store.stats().misses).toBe(misses + 1);
  });
});
