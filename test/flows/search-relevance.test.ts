// Search ranks what an article is about (issue 13): the relevance set of bench/relevance.ts over
// the demo content keeps its targets (nDCG@5, expected first result first) on every database, and
// both databases give the same order.
import { describe, expect, it } from 'vitest';
import {
  describeRelevance,
  measureRelevance,
  relevanceSet,
  relevanceTargets,
  type RelevanceRun,
} from '../../bench/relevance.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

const runs = new Map<string, RelevanceRun>();

describe.each(testDialects())('search relevance on $name', (dialect) => {
  const site = demoSite(dialect, `relevance-${dialect.name}`);

  it('names only results the demo content has', async () => {
    const known = new Set<string>();
    for (const type of ['organisation', 'person', 'event', 'project'] as const)
      for (const r of await site.database.db.selectFrom(type).select('slug').execute())
        known.add(`${type}:${r.slug}`);
    const unknown = relevanceSet
      .flatMap((q) => Object.keys(q.expected))
      .filter((id) => !id.startsWith('article:') && !known.has(id));
    expect(unknown).toEqual([]);
    expect(relevanceSet.length).toBeGreaterThanOrEqual(30);
  });

  it('meets the targets: nDCG@5 ≥ 0.9, the expected first result first in ≥ 80 % of queries', async () => {
    const run = await measureRelevance(site.services.search);
    runs.set(dialect.name, run);
    const report = describeRelevance(run);
    expect(run.ndcg, report).toBeGreaterThanOrEqual(relevanceTargets.ndcgAt5);
    expect(run.firstShare, report).toBeGreaterThanOrEqual(relevanceTargets.firstShare);
  });

  it('puts the delegation article first for « kazakhstan » and « kaza », in French and English', () => {
    const run = runs.get(dialect.name)!;
    for (const q of run.queries.filter((q) => /^kaza/i.test(q.q)))
      expect(q.ranked[0], `${q.locale} « ${q.q} »`).toBe('article:central-asia-delegation-visit');
  });
});

describe('search relevance across databases', () => {
  it('gives the same order on SQLite and PostgreSQL', () => {
    const [first, ...others] = [...runs.values()];
    for (const other of others)
      expect(other.queries.map((q) => q.ranked)).toEqual(first!.queries.map((q) => q.ranked));
  });
});
