// The commands of `constellation` that work on a database directly: migrate, seed, reindex.
// Imported by cli.ts only when one of them runs.
import { parseArgs } from 'node:util';
import { createServices } from '../services.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createProgress } from '../lib/progress.js';
import { seedDemoContent } from '../seed/seed.js';
import { reindexWithProgress } from '../transfer/transfer.command.js';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

function databaseOption(args: string[]): string {
  const { values } = parseArgs({ args, options: { database: { type: 'string' } } });
  const config = loadConfig();
  return values.database ?? config.databaseUrl;
}

/** The service graph over a database the command opened, configured from the environment. */
function servicesOver(database: Database) {
  const config = loadConfig();
  return createServices({ database, baseUrl: config.baseUrl, mediaDir: config.mediaDir });
}

export async function migrate(args: string[], io: Output): Promise<number> {
  const database = openDatabase(databaseOption(args));
  try {
    const applied = await migrateToLatest(database.db);
    io.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await database.close();
  }
}

export async function seed(args: string[], io: Output): Promise<number> {
  const url = databaseOption(args);
  const database = openDatabase(url);
  try {
    await migrateToLatest(database.db);
    const result = await seedDemoContent(database, servicesOver(database), loadConfig().mediaDir);
    if (!result.seeded) {
      io.out('The database already has articles: demo content not loaded.');
      return 0;
    }
    io.out(
      `Demo content loaded: ${result.articles} articles, ${result.sectors} sectors, ${result.events} events, ` +
        `${result.organisations} organisations, ${result.people} people, ${result.projects} projects.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

export async function reindex(args: string[], io: Output): Promise<number> {
  const database = openDatabase(databaseOption(args));
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    const report = await reindexWithProgress(
      database,
      servicesOver(database).search,
      createProgress({ unit: 'articles' }),
    );
    io.out(
      `Search index rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${report.total} documents (` +
        report.counts.map((c) => `${c.count} ${c.type}`).join(', ') +
        ').',
    );
    return 0;
  } finally {
    await database.close();
  }
}
