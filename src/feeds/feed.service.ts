// What the feeds publish: the latest public articles of a locale (or of one sector) as the news
// list shows them, with their bodies and hero images, and the upcoming events for the calendar.
import type { ArticleCard } from '../views/cards.js';
import type { ArticleService } from '../articles/article.service.js';
import type { EventView } from '../events/event.presenter.js';
import type { EventService } from '../events/event.service.js';
import type { SectorService } from '../sectors/sector.service.js';
import type { FeedRepository } from './feed.repository.js';

/** Entries per feed. */
export const feedSize = 20;
/** Upper bound of the events a calendar holds (an agenda has far fewer upcoming events). */
export const calendarLimit = 500;

export interface FeedEntry extends ArticleCard {
  bodyHtml: string;
  creditLine: string;
  /** Latest change of the article or of the translation shown. */
  updatedAt: string;
  hero: { mimeType: string; byteSize: number; width: number; height: number } | null;
}

export interface FeedServiceDeps {
  articles: ArticleService;
  sectors: SectorService;
  events: EventService;
  feeds: FeedRepository;
  now: () => Date;
}

export function feedService(deps: FeedServiceDeps) {
  return {
    now: () => deps.now().toISOString(),

    /** The latest public articles in `locale`'s view, newest first; an unknown sector is not found. */
    async latest(
      locale: string,
      sectorSlug?: string,
    ): Promise<{
      sector: { slug: string; name: string; description: string } | null;
      entries: FeedEntry[];
    }> {
      // Any address of the sector finds its feed; the feed names the address in `locale`.
      const sector = sectorSlug
        ? (await deps.sectors.resolveSector(sectorSlug, locale)).sector
        : null;
      const { items } = await deps.articles.listNews(locale, 1, {
        pageSize: feedSize,
        ...(sector ? { sectorId: sector.id } : {}),
      });
      const details = await deps.feeds.listEntryDetails(items.map((c) => c.id));
      const entries = items.flatMap((card): FeedEntry[] => {
        const d = details.find((r) => r.article_id === card.id && r.locale === card.contentLocale);
        if (!d) return [];
        return [
          {
            ...card,
            bodyHtml: d.body_html,
            creditLine: d.credit_line,
            updatedAt:
              d.translation_updated_at > d.article_updated_at
                ? d.translation_updated_at
                : d.article_updated_at,
            hero:
              card.heroUrl && d.hero_mime_type
                ? {
                    mimeType: d.hero_mime_type,
                    byteSize: d.hero_byte_size ?? 0,
                    width: d.hero_width ?? 0,
                    height: d.hero_height ?? 0,
                  }
                : null,
          },
        ];
      });
      return {
        sector: sector
          ? { slug: sector.pathSlug, name: sector.name, description: sector.description }
          : null,
        entries,
      };
    },

    /** Every event not yet over, soonest first, with its itinerary and programme. */
    async upcomingEvents(locale: string): Promise<EventView[]> {
      const { items } = await deps.events.listEvents(
        locale,
        { when: 'upcoming' },
        1,
        calendarLimit,
      );
      return Promise.all(items.map((e) => deps.events.getEventPage(locale, e.slug)));
    },
  };
}

export type FeedService = ReturnType<typeof feedService>;
