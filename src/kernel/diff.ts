// Line diff of two texts (longest common subsequence), and a field-by-field diff of two flat
// records of strings, for comparing revisions of any entity.

export type DiffOp = { op: 'same' | 'add' | 'del'; text: string };

export interface FieldDiff {
  field: string;
  changed: boolean;
  lines: DiffOp[];
}

/** Past this many lines on each side the LCS table would be too large; fall back to del + add. */
const maxLines = 3000;

/** The lines of `after` compared with `before`: kept, added and deleted lines in reading order. */
export function diffLines(before: string, after: string): DiffOp[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text) => ({ op: 'same' as const, text }));
  const tail = a.slice(endA).map((text) => ({ op: 'same' as const, text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  return [...head, ...diffMiddle(midA, midB), ...tail];
}

function diffMiddle(a: string[], b: string[]): DiffOp[] {
  if (a.length === 0) return b.map((text) => ({ op: 'add', text }));
  if (b.length === 0) return a.map((text) => ({ op: 'del', text }));
  if (a.length > maxLines || b.length > maxLines)
    return [
      ...a.map((text) => ({ op: 'del' as const, text })),
      ...b.map((text) => ({ op: 'add' as const, text })),
    ];
  const width = b.length + 1;
  // lcs[i * width + j] = length of the LCS of a[i..] and b[j..]
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      ops.push({ op: 'del', text: a[i]! });
      i++;
    } else {
      ops.push({ op: 'add', text: b[j]! });
      j++;
    }
  }
  while (i < a.length) ops.push({ op: 'del', text: a[i++]! });
  while (j < b.length) ops.push({ op: 'add', text: b[j++]! });
  return ops;
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
