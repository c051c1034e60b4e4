// The demo site the snapshot serves: the one place that knows how the app is assembled, so the
// snapshot script itself stays the same across refactors of the composition root.
import { unreachableLimits } from '../test/support/app.js';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createLogger } from '../src/http/logger.js';
import { seedDemoContent } from '../src/seed/seed.js';
import { createServices } from '../src/services.js';

export async function buildSite(database: Database, mediaDir: string, now: () => Date) {
  const baseUrl = 'http://localhost:3000';
  const services = createServices({
    database,
    baseUrl,
    mediaDir,
    now,
    rateLimits: unreachableLimits,
  });
  await seedDemoContent(database, services, mediaDir);
  return createApp({
    config: { baseUrl, mediaDir },
    services,
    database,
    logger: createLogger('silent'),
    now,
  });
}
