// The known entities of the linking bench: the demo directory, seeded into a scratch database
// and loaded as linking.service loads them for detection.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/db/database.js';
import type { KnownEntities } from '../src/linking/known-entities.js';
import { linkingRepository } from '../src/linking/linking.repository.js';
import { seedDemoContent } from '../src/seed/seed.js';
import { createServices } from '../src/services.js';

/** Seeds the demo content into `database` (migrated, empty) and loads its known entities. */
export async function demoKnownEntities(database: Database): Promise<KnownEntities> {
  const mediaDir = await mkdtemp(join(tmpdir(), 'constellation-linking-'));
  try {
    const services = createServices({ database, baseUrl: 'http://localhost:3000', mediaDir });
    await seedDemoContent(database, services, mediaDir);
    return await linkingRepository(database.db).loadKnownEntities();
  } finally {
    await rm(mediaDir, { recursive: true, force: true });
  }
}
