import { describe, expect, it } from 'vitest';
import { expectedFirst, ndcgAt, scoreQuery, summarise } from './ndcg.js';

describe('nDCG@k', () => {
  const judged = { a: 3, b: 2, c: 1 };

  it('is 1 for the ideal order and for an order equal to it among equal grades', () => {
    expect(ndcgAt(5, ['a', 'b', 'c'], judged)).toBe(1);
    expect(ndcgAt(5, ['a', 'b', 'c', 'x', 'y'], judged)).toBe(1);
    expect(ndcgAt(5, ['x', 'y'], {})).toBe(1);
  });

  it('computes gains 2^grade − 1 with a log2 discount, over the ideal', () => {
    // DCG of b, a, c: 3/1 + 7/log2(3) + 1/2; ideal a, b, c: 7 + 3/log2(3) + 1/2.
    const expected = (3 + 7 / Math.log2(3) + 0.5) / (7 + 3 / Math.log2(3) + 0.5);
    expect(ndcgAt(5, ['b', 'a', 'c'], judged)).toBeCloseTo(expected, 12);
  });

  it('counts only the first k results, and unjudged ones as 0', () => {
    expect(ndcgAt(2, ['x', 'a', 'b'], judged)).toBeCloseTo(
      7 / Math.log2(3) / (7 + 3 / Math.log2(3)),
      12,
    );
    expect(ndcgAt(5, ['x', 'y', 'z'], judged)).toBe(0);
  });

  it('names the expected first result and whether it came first', () => {
    expect(expectedFirst({ b: 2, a: 3, c: 3 })).toBe('a');
    expect(scoreQuery(5, ['a', 'b'], judged).firstIsFirst).toBe(true);
    expect(scoreQuery(5, ['b', 'a'], judged).firstIsFirst).toBe(false);
    expect(scoreQuery(5, [], judged).firstIsFirst).toBe(false);
  });

  it('summarises the mean nDCG and the share of first results', () => {
    expect(
      summarise([
        { ndcg: 1, firstIsFirst: true },
        { ndcg: 0.5, firstIsFirst: false },
      ]),
    ).toEqual({ ndcg: 0.75, firstShare: 0.5 });
  });
});
