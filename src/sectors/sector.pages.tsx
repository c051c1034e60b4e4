// HTML route of a sector: its name, description and paginated news.
import type { SectorService } from './sector.service.js';
import type { NewsReader } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { paths, segment } from '../i18n/paths.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { ArticleCardView, Pagination } from '../views/components.js';
import { Layout } from '../views/layout.js';

/** What these pages read. */
export interface SectorPagesDeps extends SiteShell {
  sectors: SectorService;
  articles: NewsReader;
}

/** The routes of every locale, as one sub-app. */
export function sectorPages(site: SectorPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerSectorPages(app, site, code);
  return app;
}

function registerSectorPages(app: Hono<AppEnv>, site: SectorPagesDeps, locale: string): void {
  app.get(`/${locale}/${segment(locale, 'sectors')}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const page = pageParam(c.req.query('page'));
    const { sector, moved } = await site.sectors.resolveSector(slug, locale);
    // A key or another locale's address (an old address included) moves to this locale's.
    if (moved) return c.redirect(paths.sector(locale, sector.pathSlug, page), 301);
    const slugIn = await site.sectors.pathSlugsOf(sector);
    const { items, page: info } = await site.articles.listNews(locale, page, {
      sectorId: sector.id,
    });
    const ctx = await pageContext(site, c, locale, (l) => paths.sector(l, slugIn(l), page));
    const { t } = ctx;
    return c.html(
      <Layout
        ctx={ctx}
        title={page > 1 ? `${sector.name} – ${t('pagination.page', { page })}` : sector.name}
        description={sector.description}
        canonical={paths.sector(locale, slug, page)}
        sectorFeed={{ slug: sector.pathSlug, name: sector.name }}
      >
        <div class={`page-head sector-head sector-${sector.slug}`}>
          <div class="container">
            <p class="eyebrow">{t('sectors.title')}</p>
            <h1>{sector.name}</h1>
            {sector.description ? <p class="lead">{sector.description}</p> : null}
          </div>
        </div>
        <section class="container section" aria-labelledby="sector-news">
          <h2 id="sector-news" class="section-title">
            {t('sector.news', { name: sector.name })}
          </h2>
          {items.length === 0 ? (
            <p>{t('sector.empty')}</p>
          ) : (
            <div class="card-grid">
              {items.map((card) => (
                <ArticleCardView card={card} ctx={ctx} headingLevel={3} />
              ))}
            </div>
          )}
          <Pagination info={info} ctx={ctx} href={(p) => paths.sector(locale, slug, p)} />
        </section>
      </Layout>,
    );
  });
}
