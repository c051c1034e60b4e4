// createApp(deps): the Hono application, assembled from each feature's sub-app over services
// the composition root (services.ts) built. It builds no service and never listens, so tests
// call app.request() and main.ts decides how to serve it.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { fileURLToPath } from 'node:url';
import { adminPages } from './admin/admin.pages.js';
import { articleEditorAdmin } from './articles/article-editor.admin.js';
import { apiBase, createApi } from './api/api.app.js';
import { apiTokenPages } from './api/tokens.pages.js';
import { articlePages } from './articles/article.pages.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { directoryEditorAdmin } from './directory/directory-editor.admin.js';
import type { DirectoryPath } from './directory/directory-kind.js';
import { ecosystemPages } from './ecosystem/ecosystem.pages.js';
import { eventPages } from './events/event.pages.js';
import { feedRoutes } from './feeds/feed.routes.js';
import { homePages } from './home/home.pages.js';
import { publicPageCache } from './http/cache.js';
import { errorHandlers } from './http/error-handler.js';
import { formLimit } from './http/form-limit.js';
import type { Logger } from './http/logger.js';
import { negotiateLocale } from './http/negotiate.js';
import { cachedPublicPages } from './http/page-cache.js';
import { requestLog } from './http/request-id.js';
import { securityHeaders } from './http/security.js';
import { cacheStaticFiles, staticValidators } from './http/static.js';
import { refuseBadText } from './http/text-guard.js';
import { defaultLocale, isLocale, locales } from './i18n/locales.js';
import type { AppEnv } from './kernel/auth.js';
import { cacheMediaVariants } from './media/media-cache.js';
import { mediaPages } from './media/media.pages.js';
import { mediaUploadLimit } from './media/upload-limit.js';
import { organisationPages } from './organisations/organisation.pages.js';
import { personPages } from './people/person.pages.js';
import { projectPages } from './projects/project.pages.js';
import { searchPages } from './search/search.pages.js';
import { searchSuggestions } from './search/search.suggest.js';
import { sectorPages } from './sectors/sector.pages.js';
import { seoRoutes } from './seo/seo.routes.js';
import type { Services } from './services.js';
import { pageContext } from './views/page-context.js';
import { webhookPages } from './webhooks/webhook.pages.js';
import { importPages } from './import/import.pages.js';
import { inboxPages } from './inbox/inbox.admin.js';
import {
  redirectResponse,
  redirectsBeforeNotFound,
  redirectsOnHome,
} from './redirects/redirect.middleware.js';
import { redirectPages } from './redirects/redirect.pages.js';
import { ErrorPage } from './views/error-page.js';
import { isCurrentAsset } from './views/assets.js';
import { opsRoutes, type OpsDeps } from './ops/ops.routes.js';

export interface AppDeps {
  config: Pick<Config, 'baseUrl' | 'mediaDir'>;
  services: Services;
  /** For /healthz. */
  database: Pick<Database, 'ping' | 'dialect'>;
  logger: Logger;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** /readyz and /metrics (main.ts passes them; tests may). */
  ops?: Omit<OpsDeps, 'database'> & { database?: OpsDeps['database'] };
}

