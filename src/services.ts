// The composition root: every service is built here, once, from the configuration and the
// database, and the same graph is handed to the HTTP app, the scheduler, the workers, the seed
// and the CLI. Features never build each other; what one needs of another arrives here.
import {
  defaultRateLimits,
  rateLimitService,
  type RateLimitPolicy,
} from './api/rate-limit.service.js';
import { rateLimitRepository } from './api/rate-limit.repository.js';
import { articleEditorService, type ArticleChange } from './articles/article-editor.service.js';
import { articleRepository } from './articles/article.repository.js';
import { articleKeysetRepository } from './articles/article-keyset.repository.js';
import { articleService } from './articles/article.service.js';
import { mentionReviewService } from './articles/mention-review.service.js';
import { suggestionEntities } from './articles/suggestion-entities.js';
import type { Database } from './db/database.js';
import { directoryEditorService } from './directory/directory-editor.service.js';
import type { DirectoryKind, DirectoryPath } from './directory/directory-kind.js';
import { ecosystemRepository } from './ecosystem/ecosystem.repository.js';
import { ecosystemService } from './ecosystem/ecosystem.service.js';
import { eventDetailsRepository } from './events/event-details.repository.js';
import { eventKind } from './events/event.editor.js';
import { eventRepository } from './events/event.repository.js';
import { eventKeysetRepository } from './events/event-keyset.repository.js';
import { eventService } from './events/event.service.js';
import { feedRepository } from './feeds/feed.repository.js';
import { feedService } from './feeds/feed.service.js';
import { createPageStore, type PageStore } from './http/page-store.js';
import { defaultLocale, locales } from './i18n/locales.js';
import { linkingServiceOver } from './linking/linking.service.js';
import { mediaRepository } from './media/media.repository.js';
import { mediaService } from './media/media.service.js';
import { diskMediaStore } from './media/media.storage.js';
import { organisationKind } from './organisations/organisation.editor.js';
import { organisationRepository } from './organisations/organisation.repository.js';
import { organisationKeysetRepository } from './organisations/organisation-keyset.repository.js';
import { organisationService } from './organisations/organisation.service.js';
import { personKind } from './people/person.editor.js';
import { personRepository } from './people/person.repository.js';
import { personKeysetRepository } from './people/person-keyset.repository.js';
import { personService } from './people/person.service.js';
import { projectKind } from './projects/project.editor.js';
import { projectRepository } from './projects/project.repository.js';
import { projectKeysetRepository } from './projects/project-keyset.repository.js';
import { projectService } from './projects/project.service.js';
import { redirectService } from './redirects/redirect.service.js';
import { searchService } from './search/search.service.js';
import { sectorKind } from './sectors/sector.editor.js';
import { sectorRepository } from './sectors/sector.repository.js';
import { sectorService } from './sectors/sector.service.js';
import { sitemapRepository } from './seo/sitemap.repository.js';
import { sitemapService } from './seo/sitemap.service.js';
import { accountServices } from './users/account.service.js';
import { auditRepository } from './users/audit.repository.js';
import { auditService } from './users/audit.service.js';
import { inboxService } from './inbox/inbox.service.js';
import { entityMergeService } from './inbox/entity-merge.service.js';
import type { Db } from './db/database.js';
import { webhookService } from './webhooks/webhook.service.js';

export interface ServiceOptions {
  database: Database;
  /** Public origin, for absolute links in webhooks and feeds. */
  baseUrl: string;
  /** Where uploaded media live; without it uploads are refused (tests that need none). */
  mediaDir?: string;
  /** Memory for rendered public pages, in MB (0: every request renders). */
  pageCacheMb?: number;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /**
   * The rendered-page store, when several graphs over one database must share it (tests that
   * write through one graph and read through another's app); made here otherwise.
   */
  pages?: PageStore;
  /** API rate limits (default: {@link defaultRateLimits}). */
  rateLimits?: RateLimitPolicy;
  /** Failures of background work that no request waits for (media variants, webhook queueing). */
  onBackgroundError?: (error: unknown, context: Record<string, unknown>, message: string) => void;
}

/** Every kind with a directory editor, by its admin path. */
export function directoryKinds(codes: readonly string[]): Record<DirectoryPath, DirectoryKind> {
  return {
    organisations: organisationKind(codes),
    people: personKind(codes),
    projects: projectKind(codes),
    sectors: sectorKind(codes),
    events: eventKind(codes),
  };
}

