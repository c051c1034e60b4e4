// A site for a block of HTTP tests: the hooks open the dialect's database, load content, build
// the app (test/support/app.ts) before the block's tests, and drop everything after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { seedDemoContent } from '../../src/seed/seed.js';
import type { Services } from '../../src/services.js';
import { testServices, testSite } from './app.js';
import type { TestDialect } from './dialects.js';
import { seedDirectory, type DirectoryWorld } from './directory.js';

/** What the tests of a block read once the hooks ran: fields are set in beforeAll. */
export interface SiteUnderTest {
  database: Database;
  services: Services;
  app: ReturnType<typeof testSite>['app'];
}

/** The day the demo content is read on: every scheduled and past item is where the tests expect. */
export const demoNow = () => new Date('2026-11-25T12:00:00.000Z');

/** The directory fixtures over the dialect's database, for repository and service tests. */
export function directoryWorld(dialect: TestDialect): DirectoryWorld & { database: Database } {
  const world = {} as DirectoryWorld & { database: Database };
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const t = await dialect.open();
    cleanup = t.cleanup;
    Object.assign(world, await seedDirectory(t.database), { database: t.database });
  });
  afterAll(() => cleanup());
  return world;
}

/** A site over the directory fixtures; `more` adds content before the app is built. */
export function directorySite(
  dialect: TestDialect,
  more?: (world: DirectoryWorld, database: Database) => Promise<void>,
): SiteUnderTest {
  const site = {} as SiteUnderTest;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const t = await dialect.open();
    cleanup = t.cleanup;
    const world = await seedDirectory(t.database);
    await more?.(world, t.database);
    Object.assign(site, { database: t.database, ...testSite(t.database) });
  });
  afterAll(() => cleanup());
  return site;
}

/** A site over the demo content on {@link demoNow}, with a media folder of its own. */
export function demoSite(dialect: TestDialect, name: string): SiteUnderTest & { mediaDir: string } {
  const site = {} as SiteUnderTest & { mediaDir: string };
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const t = await dialect.open();
    cleanup = t.cleanup;
    const mediaDir = await mkdtemp(join(tmpdir(), `constellation-${name}-`));
    site.mediaDir = mediaDir;
    const options = { now: demoNow, mediaDir };
    await seedDemoContent(t.database, testServices(t.database, options), mediaDir);
    Object.assign(site, { database: t.database, ...testSite(t.database, options) });
  });
  afterAll(async () => {
    await cleanup();
    if (site.mediaDir) await rm(site.mediaDir, { recursive: true, force: true });
  });
  return site;
}

/** `get` answers any status; `html` requires a 200 and gives the body. */
export function pageReader(site: Pick<SiteUnderTest, 'app'>) {
  const get = (path: string) => site.app.request(path);
  const html = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };
  return { get, html };
}