const publicDir = fileURLToPath(new URL('../public', import.meta.url));
const assetPath = (path: string) => path.replace(/^\/assets/, '');
const mediaPath = (path: string) => path.replace(/^\/media/, '');

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { services, database } = deps;
  const now = deps.now ?? (() => new Date());
  // What every public page reads: the services and the public origin.
  const site = { ...services, baseUrl: deps.config.baseUrl };
  const app = new Hono<AppEnv>({ strict: true });

  if (deps.ops?.metrics) app.use(deps.ops.metrics.middleware);
  app.use(requestLog(deps.logger));
  // Text responses compressed (gzip) when the client accepts it: API JSON, sitemap, CSS and
  // JavaScript, admin pages. Cached public pages arrive already encoded (brotli or gzip, made
  // once when kept: page-cache.ts) and are left as they are.
  app.use(compress());
  app.use(securityHeaders());

  app.get('/healthz', async (c) => {
    try {
      await database.ping();
      return c.json({ status: 'ok', database: database.dialect }, 200, {
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      c.get('log').error({ err: error }, 'health check failed');
      return c.json({ status: 'error', database: database.dialect }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });

  if (deps.ops?.database) app.route('/', opsRoutes({ ...deps.ops, database: deps.ops.database }));

  app.use(
    '/assets/*',
    cacheStaticFiles(isCurrentAsset),
    staticValidators(publicDir, assetPath),
    serveStatic({ root: publicDir, rewriteRequestPath: assetPath }),
  );
  app.use(
    '/media/*',
    cacheMediaVariants(),
    cacheStaticFiles(),
    staticValidators(deps.config.mediaDir, mediaPath),
    serveStatic({
      root: deps.config.mediaDir,
      rewriteRequestPath: mediaPath,
    }),
  );
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));

  app.get('/', redirectsOnHome(services.redirects));
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

  // Body limits first (nothing reads a body past them), then the text guard, which reads it.
  app.route('/', formLimit(deps.config.baseUrl));
  app.route('/', mediaUploadLimit());
  app.use(refuseBadText());
  app.route('/', seoRoutes(site));
  // The JSON API (before the pages' cache middleware, which would wrap it a second time).
  app.route(apiBase, createApi({ services, baseUrl: deps.config.baseUrl }));
  app.use('/:locale/*', publicPageCache());
  app.use('/:locale/*', cachedPublicPages({ store: services.pages, now }));
  for (const { code } of locales) app.get(`/${code}`, (c) => c.redirect(`/${code}/`, 301));
  app.route('/', feedRoutes(site));
  app.route('/', homePages(site));
  app.route('/', articlePages(site));
  app.route('/', sectorPages(site));
  app.route('/', organisationPages(site));
  app.route('/', personPages(site));
  app.route('/', eventPages(site));
  app.route('/', projectPages(site));
  app.route('/', ecosystemPages(site));
  app.route('/', searchPages(site));
  app.route('/', searchSuggestions(site));

  // The newsroom: the session, CSRF and no-store middleware of /admin/*, then every admin page
  // (the upload limit is mounted above, before anything reads a form body).
  app.route(
    '/',
    adminPages({
      ...site,
      // The dashboard shows how many groups wait in the entity inbox.
      sectionCounts: async () => ({ '/admin/entities': await services.inbox.countOpenGroups() }),
    }),
  );
  app.route('/', mediaPages(site));
  app.route('/', articleEditorAdmin(site));
  app.route('/', inboxPages(services));
  app.route('/', apiTokenPages(services.apiTokens));
  app.route('/', webhookPages(services.webhooks));
  app.route('/', redirectPages(services.redirects));
  app.route(
    '/',
    // The import pipeline (XML, HTML → Markdown, zip) loads on the first import, not at boot.
    importPages(async (options) =>
      (await import('./import/wordpress.import.js')).importWordpress(
        { database: deps.database as Database, services, now },
        options,
      ),
    ),
  );
  const codes = locales.map((l) => l.code);
  for (const [path, editor] of Object.entries(services.directory))
    app.route('/', directoryEditorAdmin(path as DirectoryPath, editor, codes));

  // An old address no route answered (with or without its trailing slash) meets its redirect.
  app.get('*', redirectsBeforeNotFound(services.redirects));
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

  const { notFound, onError } = errorHandlers(deps.config.baseUrl, async (c, status) => {
    if (status === 404) {
      // A route's own 404 (an article's old slug) may be an address that moved.
      const moved = await redirectResponse(c, services.redirects).catch(() => undefined);
      if (moved) return moved;
    }
    const first = c.req.path.split('/')[1] ?? '';
    const locale = isLocale(first) ? first : defaultLocale;
    const ctx = await pageContext(site, c, locale, {}).catch(() => undefined);
    return ctx ? c.html(<ErrorPage ctx={ctx} status={status} />, status) : undefined;
  });
  app.notFound(notFound);
  app.onError(onError);
  return app;
}
