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
import { startWebhookWorker } from './webhooks/webhook.worker.js';

export interface ServeOptions {
  /** Load the demo content when the database has no articles (the README's quick start). */
  demo?: boolean;
}

/** Starts the HTTP server; resolves once it listens, and closes cleanly on SIGINT/SIGTERM. */
export async function startServer(options: ServeOptions = {}): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const database = openDatabase(config.databaseUrl);
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

  const app = createApp({ config, services, database, logger });
  const server = serve(
    {
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
    },
    (info) => logger.info({ url: config.baseUrl, port: info.port }, 'listening'),
  );
  server.prependListener('request', (_req, res: ServerResponse) => dropBodylessContentType(res));

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

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    scheduler.stop();
    webhookWorker.stop();
    server.close(() => {
      void database.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
