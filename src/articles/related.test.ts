import { describe, expect, it } from 'vitest';
import { rankRelated, relatedScore, relatedWeights } from './related.js';

const c = (id: string, sector: number, publishedAt: string, more: Record<string, number> = {}) => ({
  id,
  publishedAt,
  shared: { sector, ...more },
});

describe('rankRelated', () => {
  it('ranks by shared sectors, then recency, and keeps three', () => {
    const ranked = rankRelated('self', [
      c('old-two', 2, '2024-01-01T00:00:00.000Z'),
      c('new-one', 1, '2026-01-01T00:00:00.000Z'),
      c('mid-one', 1, '2025-06-01T00:00:00.000Z'),
      c('new-two', 2, '2025-01-01T00:00:00.000Z'),
      c('oldest-one', 1, '2020-01-01T00:00:00.000Z'),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['new-two', 'old-two', 'new-one']);
  });

  it('puts an article about the same organisation or event above one sharing only sectors', () => {
    const ranked = rankRelated('self', [
      c('all-sectors', 4, '2026-06-01T00:00:00.000Z'),
      c('same-org', 0, '2020-01-01T00:00:00.000Z', { organisation: 1 }),
      c('same-event', 1, '2019-01-01T00:00:00.000Z', { event: 1 }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['same-event', 'same-org', 'all-sectors']);
    expect(relatedWeights.organisation).toBeGreaterThan(4 * relatedWeights.sector);
  });

  it('never returns the article itself nor articles sharing nothing', () => {
    const ranked = rankRelated('self', [
      c('self', 3, '2026-01-01T00:00:00.000Z'),
      c('none', 0, '2026-01-01T00:00:00.000Z'),
    ]);
    expect(ranked).toEqual([]);
  });

  it('breaks exact ties by id so the order is stable', () => {
    const at = '2025-01-01T00:00:00.000Z';
    expect(rankRelated('x', [c('a', 1, at), c('b', 1, at)], 2).map((r) => r.id)).toEqual([
      'b',
      'a',
    ]);
  });

  it('scores by the weights', () => {
    expect(relatedScore({ sector: 2, person: 1, country: 1 })).toBe(2 + 5 + 1);
  });
});
