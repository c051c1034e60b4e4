// The search engine of a dialect, chosen once at start-up (the interface: search.engine.ts).
import type { Db, DialectName } from '../db/database.js';
import type { SearchEngine } from './search.engine.js';
import { postgresSearchEngine } from './search.postgres.js';
import { sqliteSearchEngine } from './search.sqlite.js';

export function searchEngineFor(dialect: DialectName, db: Db): SearchEngine {
  switch (dialect) {
    case 'sqlite':
      return sqliteSearchEngine(db);
    case 'postgres':
      return postgresSearchEngine(db);
  }
}
