import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSearchWorld } from '../../test/support/search-world.js';

describe.each(testDialects())('search page ($name)', (dialect) => {
  let handle: TestDatabase;
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    handle = await dialect.open();
    await makeSearchWorld(handle.database);
    app = makeApp(handle.database);
  });
  afterAll(() => handle.cleanup());

  const get = (path: string) => app.request(path);

  it('lists highlighted results in French and in English', async () => {
    const fr = await get('/fr/recherche?q=liege');
    expect(fr.status).toBe(200);
    const html = await fr.text();
    expect(html).toContain('4 résultats');
    expect(html).toContain('<mark>Liège</mark>');
    expect(html).toContain('noindex');
    const en = await get('/en/search?q=cooperation');
    expect(en.status).toBe(200);
    expect(await en.text()).toMatch(/6 results[\s\S]*Space <mark>cooperation<\/mark> day/);
  });

  it('offers facets as links that filter', async () => {
    const html = await (await get('/fr/recherche?q=liege')).text();
    expect(html).toContain('href="/fr/recherche?q=liege&amp;type=organisation"');
    const filtered = await (await get('/fr/recherche?q=liege&type=organisation')).text();
    expect(filtered).toContain('1 résultat');
  });

  it('says when nothing matches and guides an empty query', async () => {
    const none = await (await get('/en/search?q=zeppelin')).text();
    expect(none).toContain('No results for “zeppelin”');
    const empty = await get('/fr/recherche');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('Quelques idées');
  });

  it('escapes the query and never fails on hostile input', async () => {
    for (const q of ['<script>alert(1)</script>', '"NEAR(a b)"', "'; --", 'x'.repeat(10_000)]) {
      const res = await get(`/fr/recherche?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain('<script>alert');
    }
    const long = await (await get(`/en/search?q=${'liege '.repeat(100)}`)).text();
    expect(long).toContain('cut to its first 200 characters');
  });

  it('answers a malformed page or filter with 400 and a page past the end with 404', async () => {
    expect((await get('/fr/recherche?q=liege&page=abc')).status).toBe(400);
    expect((await get('/fr/recherche?q=liege&type=planet')).status).toBe(400);
    expect((await get('/fr/recherche?q=liege&year=soon')).status).toBe(400);
    expect((await get('/fr/recherche?q=liege&page=9')).status).toBe(404);
  });

  it('puts a labelled search form in every page header', async () => {
    const html = await (await get('/en/news')).text();
    expect(html).toMatch(
      /<form class="header-search" role="search" aria-label="Search the site" method="get" action="\/en\/search"[^>]*>/,
    );
    expect(html).toContain('<label for="header-search-q"');
  });
});
