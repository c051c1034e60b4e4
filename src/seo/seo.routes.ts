// /sitemap.xml (an index of numbered children past the URL limit), its children, /robots.txt.
import { Hono } from 'hono';
import type { AppEnv } from '../kernel/auth.js';
import { publicPageCache } from '../http/cache.js';
import type { SitemapService } from './sitemap.service.js';
import { renderIndex, renderUrlSet, sitemapUrlLimit } from './sitemap.xml.js';
import type { SitemapUrl } from './sitemap.service.js';

export interface SeoRouteOptions {
  /** URLs per sitemap file; tests lower it to see the index. */
  sitemapLimit?: number;
}

const xmlType = 'application/xml; charset=utf-8';

export function robotsTxt(baseUrl: string): string {
  return [
    // No `Allow: /`: parsers that take the first matching rule would let it open /admin too.
    'User-agent: *',
    'Disallow: /admin',
    'Disallow: /api',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

export function seoRoutes(
  site: { baseUrl: string; sitemap: SitemapService },
  options: SeoRouteOptions = {},
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limit = options.sitemapLimit ?? sitemapUrlLimit;
  const { baseUrl } = site;
  const chunks = (urls: SitemapUrl[]) => {
    const out: SitemapUrl[][] = [];
    for (let i = 0; i < urls.length; i += limit) out.push(urls.slice(i, i + limit));
    return out;
  };
  const latest = (urls: SitemapUrl[]) =>
    urls.reduce<string | null>(
      (max, u) => (u.lastmod !== null && (max === null || u.lastmod > max) ? u.lastmod : max),
      null,
    );

  app.use('/sitemap.xml', publicPageCache());
  app.use('/sitemap-*', publicPageCache());
  app.use('/robots.txt', publicPageCache());

  app.get('/sitemap.xml', async (c) => {
    const urls = await site.sitemap.listUrls();
    if (urls.length <= limit)
      return c.body(renderUrlSet(urls, baseUrl), 200, { 'Content-Type': xmlType });
    const children = chunks(urls).map((part, i) => ({
      path: `/sitemap-${i + 1}.xml`,
      lastmod: latest(part),
    }));
    return c.body(renderIndex(children, baseUrl), 200, { 'Content-Type': xmlType });
  });

  app.get('/:file{sitemap-[1-9][0-9]{0,5}\\.xml}', async (c) => {
    const n = Number(/\d+/.exec(c.req.param('file'))![0]);
    const urls = await site.sitemap.listUrls();
    const parts = urls.length > limit ? chunks(urls) : [];
    const part = parts[n - 1];
    if (!part) return c.notFound();
    return c.body(renderUrlSet(part, baseUrl), 200, { 'Content-Type': xmlType });
  });

  app.get('/robots.txt', (c) =>
    c.body(robotsTxt(baseUrl), 200, { 'Content-Type': 'text/plain; charset=utf-8' }),
  );
  return app;
}
