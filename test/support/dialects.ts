// The dialect loop: every repository and service test runs on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it, and REQUIRE_POSTGRES=1 makes its absence an error).
// Each PostgreSQL test database is created for the run and dropped after it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DialectName } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export interface TestDatabase {
  database: Database;
  cleanup: () => Promise<void>;
}

export interface TestDialect {
  name: DialectName;
  open: () => Promise<TestDatabase>;
}

export function testDialects(): TestDialect[] {
  const list: TestDialect[] = [{ name: 'sqlite', open: openSqlite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openPostgres(url) });
  else if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(
      'REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: PostgreSQL tests cannot run.',
    );
  }
  return list;
}

async function openSqlite(): Promise<TestDatabase> {
  const database = openDatabase(':memory:');
  await migrateToLatest(database.db);
  return { database, cleanup: () => database.close() };
}

async function openPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `constellation_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  await migrateToLatest(database.db);
  return {
    database,
    cleanup: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
