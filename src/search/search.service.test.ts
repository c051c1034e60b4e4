import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSearchWorld, type SearchWorld } from '../../test/support/search-world.js';
import type { SearchFilter } from './search.engine.js';

// One expected list per query, shared by every dialect: the engines must agree exactly.
const expected: Record<string, string[]> = {
  // Titles weigh most: the visit's title names Liège; CSL and the event name it in a name/body.
  liege: ['visit', 'csl', 'event', 'drones'],
  spatiaux: ['visit', 'satellites', 'csl', 'event'],
  cooperation: ['event', 'visit', 'coop-org', 'satellites', 'drones', 'project'],
  // As typed: the prefix reaches « coopération » and « Coopérative » alike.
  coop: ['event', 'visit', 'coop-org', 'satellites', 'drones', 'project'],
};

const hostile = [
  '"',
  '""',
  '*',
  'coop*',
  'NEAR(liege spatial)',
  'liege NEAR spatial',
  '-liege',
  'liege -spatial',
  "l'espace",
  "'; drop table search_document; --",
  '(liege',
  'liege)',
  '{title_terms}: liege',
  'a:b & c | !d <-> e',
  'AND OR NOT',
  '^liege',
  'x'.repeat(10_000),
  'liège '.repeat(2_000),
  '\u0000\u0301\uD83D\uDE80',
];

describe.each(testDialects())('search service ($name)', (dialect) => {
  let handle: TestDatabase;
  let world: SearchWorld;

  beforeAll(async () => {
    handle = await dialect.open();
    world = await makeSearchWorld(handle.database);
  });
  afterAll(() => handle.cleanup());

  const run = (q: string, filter: SearchFilter = {}, page = 1, locale = 'fr') =>
    world.services.search.search({ q, locale, page, filter });
  const names = (hits: { id: string }[]) => hits.map((h) => world.names.get(h.id) ?? h.id);

  for (const [q, list] of Object.entries(expected)) {
    it(`finds the same documents in the same order for « ${q} »`, async () => {
      expect(names((await run(q)).hits)).toEqual(list);
    });
  }

  it('never finds drafts, scheduled or deleted articles', async () => {
    const all = names((await run('liege')).hits);
    expect(all).not.toContain('draft');
    expect(all).not.toContain('scheduled');
    expect((await run('supprime')).total).toBe(0);
    expect((await run('bientot')).total).toBe(0);
  });

  it('counts facets over the matches, one result per article or entity', async () => {
    const result = await run('liege');
    expect(result.total).toBe(4);
    expect(result.facets.type).toEqual([
      { value: 'article', count: 2 },
      { value: 'organisation', count: 1 },
      { value: 'event', count: 1 },
    ]);
    expect(result.facets.sector).toEqual([
      { value: 'space', count: 3 },
      { value: 'defence', count: 1 },
      { value: 'drone', count: 1 },
    ]);
    expect(result.facets.year).toEqual([
      { value: 2026, count: 2 },
      { value: 2025, count: 1 },
    ]);
    expect(result.facets.locale).toEqual([{ value: 'fr', count: 4 }]);
  });

  it('prefers the reader’s language and filters by facet', async () => {
    const en = await run('liege', {}, 1, 'en');
    expect(en.facets.locale).toEqual([
      { value: 'en', count: 3 },
      { value: 'fr', count: 1 },
    ]);
    expect(names((await run('liege', { type: 'article' })).hits)).toEqual(['visit', 'drones']);
    expect(names((await run('liege', { sector: 'drone' })).hits)).toEqual(['drones']);
    expect(names((await run('liege', { year: 2025 })).hits)).toEqual(['drones']);
    expect(
      (await run('liege', { locale: 'en' }, 1, 'fr')).hits.every((h) => h.locale === 'en'),
    ).toBe(true);
  });

  it('highlights the matching words of titles and snippets', async () => {
    const [first] = (await run('liege', { type: 'article' })).hits;
    expect(first?.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['Liège']);
    expect(first?.snippet.some((s) => s.mark && s.text === 'Liège')).toBe(true);
  });

  it('shows a project by its acronym, as its page heads it, and finds it by its full name', async () => {
    const hit = (await run('team europe initiative')).hits.find((h) => h.type === 'project');
    expect(hit?.title.map((s) => s.text).join('')).toBe('TEI');
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Coopération numérique');
  });

  it('pages the results and refuses a page past the end', async () => {
    const result = await run('liege');
    expect(result.page).toMatchObject({ page: 1, pageCount: 1, total: 4 });
    await expect(run('liege', {}, 2)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers an empty or punctuation-only query with an empty page', async () => {
    for (const q of ['', '   ', '"*()-', 'le la les ']) {
      const result = await run(q);
      expect(result).toMatchObject({ searched: false, total: 0, hits: [] });
    }
  });

  it('never fails on engine syntax, quotes or very long queries', async () => {
    for (const q of hostile) {
      const result = await run(q);
      expect(result.q.length).toBeLessThanOrEqual(200);
      if (q.length > 200) expect(result.truncated).toBe(true);
    }
  });

  it('follows saves and deletions of articles and entities', async () => {
    const [id] = [...world.names].find(([, n]) => n === 'drones')!;
    await world.services.search.removeArticle(id);
    expect(names((await run('liege')).hits)).not.toContain('drones');
    await world.services.search.indexArticle(id);
    expect(names((await run('liege')).hits)).toContain('drones');

    const [csl] = [...world.names].find(([, n]) => n === 'csl')!;
    await world.services.search.removeEntity('organisation', csl);
    expect(names((await run('liege')).hits)).not.toContain('csl');
    await world.services.search.indexEntity('organisation', csl);
    expect(names((await run('liege')).hits)).toEqual(expected.liege);
  });

  it('rebuilds the whole index and reports what it holds', async () => {
    const report = await world.services.search.reindexAll();
    expect(report.counts).toEqual([
      { type: 'article', count: 6 },
      { type: 'event', count: 2 },
      { type: 'organisation', count: 3 },
      { type: 'person', count: 1 },
      { type: 'project', count: 1 },
    ]);
    expect(names((await run('cooperation')).hits)).toEqual(expected.cooperation);
  });
});
