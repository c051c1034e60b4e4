// The read API through app.request() on every dialect: every endpoint's status and shape,
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- API answers are read back as untyped JSON */
// filters, locale and fallback, keyset pagination while items are added, bad parameters as 400
// problem details (RFC 9457), CORS and ETag (the rest of HTTP: api.http.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { seedDirectory, type DirectoryWorld } from '../../test/support/directory.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { daysAgo, makeArticle, makeOrganisation } from '../../test/support/factories.js';
import { encodeCursor } from './cursor.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testDialects())('read API on $name', (dialect) => {
  let t: TestDatabase;
  let w: DirectoryWorld;
  let app: ReturnType<typeof makeApp>;
  let frOnly: string;

  beforeAll(async () => {
    t = await dialect.open();
    w = await seedDirectory(t.database);
    frOnly = await makeArticle(w.services, {
      kind: 'press_release',
      sectorSlugs: ['aero'],
      publishedAt: daysAgo(1),
      translations: { fr: { title: 'Communiqué en français seulement', body: 'Texte.' } },
    });
    app = makeApp(t.database);
  });
  afterAll(() => t.cleanup());

  const get = async (path: string, init?: RequestInit) => {
    const res = await app.request(path, init);
    return { res, status: res.status, body: (await res.json()) as Json };
  };
  const ok = async (path: string) => {
    const r = await get(path);
    expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  };
  const ids = (body: Json) => (body.items as Json[]).map((i) => i.id as string);

  /** Every page of a list, following next_cursor; `between` runs before each further page. */
  async function allPages(path: string, between: (page: number) => Promise<void> = async () => {}) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const body = await ok(cursor ? `${path}${sep}cursor=${cursor}` : path);
      seen.push(...ids(body));
      cursor = body.next_cursor as string | null;
      if (!cursor) return seen;
      await between(page);
    }
    throw new Error('too many pages');
  }

  describe('sectors', () => {
    it('lists the sectors in display order, named in the locale', async () => {
      const fr = await ok('/api/v1/sectors');
      expect(fr.items.map((s: Json) => s.slug)).toEqual(['aero', 'space', 'drone', 'defence']);
      expect(fr.items[0]).toMatchObject({
        name: 'Secteur aero',
        url: 'http://localhost:3000/fr/secteurs/aero',
      });
      const en = await ok('/api/v1/sectors?locale=en');
      expect(en.items[0]).toMatchObject({ name: 'Sector aero', description: 'About aero' });
      expect(await ok('/api/v1/sectors/space?locale=en')).toMatchObject({ slug: 'space' });
      expect((await get('/api/v1/sectors/nope')).body.code).toBe('not_found');
    });
  });

  describe('articles', () => {
    it('lists public articles newest first, in the locale, falling back to French', async () => {
      const fr = await ok('/api/v1/articles');
      expect(ids(fr)).toEqual([
        frOnly,
        w.article.aboutMarchal,
        w.article.suggestedOnly,
        w.article.aboutEsa,
        w.article.recap,
      ]);
      expect(fr.next_cursor).toBeNull();
      const en = await ok('/api/v1/articles?locale=en');
      const [fallback, english] = en.items as Json[];
      expect(fallback).toMatchObject({
        locale: 'fr',
        title: 'Communiqué en français seulement',
        kind: 'press_release',
        sectors: [{ slug: 'aero', name: 'Sector aero' }],
      });
      expect(fallback!.translations).toHaveLength(1);
      expect(english!.locale).toBe('en');
      expect(english!.title).toMatch(/^Article number/);
      expect(english!.url).toMatch(/^http:\/\/localhost:3000\/en\/news\//);
      expect(english!.translations.map((x: Json) => x.locale)).toEqual(['en', 'fr']);
      expect(english).not.toHaveProperty('body_html');
    });

    it('filters by sector, kind, date and language', async () => {
      expect(ids(await ok('/api/v1/articles?sector=aero'))).toEqual([frOnly]);
      expect(ids(await ok('/api/v1/articles?kind=event_report'))).toEqual([w.article.recap]);
      expect(ids(await ok(`/api/v1/articles?since=${daysAgo(3.5)}`))).toEqual([
        frOnly,
        w.article.aboutMarchal,
      ]);
      expect(ids(await ok('/api/v1/articles?since=2025-01-01&kind=event_report'))).toEqual([
        w.article.recap,
      ]);
      expect(ids(await ok('/api/v1/articles?lang=en'))).not.toContain(frOnly);
      expect((await ok('/api/v1/articles?sector=drone')).items).toEqual([]);
    });

    it('gives one article by id and by slug, with its body', async () => {
      const one = await ok(`/api/v1/articles/${w.article.aboutEsa}?locale=en`);
      expect(one).toMatchObject({ id: w.article.aboutEsa, locale: 'en', hero: null });
      expect(one.body_html).toContain('<h2');
      const bySlug = await ok(`/api/v1/articles/by-slug/fr/${one.translations[1].slug}`);
      expect(bySlug).toMatchObject({ id: w.article.aboutEsa, locale: 'fr' });
      const recap = await ok(`/api/v1/articles/${w.article.recap}`);
      expect(recap).toMatchObject({ event_id: w.event.visit, project_id: w.project.tei });
    });

    it('does not show drafts, unknown ids or slugs', async () => {
      for (const path of [
        `/api/v1/articles/${w.article.draft}`,
        '/api/v1/articles/019ab2c4-1f00-7000-8000-000000000000',
        '/api/v1/articles/by-slug/fr/nulle-part',
      ]) {
        const r = await get(path);
        expect(r.status, path).toBe(404);
        expect(r.body.code).toBe('not_found');
        expect(r.res.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('pages with a cursor that neither skips nor repeats while articles are added', async () => {
      const before = await allPages('/api/v1/articles?limit=2');
      expect(before).toHaveLength(5);
      const added: string[] = [];
      const during = await allPages('/api/v1/articles?limit=2', async (page) => {
        // Newer than every page already read (belongs before the cursor: must not come back),
        // and one older than all (after the cursor: must come once).
        added.push(await makeArticle(w.services, { publishedAt: daysAgo(0.01 * (page + 1)) }));
        added.push(await makeArticle(w.services, { publishedAt: daysAgo(1000 + page) }));
      });
      expect(new Set(during).size).toBe(during.length);
      for (const id of before) expect(during).toContain(id);
      const older = added.filter((_, i) => i % 2 === 1);
      for (const id of older) expect(during).toContain(id);
      const after = await allPages('/api/v1/articles?limit=3');
      expect(after).toHaveLength(before.length + added.length);
    });
  });

  describe('directory', () => {
    it('lists organisations by slug, with filters like the directory', async () => {
      const all = await ok('/api/v1/organisations');
      expect(all.items.map((o: Json) => o.slug)).toEqual([
        'centre-spatial-de-liege',
        'corvilis',
        'ecole-de-lair',
        'esa',
        'esec',
        'isartal',
      ]);
      expect(ids(await ok('/api/v1/organisations?kind=agency'))).toEqual([w.org.esa, w.org.esec]);
      expect(ids(await ok('/api/v1/organisations?country=de'))).toEqual([w.org.isartal]);
      expect(ids(await ok('/api/v1/organisations?member=true&sector=defence'))).toEqual([
        w.org.corvilis,
      ]);
      expect((await ok('/api/v1/organisations?member=false')).items).toHaveLength(3);
    });

    it('gives one organisation with its texts, falling back to French', async () => {
      const esec = await ok(`/api/v1/organisations/${w.org.esec}?locale=en`);
      expect(esec).toMatchObject({
        slug: 'esec',
        acronym: 'ESEC',
        kind: 'agency',
        country: 'BE',
        is_member: false,
        parent: { id: w.org.esa, slug: 'esa', name: 'European Space Agency' },
        description: 'Centre de l’ESA à Redu.',
        description_locale: 'fr',
        competences: ['opérations de satellites'],
        sectors: [{ slug: 'space', name: 'Sector space' }],
        url: 'http://localhost:3000/en/organisations/esec',
        version: 1,
      });
      const esa = await ok('/api/v1/organisations/by-slug/esa?locale=en');
      expect(esa).toMatchObject({
        description_locale: 'en',
        competences: ['launchers', 'satellites'],
      });
      // A javascript: website is never handed out.
      expect((await ok(`/api/v1/organisations/${w.org.ecole}`)).website).toBeNull();
    });

    it('pages organisations without skipping or repeating while some are added', async () => {
      const seen = await allPages('/api/v1/organisations?limit=2', async (page) => {
        await makeOrganisation(t.database, { slug: `aaa-${page}`, name: `Aaa ${page}` });
        await makeOrganisation(t.database, { slug: `zzz-${page}`, name: `Zzz ${page}` });
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of Object.values(w.org)) expect(seen).toContain(id);
      // Every « zzz » organisation sorts after the cursor: each came exactly once.
      const slugs = (await ok('/api/v1/organisations?limit=100')).items
        .filter((o: Json) => o.slug.startsWith('zzz-'))
        .map((o: Json) => o.id as string);
      for (const id of slugs) expect(seen.filter((x) => x === id)).toHaveLength(1);
    });

    it('lists people with their affiliations, roles in the locale or French', async () => {
      const people = await ok('/api/v1/people?locale=en');
      expect(people.items.map((p: Json) => p.slug)).toEqual([
        'amelie-de-froidmont',
        'christian-baijot',
        'sophie-marchal',
      ]);
      const marchal = await ok('/api/v1/people/by-slug/sophie-marchal?locale=en');
      expect(marchal).toMatchObject({ given_name: 'Sophie', bio: 'Ingénieure.', bio_locale: 'fr' });
      expect(marchal.affiliations).toEqual([
        {
          organisation: {
            id: w.org.corvilis,
            slug: 'corvilis',
            name: 'Corvilis Defence Electronics',
          },
          role: 'Directrice générale',
          starts_on: '2022-09-01',
          ends_on: null,
        },
        {
          organisation: { id: w.org.ecole, slug: 'ecole-de-lair', name: 'École de l’air' },
          role: 'Head of the Laboratory',
          starts_on: '2014-09-01',
          ends_on: '2022-08-31',
        },
      ]);
      expect((await ok(`/api/v1/people/${w.person.baijot}`)).family_name).toBe('Baijot');
    });

    it('lists projects with lead, partners, countries and sectors', async () => {
      const projects = await ok('/api/v1/projects');
      expect(ids(projects)).toEqual([w.project.aegira, w.project.tei]);
      const tei = await ok(`/api/v1/projects/${w.project.tei}?locale=en`);
      expect(tei).toMatchObject({
        acronym: 'TEI',
        programme: 'Global Gateway',
        lead_organisation: { slug: 'esa' },
        partners: [{ slug: 'centre-spatial-de-liege', role: 'partner' }],
        countries: ['KZ', 'UZ'],
        budget_eur: 2_400_000,
        description_locale: 'fr',
      });
      expect(ids(await ok('/api/v1/projects?sector=drone'))).toEqual([w.project.aegira]);
      expect((await ok('/api/v1/projects/by-slug/aegira')).id).toBe(w.project.aegira);
    });
  });

  describe('events', () => {
    it('lists upcoming events soonest first and past ones latest first', async () => {
      expect(ids(await ok('/api/v1/events'))).toEqual([
        w.event.running,
        w.event.webinar,
        w.event.conference,
      ]);
      expect(ids(await ok('/api/v1/events?when=past'))).toEqual([w.event.visit]);
      expect(ids(await ok('/api/v1/events?year=2027'))).toEqual([w.event.conference]);
      expect(ids(await ok('/api/v1/events?kind=webinar'))).toEqual([w.event.webinar]);
      expect(ids(await ok('/api/v1/events?sector=defence'))).toEqual([
        w.event.webinar,
        w.event.conference,
      ]);
      const paged = await allPages('/api/v1/events?limit=1');
      expect(paged).toEqual([w.event.running, w.event.webinar, w.event.conference]);
    });

    it('gives one event with venues, countries and organisations in the locale', async () => {
      const visit = await ok(`/api/v1/events/by-slug/delegation-asie-centrale-2025?locale=en`);
      expect(visit).toMatchObject({
        id: w.event.visit,
        kind: 'delegation_visit',
        locale: 'en',
        title: 'Central Asian delegation in Wallonia',
        time_zone: 'Europe/Brussels',
        delegate_count: 15,
        countries: ['KZ', 'TJ', 'TM', 'UZ'],
        project_id: w.project.tei,
      });
      expect(visit.venues.map((v: Json) => v.name)).toEqual(['ESEC', 'Centre Spatial de Liège']);
      expect(visit.organisations).toHaveLength(3);
      const conference = await ok(`/api/v1/events/${w.event.conference}?locale=en`);
      expect(conference).toMatchObject({ locale: 'fr', title: 'Journée défense à New York' });
    });
  });

  describe('bad requests', () => {
    it.each([
      ['/api/v1/articles?limit=0', 'bad_request', ['limit']],
      ['/api/v1/articles?limit=101', 'bad_request', ['limit']],
      ['/api/v1/articles?limit=abc&kind=opinion', 'bad_request', ['kind', 'limit']],
      ['/api/v1/articles?locale=de', 'bad_request', ['locale']],
      ['/api/v1/articles?since=yesterday', 'bad_request', ['since']],
      ['/api/v1/articles?since=2026-13-45', 'bad_request', ['since']],
      ['/api/v1/articles?sector=Space%20!', 'bad_request', ['sector']],
      ['/api/v1/articles/not-an-id', 'bad_request', ['id']],
      ['/api/v1/organisations?country=BEL', 'bad_request', ['country']],
      ['/api/v1/organisations?member=yes', 'bad_request', ['member']],
      ['/api/v1/events?when=soon', 'bad_request', ['when']],
      ['/api/v1/events?year=20266', 'bad_request', ['year']],
    ])('%s is a 400 naming the parameters', async (path, code, names) => {
      const r = await get(path);
      expect(r.status).toBe(400);
      expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      expect(r.body).toMatchObject({
        type: `http://localhost:3000/api/v1/docs#${code}`,
        title: 'Bad request',
        status: 400,
        code,
        instance: path.split('?')[0],
      });
      expect(r.body.errors.map((e: Json) => e.parameter)).toEqual(names);
      for (const e of r.body.errors) expect(e.detail).toEqual(expect.any(String));
      for (const name of names) expect(r.body.detail).toContain(name);
    });

    it.each([
      ['/api/v1/articles?sector=nope', 'bad_request'],
      ['/api/v1/events?sector=nope', 'bad_request'],
      ['/api/v1/articles?cursor=%%%', 'invalid_cursor'],
      ['/api/v1/articles?cursor=bm90LWpzb24', 'invalid_cursor'],
      [`/api/v1/articles?cursor=${encodeCursor('people', ['a'], 'x')}`, 'invalid_cursor'],
      [
        `/api/v1/events?when=past&cursor=${encodeCursor('events:upcoming', ['a'], 'x')}`,
        'invalid_cursor',
      ],
      ['/api/v1/nowhere', 'not_found'],
    ])('%s is refused with %s, never a 500', async (path, code) => {
      const r = await get(path);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      expect(r.res.headers.get('cache-control')).toBe('no-store');
      expect(r.body).toEqual({
        type: `http://localhost:3000/api/v1/docs#${code}`,
        title: expect.any(String),
        status: r.status,
        detail: expect.any(String),
        code,
        instance: path.split('?')[0],
      });
    });
  });

  describe('HTTP', () => {
    it('lets any origin read, with an ETag and a short public cache', async () => {
      const res = await app.request('/api/v1/sectors', {
        headers: { origin: 'https://example.net' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const etag = res.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await app.request('/api/v1/sectors', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const preflight = await app.request('/api/v1/articles', {
        method: 'OPTIONS',
        headers: { origin: 'https://example.net', 'access-control-request-method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
      // Writes need a bearer token, which a browser never sends on its own: other origins may
      // write with one, never with cookies.
      const write = await app.request('/api/v1/articles', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://example.net',
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'authorization, content-type, if-match',
        },
      });
      expect(write.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(write.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
        'if-match',
      );
      expect(write.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('serves the reference page, without script', async () => {
      for (const path of ['/api/v1', '/api/v1/docs']) {
        const res = await app.request(path);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('/api/v1/articles/{id}');
        expect(html).toContain('id="schema-Article"');
        expect(html).not.toContain('<script');
      }
      expect((await app.request('/api/v1/')).status).toBe(301);
    });
  });

  describe('search', () => {
    // The site search (src/search) is wired by the app when it exists.
    it('answers the site search as JSON with facets and a cursor', async (ctx) => {
      const search = (w.services as unknown as { search?: { reindexAll(): Promise<unknown> } })
        .search;
      if (!search) return ctx.skip();
      for (let i = 0; i < 12; i++)
        await makeArticle(w.services, {
          publishedAt: daysAgo(200 + i),
          translations: { fr: { title: `Zeppelin ${i}`, body: 'Un dirigeable.' } },
        });
      await search.reindexAll();
      const body = await ok('/api/v1/search?q=liege&locale=en');
      expect(body.items.length).toBeGreaterThan(0);
      const csl = body.items.find((i: Json) => i.id === w.org.csl);
      expect(csl).toMatchObject({
        type: 'organisation',
        url: 'http://localhost:3000/en/organisations/centre-spatial-de-liege',
        api_url: `http://localhost:3000/api/v1/organisations/${w.org.csl}`,
      });
      expect(csl.title.some((s: Json) => s.mark)).toBe(true);
      expect(body.facets.type.length).toBeGreaterThan(0);
      const many = await ok('/api/v1/search?q=zeppelin');
      expect(many.total).toBe(12);
      expect(many.items).toHaveLength(10);
      const next = await ok(`/api/v1/search?q=zeppelin&cursor=${many.next_cursor}`);
      expect(next.items).toHaveLength(2);
      expect(next.next_cursor).toBeNull();
      expect(next.items.map((i: Json) => i.id)).not.toContain(many.items[0].id);
      for (const q of ['"', '*', 'NEAR(', "'; drop", 'x'.repeat(10_000)])
        expect((await get(`/api/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
      expect((await get('/api/v1/search?type=nope&q=a')).status).toBe(400);
    });
  });
});
