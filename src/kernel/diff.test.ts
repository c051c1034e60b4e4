// The line diff behind revision comparisons.
import { describe, expect, it } from 'vitest';
import { diffFields, diffLines } from './diff.js';

describe('diffLines', () => {
  it('keeps common lines and marks deleted then added ones in reading order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'add', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
  });

  it('treats an empty text as no lines', () => {
    expect(diffLines('', 'new')).toEqual([{ op: 'add', text: 'new' }]);
    expect(diffLines('old', '')).toEqual([{ op: 'del', text: 'old' }]);
    expect(diffLines('', '')).toEqual([]);
  });
});

describe('diffFields', () => {
  it('compares every field of either side, listed fields first', () => {
    const fields = diffFields({ b: 'same', a: 'one' }, { a: 'two', c: 'new' }, ['c']);
    expect(fields.map((f) => [f.field, f.changed])).toEqual([
      ['c', true],
      ['b', true],
      ['a', true],
    ]);
    expect(diffFields({ a: 'x' }, { a: 'x' })[0]!.changed).toBe(false);
  });
});
