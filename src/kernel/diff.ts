// Line diff of two texts, with the changed words inside each changed line, and a field-by-field
// diff of two flat records of strings, for comparing revisions of any entity. The `diff` library
// (Myers' O(N·D) algorithm) does the work; this module only shapes its result for the views.
import { diffArrays, diffWordsWithSpace } from 'diff';

/** A run of a changed line's text, `changed` when it differs from the paired line's. */
export interface WordPart {
  text: string;
  changed: boolean;
}

/** One line of a diff; a deleted or added line paired with a similar one carries its `words`. */
export interface DiffOp {
  op: 'same' | 'add' | 'del';
  text: string;
  words?: WordPart[];
}

export interface FieldDiff {
  field: string;
  changed: boolean;
  lines: DiffOp[];
}

/**
 * Past this many deleted plus added lines the texts are a rewrite rather than an edit: the
 * search would cost ~0.1 s per 1,000 (quadratic beyond), so the differing middle is shown as
 * deleted then added. The size of the texts themselves does not matter.
 */
const maxEditedLines = 1000;

/** Per pair of lines, the same bound in words and spaces. */
const maxEditedWords = 200;

/** The lines of `after` compared with `before`: kept, added and deleted lines in reading order. */
export function diffLines(before: string, after: string): DiffOp[] {
  // Lines are what split('\n') gives, so a last line without a newline equals the same line
  // with one (diffLines of the library would see them as different).
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: maxEditedLines }) ?? rewrite(a, b);
  const ops: DiffOp[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      ops.push(...change.value.map((text) => ({ op: 'same' as const, text })));
    } else if (change.removed && changes[i + 1]?.added) {
      ops.push(...pairLines(change.value, changes[i + 1]!.value));
      i++;
    } else {
      const op = change.added ? ('add' as const) : ('del' as const);
      ops.push(...change.value.map((text) => ({ op, text })));
    }
  }
  return ops;
}

/** The common head and tail kept, everything between deleted then added. */
function rewrite(a: string[], b: string[]) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail))
    tail++;
  const same = (value: string[]) => ({ value, added: false, removed: false });
  return [
    same(a.slice(0, head)),
    { value: a.slice(head, a.length - tail), added: false, removed: true },
    { value: b.slice(head, b.length - tail), added: true, removed: false },
    same(a.slice(a.length - tail)),
  ].filter((change) => change.value.length > 0);
}

/** Deleted lines, then added ones; the n-th of each are compared word by word when similar. */
function pairLines(deleted: string[], added: string[]): DiffOp[] {
  const dels: DiffOp[] = deleted.map((text) => ({ op: 'del', text }));
  const adds: DiffOp[] = added.map((text) => ({ op: 'add', text }));
  for (let i = 0; i < Math.min(dels.length, adds.length); i++) {
    const words = diffWords(deleted[i]!, added[i]!);
    if (!words) continue;
    dels[i]!.words = words.before;
    adds[i]!.words = words.after;
  }
  return [...dels, ...adds];
}

/**
 * The two lines cut into unchanged and changed runs, or undefined when less than half of the
 * longer line is unchanged: marking nearly every word of two unrelated lines says nothing.
 */
function diffWords(before: string, after: string) {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: maxEditedWords });
  if (!changes) return undefined;
  const kept = changes.reduce((n, c) => (c.added || c.removed ? n : n + c.value.length), 0);
  if (kept * 2 < Math.max(before.length, after.length)) return undefined;
  const side = (skip: 'added' | 'removed') =>
    changes.filter((c) => !c[skip]).map((c) => ({ text: c.value, changed: c.added || c.removed }));
  return { before: side('added'), after: side('removed') };
}

/** A diff of every field present in either record, in the order of `fields` then the rest. */
export function diffFields(
  before: Record<string, string>,
  after: Record<string, string>,
  fields: readonly string[] = [],
): FieldDiff[] {
  const names = [...new Set([...fields, ...Object.keys(before), ...Object.keys(after)])];
  return names.map((field) => {
    const a = before[field] ?? '';
    const b = after[field] ?? '';
    return { field, changed: a !== b, lines: diffLines(a, b) };
  });
}
