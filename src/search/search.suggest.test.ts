import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSearchWorld, type SearchWorld } from '../../test/support/search-world.js';
import type { SuggestionsBody } from './search.suggest.js';

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe.each(testDialects())('search suggestions ($name)', (dialect) => {
  let handle: TestDatabase;
  let world: SearchWorld;
  let app: ReturnType<typeof makeApp>;

  beforeAll(async () => {
    handle = await dialect.open();
    world = await makeSearchWorld(handle.database);
    app = makeApp(handle.database);
  });
  afterAll(() => handle.cleanup());

  const get = (path: string, headers?: Record<string, string>) => app.request(path, { headers });
  const json = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
    return (await res.json()) as SuggestionsBody;
  };

  it('lists the first results of a prefix as it is typed, in the order of the search page', async () => {
    const body = await json('/fr/recherche/suggestions?q=coop');
    expect(body.q).toBe('coop');
    expect(body.items).toHaveLength(6);
    const page = await world.services.search.search({
      q: 'coop',
      locale: 'fr',
      page: 1,
      filter: {},
    });
    expect(body.items.map((i) => i.url)).toEqual(
      page.hits.slice(0, 6).map((h) => expect.stringContaining(`/${h.slug}`) as unknown),
    );
    const event = body.items[0]!;
    expect(event).toMatchObject({ type: 'event', kind: 'Événement', lang: null, note: null });
    expect(event.url).toMatch(/^\/fr\/agenda\//);
    expect(marked(event.title)).toBe('Journée de la [coopération] spatiale');
    const org = body.items.find((i) => i.type === 'organisation')!;
    expect(marked(org.title)).toBe('[Coopérative] Drones Wallonie');
    expect(body.all).toEqual({
      url: '/fr/recherche?q=coop',
      label: 'Voir tous les résultats pour « coop »',
    });
    expect(body.status).toBe('6 résultats proposés ; flèches haut et bas pour les parcourir.');
  });

  it('folds accents and answers in English, saying which texts are in another language', async () => {
    const body = await json('/en/search/suggestions?q=liege');
    expect(body.items.length).toBeGreaterThan(0);
    const titles = body.items.map((i) => marked(i.title));
    expect(titles).toContain('Space cooperation: a delegation in [Liège]');
    const frenchOnly = body.items.find((i) => i.lang === 'fr')!;
    expect(frenchOnly).toMatchObject({ kind: 'News', note: 'in French' });
    expect(frenchOnly.url).toMatch(/^\/en\/news\//);
    expect(body.all?.url).toBe('/en/search?q=liege');
    expect(body.status).toMatch(/^\d+ results; use the up and down arrows/);
  });

  it('says when nothing matches and lists nothing for an empty query', async () => {
    const none = await json('/en/search/suggestions?q=zeppelin');
    expect(none).toEqual({
      q: 'zeppelin',
      items: [],
      all: null,
      status: 'No results for “zeppelin”.',
    });
    for (const q of ['', '%20%20', '%3F%21', '-']) {
      const empty = await json(`/fr/recherche/suggestions?q=${q}`);
      expect(empty.items).toEqual([]);
      expect(empty.all).toBeNull();
      expect(empty.status).toBe('');
    }
    expect((await json('/fr/recherche/suggestions')).items).toEqual([]);
  });

  it('never fails on long or hostile queries', async () => {
    const long = await json(`/fr/recherche/suggestions?q=${'x'.repeat(10_000)}`);
    expect(long.q).toHaveLength(200);
    const hostile = [
      '"',
      '"liege"',
      'NEAR(liege spatial)',
      'liege NEAR spatial',
      '*',
      'coop*',
      '<script>alert(1)</script>',
      "'; drop table search_document; --",
      '{title_terms}: liege',
      'a:b & c | !d <-> e',
      '\u0301\uD83D\uDE80',
      'liège '.repeat(2_000),
    ];
    for (const q of hostile) {
      const body = await json(`/fr/recherche/suggestions?q=${encodeURIComponent(q)}`);
      expect(Array.isArray(body.items), q).toBe(true);
    }
    // A NUL is refused before any route, as on every address (src/http/text-guard.ts).
    const nul = await get('/fr/recherche/suggestions?q=%00%CC%81');
    expect(nul.status).toBe(400);
    expect((await json('/fr/recherche/suggestions?q=coop*')).items.length).toBeGreaterThan(0);
    // Other parameters are ignored, not refused: the box sends only q.
    expect((await json('/fr/recherche/suggestions?q=liege&type=planet&page=x')).items.length).toBe(
      4,
    );
  });

  it('is cacheable like the pages: public max-age, ETag and 304', async () => {
    const res = await get('/fr/recherche/suggestions?q=liege');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    expect(res.headers.get('content-language')).toBe('fr');
    const tag = res.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await get('/fr/recherche/suggestions?q=liege', { 'If-None-Match': tag! });
    expect(again.status).toBe(304);
  });

  it('gives every page header the address of the suggestions and the script', async () => {
    const fr = await (await get('/fr/actualites')).text();
    expect(fr).toContain('data-suggest="/fr/recherche/suggestions"');
    expect(fr).toContain('data-suggest-label="Résultats pendant la saisie"');
    expect(fr).toMatch(/<script src="\/assets\/search-suggest\.js\?v=[0-9a-f]{10}" defer(="")?>/);
    const en = await (await get('/en/news')).text();
    expect(en).toContain('data-suggest="/en/search/suggestions"');
    const script = await get('/assets/search-suggest.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("setAttribute('role', 'combobox')");
  });
});
