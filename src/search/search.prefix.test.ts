import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, makeArticle } from '../../test/support/factories.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSearchWorld, type SearchWorld } from '../../test/support/search-world.js';

// SQLite expands a typed prefix through its list of indexed terms (search_term): a word must be
// found by its beginning as soon as it is indexed, after a rebuild too, and the same way on
// PostgreSQL, which matches prefixes in its own index.
describe.each(testDialects())('prefix search ($name)', (dialect) => {
  let handle: TestDatabase;
  let world: SearchWorld;
  let fresh: string;
  let crowded: string;

  beforeAll(async () => {
    handle = await dialect.open();
    world = await makeSearchWorld(handle.database);
    fresh = await makeArticle(world.services, {
      publishedAt: daysAgo(3),
      translations: {
        fr: { title: 'Le zorglubtron décolle', body: 'Un zorglubtron vole au-dessus de Namur.' },
      },
    });
    // More words behind one prefix than the SQLite engine expands: the prefix goes to FTS5.
    const many = Array.from({ length: 80 }, (_, i) => `quxa${i}`).join(' ');
    crowded = await makeArticle(world.services, {
      publishedAt: daysAgo(4),
      translations: { fr: { title: 'Liste de codes', body: `Les codes ${many}.` } },
    });
  });
  afterAll(() => handle.cleanup());

  const ids = async (q: string) =>
    (await world.services.search.search({ q, locale: 'fr', page: 1, filter: {} })).hits.map(
      (h) => h.id,
    );

  it('finds a word indexed after start-up by its first letters', async () => {
    expect(await ids('zorg')).toEqual([fresh]);
    expect(await ids('namur zorglu')).toEqual([fresh]);
    expect(await ids('zorglubtron ')).toEqual([fresh]);
  });

  it('finds nothing for a prefix no indexed word starts with', async () => {
    expect(await ids('zorgz')).toEqual([]);
    expect(await ids('liege zorg')).toEqual([]);
  });

  it('finds a prefix shared by many words', async () => {
    expect(await ids('quxa')).toEqual([crowded]);
    expect(await ids('codes quxa')).toEqual([crowded]);
  });

  it('still finds them by prefix after a full rebuild, and forgets a removed article', async () => {
    // As if the content had been written without indexing (an import, the bench generator):
    // the rebuild lists the terms from the index itself.
    if (dialect.name === 'sqlite') await sql`delete from search_term`.execute(handle.database.db);
    await world.services.search.reindexAll();
    expect(await ids('zorg')).toEqual([fresh]);
    expect(await ids('quxa')).toEqual([crowded]);
    await world.services.search.removeArticle(fresh);
    expect(await ids('zorg')).toEqual([]);
    await world.services.search.indexArticle(fresh);
    expect(await ids('zorg')).toEqual([fresh]);
  });
});
