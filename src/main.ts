// Boot, narrated in order: config → logger → database → migrations → services → (demo content)
// → app → listen → pending media variants → scheduled publication → webhook deliveries.
import { serve } from '@hono/node-server';
import type { ServerResponse } from 'node:http';
import { createApp } from './app.js';
import { startScheduler } from './articles/scheduler.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { dropBodylessContentType } from './http/bodyless.js';
import { createLogger } from './http/logger.js';
import { seedDemoContent } from './seed/seed.js';
import { createServices } from './services.js';
import { createMetrics, statementKind } from './ops/metrics.js';
import { opsRepository } from './ops/ops.repository.js';
import { metricsOnlyApp } from './ops/ops.routes.js';
import { startWebhookWorker } from './webhooks/webhook.worker.js';

export interface ServeOptions {
  /** Load the demo content when the database has no articles (the README's quick start). */
  demo?: boolean;
}

/** Starts the HTTP server; resolves once it listens, and closes cleanly on SIGINT/SIGTERM. */
export async function startServer(options: ServeOptions = {}): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // Metrics read the services and the database when scraped; queries are observed from the first.
  const metrics = createMetrics({
    pageCache: () => services.pages.stats(),
    queues: () => opsRepository(database.db).queueDepths(),
    pool: () => database.pool?.(),
  });
  const database = openDatabase(config.databaseUrl, {
    onQuery: (text, seconds, failed) => metrics.observeQuery(statementKind(text), seconds, failed),
  });
  logger.info({ dialect: database.dialect }, 'database opened');

  const applied = await migrateToLatest(database.db);
  if (applied.length) logger.info({ applied }, 'migrations applied');

  const services = createServices({
    database,
    baseUrl: config.baseUrl,
    mediaDir: config.mediaDir,
    pageCacheMb: config.pageCacheMb,
    onBackgroundError: (err, context, message) => logger.error({ err, ...context }, message),
  });

  if (options.demo) {
    const result = await seedDemoContent(database, services, config.mediaDir, {
      onlyIfEmpty: true,
    });
    logger.info(
      result,
      result.seeded ? 'demo content loaded' : 'database not empty: demo content skipped',
    );
  }

  let draining = false;
  const app = createApp({
    config,
    services,
    database,
    logger,
    ops: { database, metrics, metricsToken: config.metricsToken, draining: () => draining },
  });
  const server = serve(
    {
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
    },
    (info) => logger.info({ url: config.baseUrl, port: info.port }, 'listening'),
  );
  server.prependListener('request', (_req, res: ServerResponse) => dropBodylessContentType(res));
  // /metrics alone on an internal port, when one is configured (never the public one).
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : serve(
          {
            fetch: metricsOnlyApp(metrics).fetch,
            port: config.metricsPort,
            hostname: config.metricsHost,
          },
          (info) => logger.info({ host: config.metricsHost, port: info.port }, 'metrics listening'),
        );

  // Uploads whose variants were not made before the last stop are queued again.
  services.media
    .resumePending()
    .then((count) => count && logger.info({ count }, 'media variants resumed'))
    .catch((err: unknown) => logger.error({ err }, 'media variants could not be resumed'));

  // Scheduled articles publish at their time with no request (one instance at a time on PG).
  const scheduler = startScheduler({
    db: database.db,
    dialect: database.dialect,
    editor: services.articleEditor,
    logger,
  });

  // Webhook deliveries leave in the background: no editor's request waits on a receiver.
  const webhookWorker = startWebhookWorker({ webhooks: services.webhooks, logger });

  // Graceful shutdown: /readyz turns 503 at once (the balancer stops sending), the timers stop
  // claiming work, the listener closes, requests in flight finish, then the database closes.
  // Whatever is still running after 9 s is cut, so the process is gone within 10 s.
  const shutdown = (signal: string) => {
    if (draining) return;
    draining = true;
    logger.info({ signal }, 'shutting down');
    scheduler.stop();
    webhookWorker.stop();
    const force = setTimeout(() => {
      logger.warn('requests still in flight after 9 s: connections closed');
      if ('closeAllConnections' in server) server.closeAllConnections();
      process.exit(1);
    }, 9_000);
    force.unref();
    metricsServer?.close();
    server.close(() => {
      void database.close().finally(() => {
        clearTimeout(force);
        logger.info('stopped');
        process.exit(0);
      });
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
