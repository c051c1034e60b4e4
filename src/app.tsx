// createApp(deps): the Hono application with every route and middleware. It never listens, so
// tests call app.request() and main.ts decides how to serve it.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { fileURLToPath } from 'node:url';
import { registerArticlePages } from './articles/article.pages.js';
import { articleRepository } from './articles/article.repository.js';
import { articleService } from './articles/article.service.js';
import { loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { registerEcosystemPage } from './ecosystem/ecosystem.pages.js';
import { ecosystemRepository } from './ecosystem/ecosystem.repository.js';
import { ecosystemService } from './ecosystem/ecosystem.service.js';
import { isAppError } from './errors.js';
import { feedRepository } from './feeds/feed.repository.js';
import { registerFeeds } from './feeds/feed.routes.js';
import { feedService } from './feeds/feed.service.js';
import { linkingServiceOver } from './linking/linking.service.js';
import type { AdminEnv } from './kernel/auth.js';
import { cacheMediaVariants } from './media/media-cache.js';
import { registerMediaPages } from './media/media.pages.js';
import { mediaRepository } from './media/media.repository.js';
import { mediaService } from './media/media.service.js';
import { diskMediaStore } from './media/media.storage.js';
import { registerMediaUploadLimit } from './media/upload-limit.js';
import { registerFormLimit } from './http/form-limit.js';
import { eventDetailsRepository } from './events/event-details.repository.js';
import { eventRepository } from './events/event.repository.js';
import { eventService } from './events/event.service.js';
import { registerEventPages } from './events/event.pages.js';
import { registerOrganisationPages } from './organisations/organisation.pages.js';
import { organisationRepository } from './organisations/organisation.repository.js';
import { organisationService } from './organisations/organisation.service.js';
import { registerPersonPages } from './people/person.pages.js';
import { personRepository } from './people/person.repository.js';
import { personService } from './people/person.service.js';
import { registerProjectPages } from './projects/project.pages.js';
import { projectRepository } from './projects/project.repository.js';
import { projectService } from './projects/project.service.js';
import { registerHomePage } from './home/home.pages.js';
import { cacheStaticFiles } from './http/static.js';
import { publicPageCache } from './http/cache.js';
import { cachedPublicPages } from './http/page-cache.js';
import { pageStoreOf } from './http/page-store.js';
import type { Logger } from './http/logger.js';
import { negotiateLocale } from './http/negotiate.js';
import { requestLog, type RequestVars } from './http/request-id.js';
import { securityHeaders } from './http/security.js';
import { pageContext, type Services, type Site } from './http/site.js';
import { defaultLocale, isLocale, locales } from './i18n/locales.js';
import { sectorRepository } from './sectors/sector.repository.js';
import { registerSectorPages } from './sectors/sector.pages.js';
import { registerSearchPage } from './search/search.pages.js';
import { registerSearchSuggestions } from './search/search.suggest.js';
import { searchService } from './search/search.service.js';
import { sectorService } from './sectors/sector.service.js';
import { registerSeoRoutes } from './seo/seo.routes.js';
import { sitemapRepository } from './seo/sitemap.repository.js';
import { sitemapService } from './seo/sitemap.service.js';
import { accountServices } from './users/account.services.js';
import { registerAdmin } from './admin/admin.pages.js';
import { registerArticleEditor } from './admin/articles/article-editor.pages.js';
import { editorServices } from './articles/editor.services.js';
import { ErrorPage } from './views/error-page.js';
import { registerApi } from './api/api.app.js';
import { errorBody } from './api/api-errors.js';
import { apiTokenServiceOver } from './api/api-token.service.js';
import { registerApiTokenPages } from './api/tokens.pages.js';
import { registerWebhookPages } from './webhooks/webhook.pages.js';
import { directoryEditors } from './directory/directory.services.js';
import { registerDirectoryEditor } from './directory/directory-editor.pages.js';
import type { DirectoryPath } from './directory/directory-kind.js';
import { webhookService } from './webhooks/webhook.service.js';

export interface AppDeps {
  config: Pick<Config, 'baseUrl' | 'mediaDir'> & Partial<Pick<Config, 'pageCacheMb'>>;
  database: Database;
  logger: Logger;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

const publicDir = fileURLToPath(new URL('../public', import.meta.url));

/** What the media service needs beyond the database: where files live, who hears of failures. */
export interface MediaOptions {
  mediaDir?: string;
  onMediaJobError?: (mediaId: string, error: unknown) => void;
}

/** What webhooks need: the public origin for absolute links, who hears of enqueue failures. */
export interface WebhookOptions {
  baseUrl?: string;
  onWebhookError?: (error: unknown, context: Record<string, unknown>) => void;
}

/** Builds the services over one database; shared by the app, the CLI and the seed. */
export function createServices(
  database: Database,
  now: () => Date = () => new Date(),
  mediaOptions: MediaOptions & WebhookOptions = {},
): Services {
  const codes = locales.map((l) => l.code);
  // Shared by every Services over this database in the process (app, scheduler, seed).
  const pages = pageStoreOf(database);
  const media = mediaService({
    media: mediaRepository(database.db),
    store: mediaOptions.mediaDir ? diskMediaStore(mediaOptions.mediaDir) : undefined,
    locales: codes,
    now,
    onJobError: mediaOptions.onMediaJobError,
    onChanged: () => pages.contentChanged(),
  });
  const sectors = sectorService({ sectors: sectorRepository(database.db), defaultLocale });
  const search = searchService({
    db: database.db,
    dialect: database.dialect,
    defaultLocale,
    now,
  });
  const articles = articleService({
    articles: articleRepository(database.db),
    sectors: sectorRepository(database.db),
    locales: codes,
    defaultLocale,
    now,
    indexArticle: (id) => search.indexArticle(id),
    media,
  });
  const webhooks = webhookService({
    db: database.db,
    baseUrl: mediaOptions.baseUrl ?? configuredBaseUrl(),
    now,
    onError: mediaOptions.onWebhookError,
  });
  const events = eventService({
    events: eventRepository(database.db),
    details: eventDetailsRepository(database.db),
    sectors: sectorRepository(database.db),
    defaultLocale,
    now,
  });
  const directory = directoryEditors(database, now, async (type, id, change) => {
    pages.contentChanged();
    // Every page's navigation lists the sectors from a short cache.
    if (type === 'sector') sectors.invalidate();
    else await search.indexEntity(type, id);
    await webhooks.entityChanged(type, id, change);
  });
  return {
    sectors,
    articles,
    events,
    organisations: organisationService({
      organisations: organisationRepository(database.db),
      sectors: sectorRepository(database.db),
      defaultLocale,
    }),
    people: personService({ people: personRepository(database.db), defaultLocale, now }),
    projects: projectService({
      projects: projectRepository(database.db),
      sectors: sectorRepository(database.db),
      defaultLocale,
    }),
    ecosystem: ecosystemService({ ecosystem: ecosystemRepository(database.db), now }),
    linking: linkingServiceOver(database.db, now),
    search,
    media,
    ...editorServices(
      database,
      now,
      search,
      (id, change) => webhooks.articleChanged(id, change),
      pages,
      // Entries made from a suggestion get their first revision like those made in a form.
      (type, id, actorId) =>
        (type === 'organisation' ? directory.organisations : directory.people)!.recordCreated(
          actorId,
          id,
        ),
    ),
    webhooks,
    directory,
    ...accountServices(database.db, now),
    feeds: feedService({ articles, sectors, events, feeds: feedRepository(database.db), now }),
    pages,
    sitemap: sitemapService({
      sitemap: sitemapRepository(database.db),
      locales: codes,
      defaultLocale,
      now,
    }),
  };
}

/** BASE_URL as configured, for services built outside the app (CLI, seed). */
function configuredBaseUrl(): string {
  try {
    return loadConfig().baseUrl;
  } catch {
    return 'http://localhost:3000';
  }
}

export function createApp(deps: AppDeps): Hono<{ Variables: RequestVars }> {
  const services = createServices(deps.database, deps.now, {
    mediaDir: deps.config.mediaDir,
    onMediaJobError: (mediaId, err) =>
      deps.logger.error({ err, mediaId }, 'media variants could not be made'),
    baseUrl: deps.config.baseUrl,
    onWebhookError: (err, context) =>
      deps.logger.error({ err, ...context }, 'webhook deliveries could not be queued'),
  });
  if (deps.config.pageCacheMb !== undefined)
    services.pages.setLimits({ maxBytes: deps.config.pageCacheMb * 1024 * 1024 });
  const site: Site = { config: deps.config, services };
  const app = new Hono<{ Variables: RequestVars }>({ strict: true });

  app.use(requestLog(deps.logger));
  app.use(securityHeaders());

  app.get('/healthz', async (c) => {
    try {
      await deps.database.ping();
      return c.json({ status: 'ok', database: deps.database.dialect }, 200, {
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      c.get('log').error({ err: error }, 'health check failed');
      return c.json({ status: 'error', database: deps.database.dialect }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });

  app.use(
    '/assets/*',
    cacheStaticFiles(),
    serveStatic({ root: publicDir, rewriteRequestPath: (p) => p.replace(/^\/assets/, '') }),
  );
  app.use(
    '/media/*',
    cacheMediaVariants(),
    cacheStaticFiles(),
    serveStatic({
      root: deps.config.mediaDir,
      rewriteRequestPath: (p) => p.replace(/^\/media/, ''),
    }),
  );
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));

  app.get('/', (c) => {
    const locale = negotiateLocale(
      c.req.header('accept-language'),
      locales.map((l) => l.code),
      defaultLocale,
    );
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', 'private, max-age=0');
    return c.redirect(`/${locale}/`, 302);
  });

  // Bodies past what any form or API write needs are refused before anything reads them.
  registerFormLimit(app as unknown as Hono);
  registerSeoRoutes(app as unknown as Hono, site);
  // The JSON API (before the pages' cache middleware, which would wrap it a second time).
  registerApi(app as unknown as Hono, {
    site,
    database: deps.database,
    now: deps.now ?? (() => new Date()),
    search: services.search,
  });
  app.use('/:locale/*', publicPageCache());
  app.use(
    '/:locale/*',
    cachedPublicPages({ store: services.pages, now: deps.now ?? (() => new Date()) }),
  );
  for (const { code } of locales) {
    app.get(`/${code}`, (c) => c.redirect(`/${code}/`, 301));
    registerFeeds(app as unknown as Hono, site, code);
    registerHomePage(app as unknown as Hono, site, code);
    registerArticlePages(app as unknown as Hono, site, code);
    registerSectorPages(app as unknown as Hono, site, code);
    registerOrganisationPages(app as unknown as Hono, site, code);
    registerPersonPages(app as unknown as Hono, site, code);
    registerEventPages(app as unknown as Hono, site, code);
    registerProjectPages(app as unknown as Hono, site, code);
    registerEcosystemPage(app as unknown as Hono, site, code);
    registerSearchPage(app as unknown as Hono, site, code);
    registerSearchSuggestions(app as unknown as Hono, site, code);
  }

  // The newsroom: session, CSRF and no-store middleware on /admin/*, then the admin pages.
  // The upload size limit runs before the admin middleware, whose CSRF check reads form bodies.
  registerMediaUploadLimit(app as unknown as Hono);
  registerAdmin(app as unknown as Hono, site);
  registerMediaPages(app as unknown as Hono<AdminEnv>, site);
  registerArticleEditor(app as unknown as Hono, site);
  registerApiTokenPages(
    app as unknown as Hono<AdminEnv>,
    apiTokenServiceOver(deps.database.db, services.audit, deps.now ?? (() => new Date())),
  );
  registerWebhookPages(app as unknown as Hono<AdminEnv>, services.webhooks);
  for (const [path, editor] of Object.entries(services.directory))
    registerDirectoryEditor(
      app as unknown as Hono,
      path as DirectoryPath,
      editor,
      locales.map((l) => l.code),
    );

  // Trailing slashes are normalised away (except the locale roots), keeping the query string.
  app.get('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (
      url.pathname.length > 1 &&
      url.pathname.endsWith('/') &&
      !/^\/[a-z]{2}\/$/.test(url.pathname)
    ) {
      return c.redirect(url.pathname.replace(/\/+$/, '') + url.search, 301);
    }
    return next();
  });

  const renderError = async (c: Context, status: number, error?: unknown) => {
    if (c.req.path.startsWith('/api/')) {
      c.header('Cache-Control', 'no-store');
      if (isAppError(error)) return c.json(errorBody(error), status as 400);
      const code = status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'bad_request';
      const message = status === 404 ? 'No such endpoint.' : 'The request could not be handled.';
      return c.json({ error: { code, message } }, status as 400);
    }
    const first = c.req.path.split('/')[1] ?? '';
    const locale = isLocale(first) ? first : defaultLocale;
    const ctx = await pageContext(site, c, locale, {}).catch(() => undefined);
    c.header('Cache-Control', 'no-store');
    if (!ctx || c.req.path.startsWith('/api/')) {
      return c.json(
        { error: { code: status === 404 ? 'not_found' : 'bad_request', message: 'Error' } },
        status as 400,
      );
    }
    return c.html(<ErrorPage ctx={ctx} status={status} />, status as 400);
  };

  app.notFound((c) => renderError(c, 404));

  app.onError(async (error, c) => {
    if (isAppError(error)) {
      if (error.status >= 500) c.get('log')?.error({ err: error }, error.message);
      return renderError(c, error.status, error);
    }
    if (error instanceof HTTPException) return renderError(c, error.status);
    c.get('log')?.error({ err: error }, 'unhandled error');
    return renderError(c, 500);
  });

  return app;
}
