// Sitemap, robots.txt, sharing tags, feed autodiscovery, JSON-LD and legacy redirects over HTTP on
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- JSON-LD is read back as untyped JSON */
// the demo content; the sitemap index with a small injected limit.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { demoSite, pageReader } from '../../test/support/site.js';
import { seoRoutes } from './seo.routes.js';

const base = 'http://localhost:3000';
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name),
});

interface SitemapUrlNode {
  loc: string;
  lastmod?: string;
  'xhtml:link': { rel: string; hreflang: string; href: string }[];
}

/** JSON-LD objects of a page, parsed from its script elements. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}
const ofType = (html: string, type: string) => {
  const found = jsonLdOf(html).find((d) => d['@type'] === type);
  expect(found, `${type} JSON-LD`).toBeDefined();
  expect(found!['@context']).toBe('https://schema.org');
  return found as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe.each(testDialects())('SEO and sharing on $name', (dialect) => {
  const site = demoSite(dialect, 'seo');

  const { html } = pageReader(site);

  describe('sitemap.xml', () => {
    let urls: SitemapUrlNode[];
    let text: string;

    beforeAll(async () => {
      const res = await site.app.request('/sitemap.xml');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(res.headers.get('etag')).toBeTruthy();
      expect(res.headers.get('cache-control')).toContain('max-age=60');
      text = await res.text();
      urls = (xml.parse(text) as { urlset: { url: SitemapUrlNode[] } }).urlset.url;
    });

    it('declares the sitemap and xhtml namespaces', () => {
      expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
      const root = xml.parse(text) as { urlset: Record<string, unknown> };
      expect(root.urlset.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(root.urlset['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    });

    it('lists every public page once, in both languages', async () => {
      const locs = urls.map((u) => u.loc);
      expect(new Set(locs).size).toBe(locs.length);
      for (const path of [
        '/fr/',
        '/en/',
        '/fr/actualites',
        '/en/news',
        '/fr/secteurs/spatial',
        '/en/sectors/drone',
        '/fr/actualites/delegation-asie-centrale-redu-liege',
        '/fr/organisations',
        '/en/organisations/centre-spatial-de-liege',
        '/fr/personnes/jean-pierre-chisogne',
        '/en/people',
        '/fr/agenda/delegation-asie-centrale-2025',
        '/en/events',
        '/en/projects/thermocomp',
        '/fr/projets',
        '/fr/ecosysteme',
        '/en/ecosystem',
      ])
        expect(locs, path).toContain(base + path);
      // Count: 2 locales × (home, news, 4 sectors, 4 directory lists, ecosystem, every entity)
      // + one URL per published translation.
      const counts = await Promise.all(
        (['organisation', 'person', 'event', 'project'] as const).map(
          async (table) => (await site.database.db.selectFrom(table).select('id').execute()).length,
        ),
      );
      const translations = await site.database.db
        .selectFrom('article_translation')
        .select('id')
        .where('status', '=', 'published')
        .execute();
      const entities = counts.reduce((a, b) => a + b, 0);
      expect(urls).toHaveLength(2 * (2 + 4 + 4 + 1 + entities) + translations.length);
      // Every listed page answers 200.
      for (const u of urls.slice(0, 40)) await html(u.loc.replace(base, ''));
    });

    it('gives W3C lastmod dates', () => {
      for (const u of urls)
        expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });

    it('gives hreflang alternates for each locale plus x-default', () => {
      const org = urls.find((u) => u.loc === `${base}/en/organisations/centre-spatial-de-liege`)!;
      expect(org['xhtml:link'].map((l) => [l.rel, l.hreflang, l.href])).toEqual([
        ['alternate', 'fr', `${base}/fr/organisations/centre-spatial-de-liege`],
        ['alternate', 'en', `${base}/en/organisations/centre-spatial-de-liege`],
        ['alternate', 'x-default', `${base}/fr/organisations/centre-spatial-de-liege`],
      ]);
      for (const u of urls) {
        const langs = u['xhtml:link'].map((l) => l.hreflang);
        expect(langs, u.loc).toContain('x-default');
        // The page lists itself among its alternates.
        expect(
          u['xhtml:link'].map((l) => l.href),
          u.loc,
        ).toContain(u.loc);
      }
    });

    it('gives every page the same hreflang links in its head as the sitemap, reciprocally', async () => {
      const heads = new Map<string, string[]>();
      for (const u of urls) {
        const page = await html(u.loc.replace(base, ''));
        const head = page.slice(0, page.indexOf('</head>'));
        heads.set(
          u.loc,
          [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
            .map((m) => `${m[1]} ${m[2]}`)
            .sort(),
        );
        expect(heads.get(u.loc), u.loc).toEqual(
          u['xhtml:link'].map((l) => `${l.hreflang} ${l.href}`).sort(),
        );
      }
      // Reciprocal: each page named by a page names that page back.
      for (const [loc, links] of heads)
        for (const link of links.filter((l) => !l.startsWith('x-default'))) {
          const other = link.split(' ')[1]!;
          expect(heads.get(other), `${loc} → ${other}`).toContain(
            links.find((l) => l.endsWith(` ${loc}`)),
          );
        }
    });

    it('pairs the translations of an article, and lists an untranslated one once', () => {
      const articles = urls.filter((u) => /\/(actualites|news)\/./.test(u.loc));
      const translated = articles.find((u) => u.loc.includes('/en/news/'))!;
      const langs = translated['xhtml:link'].map((l) => l.hreflang);
      expect(langs).toEqual(['en', 'fr', 'x-default'].filter((l) => langs.includes(l)));
      expect(langs).toContain('fr');
      const frOnly = articles.filter((u) => u['xhtml:link'].length === 2);
      for (const u of frOnly) {
        expect(u.loc).toContain('/fr/actualites/');
        expect(u['xhtml:link'].map((l) => l.hreflang)).toEqual(['fr', 'x-default']);
      }
    });
  });

  it('splits the sitemap into an index of numbered children past the limit', async () => {
    const small = seoRoutes(
      { baseUrl: base, sitemap: site.services.sitemap },
      { sitemapLimit: 25 },
    );
    const all = await site.services.sitemap.listUrls();
    const res = await small.request('/sitemap.xml');
    expect(res.status).toBe(200);
    const index = (
      xml.parse(await res.text()) as {
        sitemapindex: { xmlns: string; sitemap: { loc: string; lastmod: string }[] };
      }
    ).sitemapindex;
    expect(index.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap).toHaveLength(Math.ceil(all.length / 25));
    let total = 0;
    for (const [i, child] of index.sitemap.entries()) {
      expect(child.loc).toBe(`${base}/sitemap-${i + 1}.xml`);
      expect(child.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const part = await small.request(`/sitemap-${i + 1}.xml`);
      expect(part.status).toBe(200);
      const set = xml.parse(await part.text()) as { urlset: { url: SitemapUrlNode[] } };
      expect(set.urlset.url.length).toBeLessThanOrEqual(25);
      total += set.urlset.url.length;
    }
    expect(total).toBe(all.length);
    expect((await small.request(`/sitemap-${index.sitemap.length + 1}.xml`)).status).toBe(404);
    // Below the limit there are no children.
    expect((await site.app.request('/sitemap-1.xml')).status).toBe(404);
  });

  it('serves robots.txt allowing all but /admin and /api, pointing to the sitemap', async () => {
    const res = await site.app.request('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lines = (await res.text()).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Disallow: /admin',
        'Disallow: /api',
        `Sitemap: ${base}/sitemap.xml`,
      ]),
    );
    // A first-match parser (as some crawlers are) closes /admin and /api and opens the rest.
    const firstMatch = (path: string) =>
      lines
        .map((l) => /^(Allow|Disallow): (.*)$/.exec(l))
        .find((m) => m && path.startsWith(m[2]!))?.[1] ?? 'Allow';
    expect(firstMatch('/admin/articles')).toBe('Disallow');
    expect(firstMatch('/api/v1/articles')).toBe('Disallow');
    expect(firstMatch('/fr/actualites')).toBe('Allow');
  });

  it('announces the locale feeds on every page and the sector feed on sector pages', async () => {
    for (const path of ['/fr/', '/en/news', '/fr/organisations/centre-spatial-de-liege']) {
      const page = await html(path);
      const locale = path.slice(1, 3);
      expect(page).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Skywin ${locale === 'fr' ? 'Wallonie – Actualités' : 'Wallonia – News'} (RSS)" href="${base}/${locale}/feed.xml"/>`,
      );
      expect(page).toContain(`type="application/atom+xml"`);
      expect(page).toContain(`href="${base}/${locale}/feed.json"`);
      expect(page).toContain(`type="text/calendar"`);
    }
    const sector = await html('/en/sectors/space');
    expect(sector).toContain(`href="${base}/en/sectors/space/feed.xml"`);
    expect(sector).toContain(`href="${base}/en/sectors/space/atom.xml"`);
    expect(sector).toContain(`href="${base}/en/sectors/space/feed.json"`);
    for (const href of [
      ...sector.matchAll(/<link rel="alternate" type="[^"]+" title="[^"]*" href="([^"]+)"/g),
    ].map((m) => m[1]!))
      expect((await site.app.request(href.replace(base, ''))).status, href).toBe(200);
  });

  it('gives an article OpenGraph and Twitter tags with its hero image', async () => {
    const page = await html('/fr/actualites/delegation-asie-centrale-redu-liege');
    expect(meta(page, 'property', 'og:type')).toEqual(['article']);
    const [image] = meta(page, 'property', 'og:image');
    expect(image).toMatch(new RegExp(`^${base}/media/`));
    expect(meta(page, 'property', 'og:locale')).toEqual(['fr_BE']);
    expect(meta(page, 'property', 'og:locale:alternate')).toEqual(['en_GB']);
    expect(meta(page, 'property', 'article:published_time')[0]).toMatch(/^2025-11-/);
    expect(meta(page, 'property', 'article:section')).toContain('Spatial');
    expect(meta(page, 'name', 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(page, 'name', 'twitter:image')).toEqual([image]);
    expect(meta(page, 'name', 'twitter:title')[0]).toContain('délégation');
    expect(meta(page, 'name', 'twitter:description')[0]!.length).toBeGreaterThan(20);
    const home = await html('/en/');
    // A page without an image of its own shares the site's card, a 1200×630 PNG.
    expect(meta(home, 'property', 'og:image')[0]).toMatch(
      new RegExp(`^${base}/assets/brand/share\\.png`),
    );
    expect(meta(home, 'property', 'og:image:width')).toEqual(['1200']);
    expect(meta(home, 'name', 'twitter:card')).toEqual(['summary']);
    expect(meta(home, 'property', 'og:locale')).toEqual(['en_GB']);
  });

  it('describes an article as a NewsArticle with its breadcrumb', async () => {
    const page = await html('/fr/actualites/delegation-asie-centrale-redu-liege');
    const a = ofType(page, 'NewsArticle');
    expect(a.headline).toContain('délégation');
    expect(a.datePublished).toMatch(/^2025-11-/);
    expect(Date.parse(a.dateModified as string)).not.toBeNaN();
    // The credit line names no person of the article: the cluster signs, the line is kept.
    expect(a.author).toMatchObject({ '@type': 'Organization', name: 'Skywin Wallonie' });
    expect(a.creditText).toBe('Global Gateway – Zhaina Sultanova');
    expect(a.publisher['@type']).toBe('Organization');
    expect(a.publisher.logo.url).toMatch(new RegExp(`^${base}/assets/brand/logo\\.png`));
    expect(a.image[0]).toMatch(new RegExp(`^${base}/media/`));
    expect(a.articleSection).toContain('Spatial');
    expect(a.mainEntityOfPage['@id']).toBe(
      `${base}/fr/actualites/delegation-asie-centrale-redu-liege`,
    );
    const mentioned = (a.mentions as { '@type': string; name: string }[]).map((m) => m.name);
    expect(mentioned).toEqual(expect.arrayContaining(['Centre Spatial de Liège', 'Kazakhstan']));
    expect(mentioned.some((n) => n.includes('Chisogne'))).toBe(true);
    const about = a.about as { '@type': string; url: string }[];
    expect(about.map((x) => x['@type'])).toEqual(expect.arrayContaining(['Event', 'Project']));
    const crumbs = ofType(page, 'BreadcrumbList');
    expect(crumbs.itemListElement.map((c: { position: number }) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.itemListElement[1].item).toBe(`${base}/fr/actualites`);
  });

  it('describes an event with offset dates, places, organisers and speakers', async () => {
    const page = await html('/en/events/central-asia-delegation-2025');
    const e = ofType(page, 'Event');
    expect(e.startDate).toMatch(/^2025-11-03T\d{2}:\d{2}:\d{2}\+01:00$/);
    expect(e.endDate).toMatch(/\+01:00$/);
    expect(e.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(e.location.length).toBeGreaterThanOrEqual(2);
    for (const place of e.location) {
      expect(place['@type']).toBe('Place');
      expect(place.address['@type']).toBe('PostalAddress');
    }
    expect(e.organizer.length).toBeGreaterThan(0);
    expect(e.organizer[0]['@type']).toBe('Organization');
    const performers = (e.performer as { name: string }[]).map((p) => p.name);
    expect(performers.some((n) => n.includes('Baijot'))).toBe(true);
    // Its picture is the hero of its recap article; no Offer, since no price is stored.
    expect(e.image[0]).toMatch(new RegExp(`^${base}/media/`));
    expect(e.offers).toBeUndefined();
    ofType(page, 'BreadcrumbList');
  });

  it('describes organisations and people with their roles', async () => {
    const org = ofType(await html('/fr/organisations/esec'), 'Organization');
    expect(org.name).toBeTruthy();
    expect(org.url).toBe(`${base}/fr/organisations/esec`);
    expect(org.parentOrganization.url).toBe(`${base}/fr/organisations/european-space-agency`);
    const person = ofType(await html('/en/people/jean-pierre-chisogne'), 'Person');
    expect(person.name).toContain('Chisogne');
    expect(person.jobTitle).toBeTruthy();
    expect(person.worksFor[0]['@type']).toBe('Organization');
    const crumbs = ofType(await html('/en/people/jean-pierre-chisogne'), 'BreadcrumbList');
    expect(crumbs.itemListElement.at(-1).item).toBe(`${base}/en/people/jean-pierre-chisogne`);
  });

  it('redirects legacy forms: ?page= on an article and trailing slashes', async () => {
    const article = await site.app.request(
      '/fr/actualites/delegation-asie-centrale-redu-liege?page=2',
    );
    expect(article.status).toBe(301);
    expect(article.headers.get('location')).toBe(
      '/fr/actualites/delegation-asie-centrale-redu-liege',
    );
    const slash = await site.app.request('/en/news/?page=2');
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/en/news?page=2');
    const deep = await site.app.request('/fr/organisations/centre-spatial-de-liege//');
    expect(deep.status).toBe(301);
    expect(deep.headers.get('location')).toBe('/fr/organisations/centre-spatial-de-liege');
    const root = await site.app.request('/fr');
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/fr/');
  });
});
