// Sign-in throttling state shared by every app instance, and the two-step (password, then TOTP)
// session stage. Portable like the domain migration: text ids and ISO-8601 instants, 0/1 flags.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull()) // account | ip
    .addColumn('key', 'text', (c) => c.notNull()) // lower-cased email, or the client address
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failure_key_idx')
    .on('sign_in_failure')
    .columns(['scope', 'key', 'created_at'])
    .execute();
  // 1 while the session has passed the password but still owes its TOTP code.
  await db.schema
    .alterTable('session')
    .addColumn('mfa_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('session').dropColumn('mfa_pending').execute();
  await db.schema.dropTable('sign_in_failure').execute();
}
