// Sitemap protocol 0.9 with xhtml:link hreflang alternates, and the index that splits a large
// sitemap into numbered children (at most 50,000 URLs each).
import { w3cDate, xmlEscape } from '../feeds/xml.js';
import type { SitemapUrl } from './sitemap.service.js';

/** The protocol's limit of URLs per sitemap file. */
export const sitemapUrlLimit = 50_000;

const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xhtml = 'http://www.w3.org/1999/xhtml';

export function renderUrlSet(urls: SitemapUrl[], baseUrl: string): string {
  const body = urls.map((u) =>
    [
      '<url>',
      `<loc>${xmlEscape(baseUrl + u.path)}</loc>`,
      u.lastmod ? `<lastmod>${w3cDate(u.lastmod)}</lastmod>` : '',
      ...Object.entries(u.alternates).map(
        ([lang, path]) =>
          `<xhtml:link rel="alternate" hreflang="${xmlEscape(lang)}" href="${xmlEscape(baseUrl + path)}"/>`,
      ),
      '</url>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${ns}" xmlns:xhtml="${xhtml}">`,
    ...body,
    '</urlset>',
    '',
  ].join('\n');
}

export function renderIndex(children: { path: string; lastmod: string | null }[], baseUrl: string) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${ns}">`,
    ...children.map(
      (c) =>
        `<sitemap><loc>${xmlEscape(baseUrl + c.path)}</loc>${c.lastmod ? `<lastmod>${w3cDate(c.lastmod)}</lastmod>` : ''}</sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
}
