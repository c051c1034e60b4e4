// The demo site the snapshot serves: the one place that knows how the app is assembled, so the
// snapshot script itself stays the same across refactors of the composition root.
import { createApp, createServices } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { createLogger } from '../src/http/logger.js';
import { seedDemoContent } from '../src/seed/seed.js';

export async function buildSite(database: Database, mediaDir: string, now: () => Date) {
  await seedDemoContent(database, createServices(database, now), mediaDir);
  return createApp({
    config: { baseUrl: 'http://localhost:3000', mediaDir },
    database,
    logger: createLogger('silent'),
    now,
  });
}
