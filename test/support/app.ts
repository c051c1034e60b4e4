// One way to start a site for HTTP tests: the service graph over a test database (fixed clock,
// silent logs) and the app over it. Graphs built for one database share its page store, so a
// write through one graph (factories, seeds) empties the pages another graph's app served.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import type { RateLimitPolicy } from '../../src/api/rate-limit.service.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/http/logger.js';
import { createPageStore, type PageStore } from '../../src/http/page-store.js';
import { createServices, type Services } from '../../src/services.js';
import { testNow } from './factories.js';

export const testBaseUrl = 'http://localhost:3000';
export const testMediaDir = join(tmpdir(), 'constellation-test-media');

export interface TestSiteOptions {
  /** API rate limits; by default every request is counted against quotas no test reaches. */
  rateLimits?: RateLimitPolicy;
  mediaDir?: string;
  now?: () => Date;
  baseUrl?: string;
  pageCacheMb?: number;
}

/** Counted but never reached: the fixed test clock keeps every request in one window. */
export const unreachableLimits: RateLimitPolicy = {
  windowSeconds: 60,
  anonymousReads: 1e9,
  tokenReads: 1e9,
  writes: 1e9,
};

const pageStores = new WeakMap<Database, PageStore>();

/** The service graph over a test database. */
export function testServices(database: Database, options: TestSiteOptions = {}): Services {
  let pages = pageStores.get(database);
  if (!pages) pageStores.set(database, (pages = createPageStore()));
  if (options.pageCacheMb !== undefined)
    pages.setLimits({ maxBytes: options.pageCacheMb * 1024 * 1024 });
  return createServices({
    database,
    baseUrl: options.baseUrl ?? testBaseUrl,
    mediaDir: options.mediaDir ?? testMediaDir,
    now: options.now ?? (() => testNow),
    pages,
    rateLimits: options.rateLimits ?? unreachableLimits,
  });
}

/** The app and the services it runs on (one graph). */
export function testSite(database: Database, options: TestSiteOptions = {}) {
  const services = testServices(database, options);
  const app = createApp({
    config: {
      baseUrl: options.baseUrl ?? testBaseUrl,
      mediaDir: options.mediaDir ?? testMediaDir,
    },
    services,
    database,
    logger: createLogger('silent'),
    now: options.now ?? (() => testNow),
  });
  return { app, services };
}

export function makeApp(database: Database, options: TestSiteOptions = {}) {
  return testSite(database, options).app;
}
