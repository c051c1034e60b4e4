// The demo content as a reader meets it: every page answers, every sector has news, every
// related block is full, and the delegation article shows its linked entities.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { demoSite, pageReader } from '../support/site.js';

describe.each(testDialects())('demo site on $name', (dialect) => {
  const site = demoSite(dialect, 'demo');

  const { html } = pageReader(site);
  const articleLinks = (page: string, locale: 'fr' | 'en') => [
    ...new Set(
      [...page.matchAll(new RegExp(`href="(/${locale}/(?:actualites|news)/[^"?]+)"`, 'g'))].map(
        (m) => m[1]!,
      ),
    ),
  ];

  it('gives every sector news and every article a full related block, in both languages', async () => {
    for (const locale of ['fr', 'en'] as const) {
      // Each sector at its address in the locale: French words on the French side.
      const sectorPaths =
        locale === 'fr'
          ? ['aeronautique', 'spatial', 'drones', 'defense'].map((s) => `/fr/secteurs/${s}`)
          : ['aero', 'space', 'drone', 'defence'].map((s) => `/en/sectors/${s}`);
      const urls = new Set<string>();
      for (const path of sectorPaths) {
        const page = await html(path);
        const links = articleLinks(page, locale);
        expect(links.length, path).toBeGreaterThanOrEqual(4);
        links.forEach((l) => urls.add(l));
      }
      for (const page of [1, 2])
        articleLinks(
          await html(`/${locale}/${locale === 'fr' ? 'actualites' : 'news'}?page=${page}`),
          locale,
        ).forEach((l) => urls.add(l));
      expect(urls.size).toBeGreaterThanOrEqual(16);
      for (const url of urls) {
        const res = await site.app.request(url);
        if (res.status === 301) continue; // an English URL of a French slug, redirected to its own
        expect(res.status, url).toBe(200);
        const page = await res.text();
        const related = page.split('id="related-title"')[1] ?? '';
        expect(related.match(/<article class="card"/g), `related of ${url}`).toHaveLength(3);
      }
    }
  });

  it('shows the delegation article with its facts, linked entities and « In this article »', async () => {
    const fr = await html('/fr/actualites/delegation-asie-centrale-redu-liege');
    for (const fact of [
      'Team Europe Initiative on Digital Connectivity in Central Asia',
      'Global Gateway – Zhaina Sultanova',
      '5 novembre 2025',
      'Kazakhstan',
    ]) {
      expect(fr).toContain(fact);
    }
    expect(fr).toContain('Dans cet article');
    expect(fr).toMatch(
      /<a class="entity-link" href="\/fr\/organisations\/[^"]+">Centre Spatial de Liège<\/a>/,
    );
    expect(fr).toMatch(
      /<a class="entity-link" href="\/fr\/personnes\/christian-baijot">Christian Baijot<\/a>/,
    );
    expect(fr.match(/>Christian Baijot<\/a>/g)!.length).toBe(2); // once in the body, once in the panel
    const redirect = await site.app.request('/en/news/delegation-asie-centrale-redu-liege');
    expect(redirect.status).toBe(301);
    const en = await html(redirect.headers.get('location')!);
    expect(en).toContain('In this article');
    expect(en).toContain('<html lang="en">');
    expect(en).not.toContain('available in French only');
  });

  it('shows an English-draft article in French under its English URL, with the notice', async () => {
    const list = await html('/en/news?page=2');
    const frOnly = [
      ...list.matchAll(/<article class="card" lang="fr">[^]*?href="(\/en\/news\/[^"]+)"/g),
    ].map((m) => m[1]!);
    expect(frOnly.length).toBeGreaterThan(0);
    const page = await html(frOnly[0]!);
    expect(page).toContain('This article is available in French only.');
  });

  it('lists upcoming events on the home page', async () => {
    const home = await html('/en/');
    expect(home).toContain('Upcoming events');
    expect(home.match(/class="event-item"/g)!.length).toBeGreaterThanOrEqual(1);
  });
});
