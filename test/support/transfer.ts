// A site with at least one row in every exported table (the demo content, plus accounts,
// credentials, webhooks, history and a self-reference), and helpers to read an archive back.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/lib/id.js';
import { seedDemoContent } from '../../src/seed/seed.js';
import { readArchive } from '../../src/transfer/archive.js';
import { listCatalogTables } from '../../src/transfer/catalog.repository.js';
import { testServices } from './app.js';
import { testNow } from './factories.js';

/** The demo site and a row in each table the demo content leaves empty. */
export async function fillSite(database: Database, mediaDir: string): Promise<void> {
  await seedDemoContent(database, testServices(database, { mediaDir }), mediaDir);
  const { db } = database;
  const at = testNow.toISOString();
  const admin = newId();
  await db
    .insertInto('app_user')
    .values([
      {
        id: admin,
        created_at: at,
        updated_at: at,
        version: 1,
        email: 'admin@example.org',
        name: 'Camille Admin',
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        role: 'admin',
        totp_secret: 'JBSWY3DPEHPK3PXP',
        totp_required: 1,
        disabled_at: null,
      },
      {
        id: newId(),
        created_at: at,
        updated_at: at,
        version: 2,
        email: 'author@example.org',
        name: 'Dominique Auteur',
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI',
        role: 'author',
        totp_secret: null,
        totp_required: 0,
        disabled_at: at,
      },
    ])
    .execute();
  await db
    .insertInto('session')
    .values({
      id: 'a'.repeat(64),
      user_id: admin,
      csrf_token: 'csrf-token-value',
      created_at: at,
      last_seen_at: at,
      expires_at: at,
      ip: '127.0.0.1',
      user_agent: 'test',
      mfa_pending: 0,
    })
    .execute();
  await db
    .insertInto('api_token')
    .values({
      id: newId(),
      user_id: admin,
      name: 'newsletter',
      token_hash: 'b'.repeat(64),
      prefix: 'cst_abcd',
      created_at: at,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  await db
    .insertInto('audit_entry')
    .values({
      id: newId(),
      actor_id: admin,
      action: 'article.publish',
      entity_type: 'article',
      entity_id: newId(),
      ip: '127.0.0.1',
      user_agent: 'test',
      detail: '{"note":"« guillemets » and emoji 🚀"}',
      created_at: at,
    })
    .execute();
  await db
    .insertInto('revision')
    .values({
      id: newId(),
      entity_type: 'article',
      entity_id: newId(),
      entity_version: 3,
      snapshot: '{"title":"Un titre"}',
      author_id: admin,
      reason: 'relecture',
      created_at: at,
    })
    .execute();
  await db
    .insertInto('suggestion_stop')
    .values({
      id: newId(),
      entity_type: 'organisation',
      name_key: 'horizon europe',
      name: 'Horizon Europe',
      created_by: admin,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('sign_in_failure')
    .values({ id: newId(), scope: 'ip', key: '192.0.2.1', created_at: at })
    .execute();
  const webhook = newId();
  await db
    .insertInto('webhook')
    .values({
      id: webhook,
      url: 'https://receiver.example.org/hook',
      description: 'CRM',
      events: 'article.published',
      secret: 'c'.repeat(64),
      active: 1,
      created_at: at,
      updated_at: at,
      created_by: admin,
    })
    .execute();
  await db
    .insertInto('webhook_delivery')
    .values({
      id: newId(),
      webhook_id: webhook,
      event: 'article.published',
      payload: '{"id":"x"}',
      status: 'failed',
      attempt_count: 2,
      next_attempt_at: null,
      last_status_code: 500,
      last_error: 'Internal Server Error',
      created_at: at,
      delivered_at: null,
      updated_at: at,
    })
    .execute();
  const organisations = await db
    .selectFrom('organisation')
    .select('id')
    .orderBy('slug')
    .limit(2)
    .execute();
  const [parent, child] = organisations.map((o) => o.id);
  // The child row sorts before its parent by id, so the import must defer the reference.
  await db
    .updateTable('organisation')
    .set({ parent_id: parent! < child! ? child! : parent! })
    .where('id', '=', parent! < child! ? parent! : child!)
    .execute();
  await db
    .insertInto('organisation_succession')
    .values({
      id: newId(),
      predecessor_id: parent!,
      successor_id: child!,
      kind: 'rename',
      occurred_on: '2024-01-01',
    })
    .execute();
  await fillLaterTables(database, at);
  const media = await db
    .selectFrom('media')
    .select(['id', 'storage_key'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const key = media.storage_key.replace(/\.[a-z]+$/, '-320.webp');
  await mkdir(dirname(join(mediaDir, key)), { recursive: true });
  await writeFile(join(mediaDir, key), 'variant bytes');
  await db
    .insertInto('media_variant')
    .values({
      id: newId(),
      media_id: media.id,
      width: 320,
      height: 200,
      format: 'webp',
      storage_key: key,
      byte_size: 13,
    })
    .execute();
}

/**
 * Tables that the moving-in work (issue 10, branch `import`) adds: filled when they exist, so the
 * round trip covers them from the day both branches meet.
 */
async function fillLaterTables(database: Database, at: string): Promise<void> {
  const tables = new Set(
    (await listCatalogTables(database.db, database.dialect)).map((t) => t.name),
  );
  if (tables.has('redirect')) {
    await sql`insert into redirect (id, source_path, target, status_code, origin, hits, last_hit_at, created_at, updated_at)
      values (${newId()}, '/?p=12', '/fr/actualites/un-article', 301, 'import', 3, ${at}, ${at}, ${at})`.execute(
      database.db,
    );
  }
  if (tables.has('import_source')) {
    await sql`insert into import_source (source, source_key, entity_type, entity_id, created_at, updated_at)
      values ('wordpress', 'https://old.example.org/?p=12', 'article', ${newId()}, ${at}, ${at})`.execute(
      database.db,
    );
  }
}

/** Every entry of an archive, by name (manifest.json parsed, the others as text). */
export async function readEntries(file: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for await (const entry of readArchive(file)) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk as Buffer);
    entries.set(entry.name, Buffer.concat(chunks).toString('utf8'));
  }
  return entries;
}

/** The archive with the export time (and, when asked, the engine of origin) blanked out. */
export async function comparableEntries(
  file: string,
  ignoreDialect = false,
): Promise<Map<string, string>> {
  const entries = await readEntries(file);
  const manifest = JSON.parse(entries.get('manifest.json')!) as {
    createdAt: string;
    origin: { dialect: string };
  };
  manifest.createdAt = '(ignored)';
  if (ignoreDialect) manifest.origin.dialect = '(ignored)';
  entries.set('manifest.json', JSON.stringify(manifest, null, 2));
  return entries;
}
