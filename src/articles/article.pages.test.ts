// HTTP behaviour of the news pages, the sector pages and the home page, through app.request().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  daysAgo,
  makeArticle,
  makeOrganisation,
  makePerson,
  makeSectors,
  makeServices,
} from '../../test/support/factories.js';

const sqlite = testDialects()[0]!;

describe('news pages over HTTP', () => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    t = await sqlite.open();
    const services = makeServices(t.database);
    await makeSectors(t.database);
    // 26 public articles → 3 pages of 12; one draft; one French-only.
    // The 25th is signed by a person of the directory (its JSON-LD author).
    for (let i = 0; i < 24; i++) {
      await makeArticle(services, {
        sectorSlugs: i % 2 ? ['space'] : ['aero', 'space'],
        publishedAt: daysAgo(10 + i),
      });
    }
    await makePerson(t.database, {
      slug: 'lea-moreau',
      given_name: 'Léa',
      family_name: 'Moreau',
      honorific: 'Dr',
    });
    await makeArticle(services, {
      sectorSlugs: ['aero', 'space'],
      publishedAt: daysAgo(10 + 24),
      translations: {
        fr: { title: 'Un entretien signé', creditLine: 'Texte : Léa Moreau', body: 'Propos.' },
        en: { title: 'A signed interview', creditLine: 'Text: Léa Moreau', body: 'Words.' },
      },
    });
    await makeArticle(services, {
      sectorSlugs: ['defence'],
      publishedAt: daysAgo(1),
      translations: {
        fr: {
          title: 'Une délégation d’Asie centrale à Redu',
          kicker: 'Projet Team Europe – mené par Expertise France',
          creditLine: 'Global Gateway – Zhaina Sultanova',
          body: '## Le matin\n\nVisite de l’ESEC.\n\n## L’après-midi\n\nVisite du CSL.',
        },
      },
    });
    await makeArticle(services, {
      sectorSlugs: ['space'],
      publishedAt: daysAgo(1),
      translations: { fr: { title: 'Texte en brouillon', body: 'secret', status: 'draft' } },
    });
    app = makeApp(t.database);
  });
  afterAll(() => t.cleanup());

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers });

  it('redirects / by Accept-Language', async () => {
    const en = await get('/', { 'accept-language': 'en-US,en;q=0.9,fr;q=0.5' });
    expect(en.status).toBe(302);
    expect(en.headers.get('location')).toBe('/en/');
    expect(en.headers.get('vary')).toContain('Accept-Language');
    const fr = await get('/', { 'accept-language': 'de-DE, fr;q=0.3' });
    expect(fr.headers.get('location')).toBe('/fr/');
    expect((await get('/')).headers.get('location')).toBe('/fr/');
  });

  it.each([
    ['/fr/', 'fr', 'Dernières actualités'],
    ['/en/', 'en', 'Latest news'],
    ['/fr/actualites', 'fr', 'Actualités'],
    ['/en/news', 'en', 'News'],
    ['/fr/secteurs/space', 'fr', 'Secteur space'],
    ['/en/sectors/aero', 'en', 'Sector aero'],
  ])('serves %s in %s', async (path, lang, text) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(text);
    expect(res.headers.get('content-language')).toBe(lang);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:3000\//);
  });

  it('paginates the news by 12 with previous, next and page numbers', async () => {
    const page1 = await (await get('/fr/actualites')).text();
    expect(page1.match(/<article class="card"/g)).toHaveLength(12);
    expect(page1).toContain('href="/fr/actualites?page=2" rel="next"');
    const page3 = await (await get('/fr/actualites?page=3')).text();
    expect(page3.match(/<article class="card"/g)).toHaveLength(2);
    expect(page3).toContain('href="/fr/actualites?page=2" rel="prev"');
    expect(page3).toContain('aria-current="page"');
  });

  it.each([
    ['/fr/actualites?page=4', 404],
    ['/fr/actualites?page=99999', 404],
    ['/fr/actualites?page=0', 400],
    ['/fr/actualites?page=-1', 400],
    ['/fr/actualites?page=abc', 400],
    ['/en/news?page=1.5', 400],
    ['/en/sectors/space?page=abc', 400],
    ['/en/sectors/space?page=999', 404],
    ['/fr/secteurs/nope', 404],
    ['/fr/actualites/nope', 404],
    ['/de/', 404],
    ['/fr/nothing/here', 404],
  ])('%s answers %i with an error page, never 500', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const html = await res.text();
    expect(html).toContain('class="container section error-page"');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('renders the error page in the request’s language', async () => {
    expect(await (await get('/en/news/nope')).text()).toContain('Page not found');
    expect(await (await get('/fr/actualites/nope')).text()).toContain('Page introuvable');
  });

  it('shows every part of an article and its related news', async () => {
    const res = await get('/fr/actualites/une-delegation-dasie-centrale-a-redu');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Une délégation d’Asie centrale à Redu</h1>');
    expect(html).toContain('Projet Team Europe – mené par Expertise France');
    expect(html).toContain('Global Gateway – Zhaina Sultanova');
    expect(html).toContain('<h2>Le matin</h2>');
    expect(html).toContain('href="/fr/secteurs/defence"');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} \S+ \d{4}<\/time>/);
  });

  it('signs an article in JSON-LD with the person of the directory its credit line names', async () => {
    const ld = (html: string) =>
      [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]!) as { '@type': string; author: unknown; creditText: string })
        .find((d) => d['@type'] === 'NewsArticle')!;
    const signed = ld(await (await get('/fr/actualites/un-entretien-signe')).text());
    expect(signed.author).toEqual([
      {
        '@type': 'Person',
        name: 'Dr Léa Moreau',
        url: 'http://localhost:3000/fr/personnes/lea-moreau',
      },
    ]);
    expect(signed.creditText).toBe('Texte : Léa Moreau');
    // A line naming nobody of the directory: the cluster signs, the line stays as creditText.
    const unsigned = ld(
      await (await get('/fr/actualites/une-delegation-dasie-centrale-a-redu')).text(),
    );
    expect(unsigned.author).toMatchObject({ '@type': 'Organization', name: 'Skywin Wallonie' });
    expect(unsigned.creditText).toBe('Global Gateway – Zhaina Sultanova');
  });

  it('shows the French text with a notice under the English URL, and links the switcher to it', async () => {
    const fr = await (await get('/fr/actualites/une-delegation-dasie-centrale-a-redu')).text();
    expect(fr).toContain('href="/en/news/une-delegation-dasie-centrale-a-redu"');
    const res = await get('/en/news/une-delegation-dasie-centrale-a-redu');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('This article is available in French only.');
    expect(html).toContain('<article class="article" lang="fr">');
  });

  it('links the switcher to the same article in the other language', async () => {
    const html = await (await get('/fr/actualites/article-numero-1')).text();
    const en = /<ul class="lang-switch"[^]*?href="([^"]+)"/.exec(html)?.[1];
    expect(en).toMatch(/^\/en\/news\/article-number-\d+$/);
  });

  it('never shows a draft publicly', async () => {
    expect((await get('/fr/actualites/texte-en-brouillon')).status).toBe(404);
    expect(await (await get('/fr/actualites?page=1')).text()).not.toContain('Texte en brouillon');
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/fr/actualites');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toContain('max-age=');
    const again = await get('/fr/actualites', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends security headers with a CSP that forbids inline scripts', async () => {
    const res = await get('/fr/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toBeTruthy();
    // No inline script; JSON-LD data blocks are never executed (test/e2e/structured-data.test.ts).
    expect(await res.text()).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))/);
  });

  it('drops ?page= on an article and normalises trailing slashes with 301', async () => {
    const res = await get('/fr/actualites/article-numero-1?page=2');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/fr/actualites/article-numero-1');
    const slash = await get('/fr/actualites/?page=2');
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/fr/actualites?page=2');
    expect((await get('/fr')).headers.get('location')).toBe('/fr/');
  });

  it('reports health with the database', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('serves the stylesheet', async () => {
    const res = await get('/assets/site.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
  });
});

