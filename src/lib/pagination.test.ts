import { describe, expect, it } from 'vitest';
import { pageInfo, pageWindow, parsePageParam } from './pagination.js';

describe('pagination', () => {
  it('parses page numbers strictly', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('3')).toBe(3);
    for (const bad of ['0', '-1', 'abc', '1.5', '', ' 2', '01', '9999999999', '2e3']) {
      expect(parsePageParam(bad), bad).toBeUndefined();
    }
  });

  it('counts pages, with one page for an empty list', () => {
    expect(pageInfo(1, 12, 0).pageCount).toBe(1);
    expect(pageInfo(1, 12, 25).pageCount).toBe(3);
  });

  it('shows a window of pages with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
