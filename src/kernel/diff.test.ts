// The line and word diff behind revision comparisons.
import { describe, expect, it } from 'vitest';
import { diffFields, diffLines, type DiffOp } from './diff.js';

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the report.`);
const changedOnly = (ops: DiffOp[]) => ops.filter((o) => o.op !== 'same');

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

  it('sees a last line without a newline as the same line', () => {
    expect(changedOnly(diffLines('a\nb', 'a\nb\nc'))).toEqual([{ op: 'add', text: 'c' }]);
  });

  it('finds one changed line among 5,000 without deleting and adding the rest', () => {
    const before = lines(5000);
    const after = before.with(2500, 'Paragraph 2501 of the revised report.');
    const ops = diffLines(before.join('\n'), after.join('\n'));
    expect(ops).toHaveLength(5001);
    expect(changedOnly(ops).map((o) => [o.op, o.text])).toEqual([
      ['del', 'Paragraph 2501 of the report.'],
      ['add', 'Paragraph 2501 of the revised report.'],
    ]);
  });

  it('finds lines inserted and deleted far apart in a long text', () => {
    const before = lines(4000);
    const after = [...before.slice(1, 3000), 'A new closing line.', ...before.slice(3000)];
    expect(changedOnly(diffLines(before.join('\n'), after.join('\n')))).toEqual([
      { op: 'del', text: 'Paragraph 1 of the report.' },
      { op: 'add', text: 'A new closing line.' },
    ]);
  });

  it('shows a rewrite as its common head and tail kept and the rest deleted then added', () => {
    const before = ['Title', ...lines(1200), 'End'];
    const after = ['Title', ...lines(1200).map((l) => l.toUpperCase()), 'End'];
    const ops = diffLines(before.join('\n'), after.join('\n'));
    expect(ops[0]).toEqual({ op: 'same', text: 'Title' });
    expect(ops.at(-1)).toEqual({ op: 'same', text: 'End' });
    expect(ops.slice(1, 1201).every((o) => o.op === 'del')).toBe(true);
    expect(ops.slice(1201, 2401).every((o) => o.op === 'add')).toBe(true);
  });
});

describe('word diff inside changed lines', () => {
  it('marks only the changed word of a changed line, on both sides', () => {
    const [del, add] = diffLines(
      'The launch is on Tuesday at noon.',
      'The launch is on Friday at noon.',
    );
    expect(del!.words).toEqual([
      { text: 'The launch is on ', changed: false },
      { text: 'Tuesday', changed: true },
      { text: ' at noon.', changed: false },
    ]);
    expect(add!.words).toEqual([
      { text: 'The launch is on ', changed: false },
      { text: 'Friday', changed: true },
      { text: ' at noon.', changed: false },
    ]);
  });

  it('pairs the changed lines of a block in order and rebuilds each line exactly', () => {
    const ops = diffLines(
      'Intro\nOne  apple, two pears.\nSecond line here.\nOutro',
      'Intro\nOne  apple, three pears.\nSecond line there.\nA third, new line.\nOutro',
    );
    const changed = changedOnly(ops);
    expect(changed.map((o) => o.op)).toEqual(['del', 'del', 'add', 'add', 'add']);
    for (const op of changed.filter((o) => o.words))
      expect(op.words!.map((w) => w.text).join('')).toBe(op.text);
    expect(changed[2]!.words!.filter((w) => w.changed).map((w) => w.text)).toEqual(['three']);
    expect(changed[4]!.words).toBeUndefined();
  });

  it('marks no words when two paired lines have little in common', () => {
    const [del, add] = diffLines('Budget approved by the board.', 'See you in Lyon!');
    expect(del!.words).toBeUndefined();
    expect(add!.words).toBeUndefined();
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
