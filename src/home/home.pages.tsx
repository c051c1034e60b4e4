// The home page: presentation of the cluster, latest news, sectors and upcoming events.
import type { SectorService } from '../sectors/sector.service.js';
import type { ArticleService } from '../articles/article.service.js';
import type { EventService } from '../events/event.service.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { formatDayMonth, formatLongDate } from '../lib/dates.js';
import { paths } from '../i18n/paths.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { ArticleCardView } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { homeJsonLd } from '../views/json-ld.js';

const latestCount = 7;

/** What these pages read. */
export interface HomePagesDeps extends SiteShell {
  sectors: SectorService;
  articles: ArticleService;
  events: EventService;
}

/** The routes of every locale, as one sub-app. */
export function homePages(site: HomePagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerHomePage(app, site, code);
  return app;
}

function registerHomePage(app: Hono<AppEnv>, site: HomePagesDeps, locale: string): void {
  app.get(`/${locale}/`, async (c) => {
    const [news, sectors, events] = await Promise.all([
      site.articles.listNews(locale, 1, { pageSize: latestCount }).catch(() => ({ items: [] })),
      site.sectors.listSectors(locale),
      site.events.listUpcoming(locale, 3),
    ]);
    const ctx = await pageContext(site, c, locale, (l) => paths.home(l));
    const { t } = ctx;
    const [lead, ...rest] = news.items;
    return c.html(
      <Layout
        ctx={ctx}
        title={t('site.name')}
        canonical={paths.home(locale)}
        jsonLd={homeJsonLd(ctx)}
      >
        <section class="hero-band" aria-labelledby="home-title">
          <div class="container hero-band-inner">
            <h1 id="home-title">{t('home.title')}</h1>
            <p class="lead">{t('home.intro')}</p>
            <p>
              <a class="button" href={paths.news(locale)}>
                {t('home.allNews')}
              </a>
            </p>
          </div>
        </section>

        <section class="container section" aria-labelledby="latest-title">
          <div class="section-head">
            <h2 id="latest-title" class="section-title">
              {t('home.latest')}
            </h2>
            <a class="more" href={paths.news(locale)}>
              {t('home.allNews')} <span aria-hidden="true">→</span>
            </a>
          </div>
          {lead ? (
            <div class="card-grid featured">
              <ArticleCardView card={lead} ctx={ctx} headingLevel={3} />
              {rest.map((card) => (
                <ArticleCardView card={card} ctx={ctx} headingLevel={3} />
              ))}
            </div>
          ) : (
            <p>{t('news.empty')}</p>
          )}
        </section>

        <section class="band" aria-labelledby="sectors-title">
          <div class="container section">
            <h2 id="sectors-title" class="section-title">
              {t('home.sectors')}
            </h2>
            <ul class="sector-grid">
              {sectors.map((s) => (
                <li class={`sector-tile sector-${s.slug}`}>
                  <h3>
                    <a href={paths.sector(locale, s.pathSlug)}>{s.name}</a>
                  </h3>
                  <p>{s.description}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        {events.length > 0 ? (
          <section class="container section" aria-labelledby="events-title">
            <h2 id="events-title" class="section-title">
              {t('home.upcoming')}
            </h2>
            <ul class="event-list">
              {events.map((e) => {
                const d = formatDayMonth(e.starts_at, ctx.tag, e.time_zone);
                return (
                  <li class="event-item" lang={e.locale !== locale ? e.locale : undefined}>
                    <p class="event-date" aria-hidden="true">
                      <span class="day">{d.day}</span>
                      <span class="month">{d.month}</span>
                    </p>
                    <div>
                      <h3>
                        <a href={paths.event(locale, e.slug)}>{e.title}</a>
                      </h3>
                      <p class="event-meta" lang={locale}>
                        <time datetime={e.starts_at}>
                          {formatLongDate(e.starts_at, ctx.tag, e.time_zone)}
                        </time>
                        {e.city ? ` · ${e.city}` : ''} · {t(`event.kind.${e.kind}`)}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
      </Layout>,
    );
  });
}
