// HTML routes of the agenda: upcoming and past events with filters, an event's page, its .ics.
import type { EventService } from './event.service.js';
import type { NewsReader } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { parseQuery } from '../kernel/query.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { localeInfo, translator } from '../i18n/locales.js';
import { paths, segment } from '../i18n/paths.js';
import { Pagination } from '../views/components.js';
import { EventItem, FilterForm, FilterSelect, ResultCount } from '../views/directory.js';
import { Layout } from '../views/layout.js';
import { EventPage } from './event.views.js';
import { eventCalendar } from './event.ics.js';
import { eventFilterSchema, eventKinds } from './event.schema.js';

/** What these pages read. */
export interface EventPagesDeps extends SiteShell {
  events: EventService;
  articles: NewsReader;
}

/** The routes of every locale, as one sub-app. */
export function eventPages(site: EventPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerEventPages(app, site, code);
  return app;
}

function registerEventPages(app: Hono<AppEnv>, site: EventPagesDeps, locale: string): void {
  const base = `/${locale}/${segment(locale, 'events')}`;

  app.get(base, async (c) => {
    const page = pageParam(c.req.query('page'));
    const filter = parseQuery(eventFilterSchema, c.req.query());
    const [{ items, page: info }, years] = await Promise.all([
      site.events.listEvents(locale, filter, page),
      site.events.listEventYears(filter.when),
    ]);
    // `when=upcoming` is the default: left out of URLs so each list has one address.
    const query = { ...filter, when: filter.when === 'past' ? 'past' : undefined };
    const ctx = await pageContext(site, c, locale, (l) => paths.events(l, { ...query, page }));
    const { t } = ctx;
    const past = filter.when === 'past';
    const heading = past ? t('events.pastTitle') : t('events.title');
    const tab = (when: 'upcoming' | 'past') =>
      paths.events(locale, when === 'past' ? { when } : {});
    return c.html(
      <Layout
        ctx={ctx}
        title={page > 1 ? t('events.pageTitle', { title: heading, page }) : heading}
        description={t('events.intro')}
        canonical={paths.events(locale, { ...query, page })}
      >
        <div class="page-head">
          <div class="container">
            <h1>{heading}</h1>
            <p class="lead">{t('events.intro')}</p>
          </div>
        </div>
        <div class="container section">
          <nav class="tabs" aria-label={t('events.period')}>
            <ul>
              <li>
                <a href={tab('upcoming')} aria-current={past ? undefined : 'page'}>
                  {t('events.upcoming')}
                </a>
              </li>
              <li>
                <a href={tab('past')} aria-current={past ? 'page' : undefined}>
                  {t('events.past')}
                </a>
              </li>
            </ul>
          </nav>
          <FilterForm ctx={ctx} action={paths.events(locale)} reset={tab(filter.when)}>
            {past ? <input type="hidden" name="when" value="past" /> : null}
            <FilterSelect
              name="sector"
              all={t('filters.allSectors')}
              label={t('filters.sector')}
              value={filter.sector}
              options={ctx.sectors.map((s) => ({ value: s.slug, label: s.name }))}
            />
            <FilterSelect
              name="kind"
              all={t('filters.allKinds')}
              label={t('filters.kind')}
              value={filter.kind}
              options={eventKinds.map((k) => ({ value: k, label: t(`event.kind.${k}`) }))}
            />
            <FilterSelect
              name="year"
              all={t('filters.allYears')}
              label={t('filters.year')}
              value={filter.year === undefined ? undefined : String(filter.year)}
              options={(past ? [...years].reverse() : years).map((y) => ({
                value: String(y),
                label: String(y),
              }))}
            />
          </FilterForm>
          <ResultCount ctx={ctx} count={info.total} />
          {items.length === 0 ? (
            <p>{past ? t('events.emptyPast') : t('events.emptyUpcoming')}</p>
          ) : (
            <ul class="event-list agenda">
              {items.map((event) => (
                <EventItem ctx={ctx} event={event} headingLevel={2}>
                  {event.summary ? <p class="event-summary">{event.summary}</p> : null}
                </EventItem>
              ))}
            </ul>
          )}
          <Pagination
            info={info}
            ctx={ctx}
            href={(p) => paths.events(locale, { ...query, page: p })}
          />
        </div>
      </Layout>,
    );
  });

  // Registered before /:slug, which would otherwise take « slug.ics » as a slug.
  app.get(`${base}/:file{[^/]+\\.ics}`, async (c) => {
    const slug = c.req.param('file').replace(/\.ics$/, '');
    const moved = await site.events.findEventMove(locale, slug);
    if (moved) return c.redirect(paths.eventCalendar(locale, moved), 301);
    const event = await site.events.getEventPage(locale, slug);
    const body = eventCalendar(event, {
      url: site.baseUrl + paths.event(locale, event.slug),
      tag: localeInfo(locale).tag,
      online: translator(locale)('event.online'),
    });
    c.header('Content-Language', locale);
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      // The stored slug, never the raw parameter, goes into the header.
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
    });
  });

  app.get(`${base}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const page = pageParam(c.req.query('page'));
    // An old address or another locale's moves to this locale's.
    const moved = await site.events.findEventMove(locale, slug);
    if (moved) return c.redirect(paths.event(locale, moved, page), 301);
    const event = await site.events.getEventPage(locale, slug);
    const news = await site.articles.listNewsMentioning(locale, 'event', event.id, page);
    // Events store no picture: the hero of the newest article about it stands in, the same on
    // every page of its news.
    const newest =
      page === 1 ? news : await site.articles.listNewsMentioning(locale, 'event', event.id, 1);
    const image = newest.items.find((a) => a.heroUrl)?.heroUrl ?? null;
    const slugIn = await site.events.eventPathSlugs(event);
    const ctx = await pageContext(site, c, locale, (l) => paths.event(l, slugIn(l), page));
    return c.html(<EventPage ctx={ctx} event={event} news={news} page={page} image={image} />);
  });
}
