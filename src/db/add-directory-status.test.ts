// The migration that gives organisations and people a status, run over rows written before it on
// every dialect: every existing entry (written by an editor or the demo seed) is published, and
// the column takes nothing but « draft » and « published ».
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { down, up } from './migrations/2026-12-07-1710-add-directory-status.js';

describe.each(testDialects())('add-directory-status migration on $name', (dialect) => {
  let t: TestDatabase;
  const now = '2026-12-07T17:10:00.000Z';

  beforeAll(async () => {
    t = await dialect.open();
    const db = t.database.db as unknown as Kysely<unknown>;
    await down(db);
    await sql`insert into organisation (id, slug, name, kind, created_at, updated_at, version)
      values ('o1', 'skywin', 'Skywin', 'cluster', ${now}, ${now}, 1)`.execute(db);
    await sql`insert into person (id, slug, given_name, family_name, created_at, updated_at,
      version) values ('p1', 'serge-habraken', 'Serge', 'Habraken', ${now}, ${now}, 1)`.execute(db);
    await up(db);
  });
  afterAll(() => t.cleanup());

  it('publishes every organisation and person that existed before it', async () => {
    const { db } = t.database;
    expect(await db.selectFrom('organisation').select(['id', 'status']).execute()).toEqual([
      { id: 'o1', status: 'published' },
    ]);
    expect(await db.selectFrom('person').select(['id', 'status']).execute()).toEqual([
      { id: 'p1', status: 'published' },
    ]);
  });

  it('refuses a status other than draft or published, on both tables', async () => {
    const db = t.database.db as unknown as Kysely<unknown>;
    for (const table of ['organisation', 'person'])
      await expect(
        sql`update ${sql.table(table)} set status = 'hidden'`.execute(db),
      ).rejects.toThrow();
    await sql`update organisation set status = 'draft'`.execute(db);
    expect(
      (await t.database.db.selectFrom('organisation').select('status').execute())[0]?.status,
    ).toBe('draft');
  });
});
