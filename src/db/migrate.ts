// Runs the migrations in src/db/migrations, in name order, on either engine.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as createDomain from './migrations/2026-11-25-2200-create-domain.js';
import * as createSearchIndex from './migrations/2026-11-25-2300-create-search-index.js';
import * as createSignInFailure from './migrations/2026-11-25-2254-create-sign-in-failure.js';
import * as createApiToken from './migrations/2026-11-25-2334-create-api-token.js';
import * as indexTranslationStatus from './migrations/2026-11-26-0110-index-translation-status.js';
import * as addSectorDeletedAt from './migrations/2026-11-26-0230-add-sector-deleted-at.js';
import * as createWebhook from './migrations/2026-11-26-0217-create-webhook.js';
import * as createSearchTerm from './migrations/2026-11-26-0340-create-search-term.js';
import * as createRedirect from './migrations/2026-12-07-0420-create-redirect.js';
import * as createRateLimit from './migrations/2026-12-07-1430-create-rate-limit.js';
import * as addSuggestionKey from './migrations/2026-12-07-1500-add-suggestion-key.js';
import * as addLocaleSlugs from './migrations/2026-12-07-1510-add-locale-slugs.js';
import * as addDirectoryStatus from './migrations/2026-12-07-1710-add-directory-status.js';
import * as createSuggestionStop from './migrations/2026-12-07-1720-create-suggestion-stop.js';

/** Migrations are imported statically so they work the same from source, tests and bundles. */
const migrations: Record<string, Migration> = {
  '2026-11-25-2200-create-domain': createDomain,
  '2026-11-25-2254-create-sign-in-failure': createSignInFailure,
  '2026-11-25-2300-create-search-index': createSearchIndex,
  '2026-11-25-2334-create-api-token': createApiToken,
  '2026-11-26-0110-index-translation-status': indexTranslationStatus,
  '2026-11-26-0230-add-sector-deleted-at': addSectorDeletedAt,
  '2026-11-26-0217-create-webhook': createWebhook,
  '2026-11-26-0340-create-search-term': createSearchTerm,
  '2026-12-07-0420-create-redirect': createRedirect,
  '2026-12-07-1430-create-rate-limit': createRateLimit,
  '2026-12-07-1500-add-suggestion-key': addSuggestionKey,
  '2026-12-07-1510-add-locale-slugs': addLocaleSlugs,
  '2026-12-07-1710-add-directory-status': addDirectoryStatus,
  '2026-12-07-1720-create-suggestion-stop': createSuggestionStop,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Applies pending migrations; returns the names applied. Throws with the failing name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the migrations not applied yet (what /readyz waits for). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const infos = await new Migrator({ db, provider }).getMigrations();
  return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