/** Builds the service graph over one database. */
export function createServices(options: ServiceOptions) {
  const { database, baseUrl } = options;
  const { db } = database;
  const now = options.now ?? (() => new Date());
  const codes = locales.map((l) => l.code);
  const report = options.onBackgroundError ?? (() => {});

  // Rendered public pages in memory: contentChanged() after every write a page shows.
  const pages =
    options.pages ??
    createPageStore(
      options.pageCacheMb === undefined ? {} : { maxBytes: options.pageCacheMb * 1024 * 1024 },
    );
  const media = mediaService({
    media: mediaRepository(db),
    store: options.mediaDir ? diskMediaStore(options.mediaDir) : undefined,
    locales: codes,
    now,
    onJobError: (mediaId, err) => report(err, { mediaId }, 'media variants could not be made'),
    onChanged: () => pages.contentChanged(),
  });
  const sectors = sectorService({ sectors: sectorRepository(db), defaultLocale });
  const search = searchService({ db, dialect: database.dialect, defaultLocale, now });
  const articles = articleService({
    articles: articleRepository(db),
    keyset: articleKeysetRepository(db),
    sectors: sectors.reads,
    locales: codes,
    defaultLocale,
    now,
    indexArticle: (id) => search.indexArticle(id),
    media,
  });
  const webhooks = webhookService({
    db,
    baseUrl,
    now,
    onError: (err, context) => report(err, context, 'webhook deliveries could not be queued'),
  });
  const events = eventService({
    events: eventRepository(db),
    details: eventDetailsRepository(db),
    keyset: eventKeysetRepository(db),
    sectors: sectors.reads,
    defaultLocale,
    now,
  });
  const linking = linkingServiceOver(db, now);
  const organisations = organisationService({
    organisations: organisationRepository(db),
    keyset: organisationKeysetRepository(db),
    sectors: sectors.reads,
    defaultLocale,
  });
  const people = personService({
    people: personRepository(db),
    keyset: personKeysetRepository(db),
    defaultLocale,
    now,
  });

  // The directory editors, one per kind; a change reaches the pages, the index and webhooks.
  const directory = Object.fromEntries(
    Object.entries(directoryKinds(codes)).map(([path, kind]) => [
      path,
      directoryEditorService(kind, {
        db,
        locales: codes,
        now,
        onChanged: async (type, id, change, unseen) => {
          pages.contentChanged();
          // Every page's navigation lists the sectors from a short cache.
          if (type === 'sector') sectors.invalidate();
          // The index holds published entries only: a draft's document is removed, and
          // publishing adds it.
          else await search.indexEntity(type, id);
          // A draft that stays a draft changed nothing subscribers could read.
          if (!unseen) await webhooks.entityChanged(type, id, change);
        },
      }),
    ]),
  ) as Record<DirectoryPath, ReturnType<typeof directoryEditorService>>;

  // The newsroom: the article editor keeps the pages, the index and the webhooks in step.
  const articleEditor = articleEditorService({
    db,
    linking,
    locales: codes,
    now,
    onArticleChanged: async (id: string, change: ArticleChange) => {
      pages.contentChanged();
      if (change === 'trashed' || change === 'destroyed') await search.removeArticle(id);
      else await search.indexArticle(id);
      await webhooks.articleChanged(id, change);
    },
  });
  const mentionReview = mentionReviewService({
    editor: articleEditor,
    linking,
    organisations,
    people,
    now,
    onChanged: async (articleId) => {
      pages.contentChanged();
      await search.indexArticle(articleId);
    },
    // Entries made from a suggestion get their first revision like those made in a form.
    onEntityCreated: (type, id, actorId) =>
      (type === 'organisation' ? directory.organisations : directory.people).recordCreated(
        actorId,
        id,
      ),
  });
  const accounts = accountServices(db, now);

  // The entity inbox: decisions over the whole archive, audited in their own transaction.
  const auditIn = (trx: Db) => auditService({ audit: auditRepository(trx), now });
  const entityCreated = (type: 'organisation' | 'person', id: string, actorId: string | null) =>
    (type === 'organisation' ? directory.organisations : directory.people).recordCreated(
      actorId,
      id,
    );
  const inbox = inboxService({
    db,
    now,
    entities: suggestionEntities({ linking, organisations, people }),
    auditIn,
    onEntityCreated: entityCreated,
    onChanged: async ({ articles: changedArticles, entities }) => {
      pages.contentChanged();
      for (const id of changedArticles) await search.indexArticle(id);
      for (const e of entities) await search.indexEntity(e.type, e.id);
    },
  });
  const entityMerge = entityMergeService({
    db,
    locales: codes,
    now,
    auditIn,
    onMerged: async ({ type, kept, removed, articles: changedArticles }) => {
      pages.contentChanged();
      for (const id of changedArticles) await search.indexArticle(id);
      await search.indexEntity(type, kept);
      await search.removeEntity(type, removed);
      await webhooks.entityChanged(type, kept, 'saved');
      await webhooks.entityChanged(type, removed, 'trashed');
    },
  });

  return {
    sectors,
    articles,
    events,
    organisations,
    people,
    projects: projectService({
      projects: projectRepository(db),
      keyset: projectKeysetRepository(db),
      sectors: sectors.reads,
      defaultLocale,
    }),
    ecosystem: ecosystemService({ ecosystem: ecosystemRepository(db), now }),
    linking,
    search,
    media,
    articleEditor,
    mentionReview,
    inbox,
    entityMerge,
    webhooks,
    directory,
    redirects: redirectService({ db, now }),
    rateLimits: rateLimitService({
      repo: rateLimitRepository(db),
      policy: options.rateLimits ?? defaultRateLimits,
      now,
    }),
    ...accounts,
    feeds: feedService({ articles, sectors, events, feeds: feedRepository(db), now }),
    pages,
    sitemap: sitemapService({ sitemap: sitemapRepository(db), locales: codes, defaultLocale, now }),
  };
}

export type Services = ReturnType<typeof createServices>;
