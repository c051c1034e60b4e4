// What page routes share: the services, and how to build a PageContext for a request.
import type { Context } from 'hono';
import type { ArticleEditorService } from '../articles/article-editor.service.js';
import type { ArticleService } from '../articles/article.service.js';
import type { MentionReviewService } from '../articles/mention-review.service.js';
import type { Config } from '../config.js';
import type { EcosystemService } from '../ecosystem/ecosystem.service.js';
import type { EventService } from '../events/event.service.js';
import type { FeedService } from '../feeds/feed.service.js';
import { localeInfo, locales, translator } from '../i18n/locales.js';
import type { LinkingService } from '../linking/linking.service.js';
import type { MediaService } from '../media/media.service.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { PersonService } from '../people/person.service.js';
import type { ProjectService } from '../projects/project.service.js';
import type { SearchService } from '../search/search.service.js';
import type { SectorService } from '../sectors/sector.service.js';
import type { AccountServices } from '../users/account.services.js';
import type { SitemapService } from '../seo/sitemap.service.js';
import type { PageContext } from '../views/context.js';
import type { PageStore } from './page-store.js';
import type { WebhookService } from '../webhooks/webhook.service.js';
import type { DirectoryEditors } from '../directory/directory.services.js';

/** Every feature's service; accounts (users, auth, audit) come from src/users. */
export interface Services extends AccountServices {
  articles: ArticleService;
  sectors: SectorService;
  events: EventService;
  organisations: OrganisationService;
  people: PersonService;
  projects: ProjectService;
  ecosystem: EcosystemService;
  linking: LinkingService;
  search: SearchService;
  media: MediaService;
  articleEditor: ArticleEditorService;
  mentionReview: MentionReviewService;
  feeds: FeedService;
  sitemap: SitemapService;
  /** Rendered public pages in memory; contentChanged() after every write a page shows. */
  pages: PageStore;
  /** Webhooks: registered receivers, enqueueing (entityChanged for directory editors), delivery. */
  webhooks: WebhookService;
  /** The directory editors (organisations, people, events, projects, sectors), by admin path. */
  directory: DirectoryEditors;
}

export interface Site {
  config: Pick<Config, 'baseUrl'>;
  services: Services;
}

/** Builds the context of a page; `alternates` maps every locale to this page's path in it. */
export async function pageContext(
  site: Site,
  c: Context,
  locale: string,
  alternates: Record<string, string> | ((locale: string) => string),
): Promise<PageContext> {
  const sectors = await site.services.sectors.listSectors(locale);
  const alt =
    typeof alternates === 'function'
      ? Object.fromEntries(locales.map((l) => [l.code, alternates(l.code)]))
      : alternates;
  c.header('Content-Language', locale);
  return {
    locale,
    tag: localeInfo(locale).tag,
    t: translator(locale),
    baseUrl: site.config.baseUrl,
    path: c.req.path,
    alternates: alt,
    sectors: sectors.map((s) => ({ slug: s.slug, name: s.name })),
  };
}
