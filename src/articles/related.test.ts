import { describe, expect, it } from 'vitest';
import { rankRelated } from './related.js';

const c = (id: string, sharedSectors: number, publishedAt: string) => ({
  id,
  sharedSectors,
  publishedAt,
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
});