describe('entity links in an article body', () => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    t = await sqlite.open();
    const services = makeServices(t.database);
    await makeSectors(t.database);
    // An organisation first named in a subheading, then by its acronym in the prose.
    await makeOrganisation(t.database, {
      slug: 'nbf',
      name: 'Nouvelle Brasserie Fictive',
      acronym: 'NBF',
    });
    await makeArticle(services, {
      sectorSlugs: ['space'],
      publishedAt: daysAgo(2),
      translations: {
        fr: {
          title: 'Une brasserie à Gosselies',
          body: '## Nouvelle Brasserie Fictive\n\nLa NBF ouvre un atelier à Gosselies.',
        },
      },
    });
    const found = await services.articles.getArticlePage('fr', 'une-brasserie-a-gosselies');
    if (found.kind !== 'article') throw new Error('the article should be public');
    for (const m of await services.linking.detectMentions(found.article.translationId))
      if (m.entityType === 'organisation') await services.linking.confirmMention(m.id);
    app = makeApp(t.database);
  });
  afterAll(() => t.cleanup());

  const get = (path: string) => app.request(path);

  it('links a confirmed organisation at its first occurrence in prose, not in its subheading', async () => {
    const page = await (await get('/fr/actualites/une-brasserie-a-gosselies')).text();
    expect(page).toContain('<h2>Nouvelle Brasserie Fictive</h2>');
    expect(page).toContain(
      '<p>La <a class="entity-link" href="/fr/organisations/nbf">NBF</a> ouvre un atelier',
    );
  });
});
