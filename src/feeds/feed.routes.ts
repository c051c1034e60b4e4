// Routes of the feeds: RSS, Atom and JSON Feed per locale and per sector, and the calendar of
// every upcoming event. Cached like pages (the /:locale/* middleware adds ETag and max-age).
import type { SiteShell } from '../views/page-context.js';
import type { FeedService } from './feed.service.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono, type Context } from 'hono';
import { calendarEventOf } from '../events/event.ics.js';
import { localeInfo, translator } from '../i18n/locales.js';
import { paths, segment } from '../i18n/paths.js';
import { renderAtom } from './atom.js';
import { feedDocument } from './feed.document.js';
import { feedFiles, feedTypes, type FeedFormat } from '../i18n/feed-paths.js';
import { buildCalendar } from '../lib/ical.js';
import { renderJsonFeed } from './json-feed.js';
import { renderRss } from './rss.js';

const render: Record<FeedFormat, (doc: ReturnType<typeof feedDocument>) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

const formats = Object.keys(feedFiles) as FeedFormat[];

/** What these pages read. */
export interface FeedRoutesDeps extends SiteShell {
  feeds: FeedService;
}

/** The routes of every locale, as one sub-app. */
export function feedRoutes(site: FeedRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerFeeds(app, site, code);
  return app;
}

function registerFeeds(app: Hono<AppEnv>, site: FeedRoutesDeps, locale: string): void {
  const respond = async (c: Context, format: FeedFormat, sectorSlug?: string) => {
    const { sector, entries } = await site.feeds.latest(locale, sectorSlug);
    const doc = feedDocument({
      baseUrl: site.baseUrl,
      locale,
      sector,
      entries,
      now: site.feeds.now(),
    });
    c.header('Content-Language', locale);
    // Feed readers keep Last-Modified for their next If-Modified-Since (the ETag is the check
    // that decides here): the latest change among the entries.
    if (entries.length) c.header('Last-Modified', new Date(doc.updated).toUTCString());
    return c.body(render[format](doc), 200, {
      'Content-Type': `${feedTypes[format]}; charset=utf-8`,
    });
  };

  for (const format of formats) {
    app.get(`/${locale}/${feedFiles[format]}`, (c) => respond(c, format));
    app.get(`/${locale}/${segment(locale, 'sectors')}/:slug/${feedFiles[format]}`, (c) =>
      respond(c, format, c.req.param('slug')),
    );
  }

  app.get(`/${locale}/${segment(locale, 'events')}.ics`, async (c) => {
    const events = await site.feeds.upcomingEvents(locale);
    const t = translator(locale);
    const languages = new Set(events.map((e) => e.contentLocale));
    const body = buildCalendar({
      prodId: '-//Constellation//Agenda//EN',
      ...(languages.size === 1 ? { language: [...languages][0]! } : {}),
      events: events.map((event) =>
        calendarEventOf(event, {
          url: site.baseUrl + paths.event(locale, event.slug),
          tag: localeInfo(locale).tag,
          online: t('event.online'),
        }),
      ),
    });
    c.header('Content-Language', locale);
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${segment(locale, 'events')}.ics"`,
    });
  });
}
