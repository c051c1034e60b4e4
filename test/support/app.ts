// An application over a test database, with silent logs and a fixed clock.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/http/logger.js';
import { testNow } from './factories.js';

export function makeApp(database: Database, options: { mediaDir?: string; now?: () => Date } = {}) {
  return createApp({
    config: {
      baseUrl: 'http://localhost:3000',
      mediaDir: options.mediaDir ?? join(tmpdir(), 'constellation-test-media'),
    },
    database,
    logger: createLogger('silent'),
    now: options.now ?? (() => testNow),
  });
}
