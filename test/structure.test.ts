// The structure the README's « Layers » describes, checked on every run: no import cycle between
// source files, no two folders of src/ importing each other (type-only imports included) beyond
// the pairs listed here with their reason, and no source file past 400 lines (data files apart).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../src');

/** Folder pairs allowed to import each other, each with its reason. */
const allowedPairs: Record<string, string> = {};

/** Files allowed past 400 lines: data, not code. */
const longDataFiles = new Set([
  'i18n/messages.en.ts',
  'i18n/messages.fr.ts',
  'seed/demo-articles.ts',
  'seed/demo-ecosystem.ts',
  'db/migrations/2026-11-25-2200-create-domain.ts',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(src);
const known = new Set(files);
const importPattern =
  /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`].find((candidate) => known.has(candidate));
}

const graph = new Map(
  files.map((file) => {
    const targets = new Set<string>();
    for (const m of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target && target !== file) targets.add(target);
    }
    return [file, targets] as const;
  }),
);

const folderOf = (file: string) => relative(src, file).split('/')[0]!;

/** Strongly connected components of more than one file (Tarjan). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(src, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('code structure', () => {
  it('has no import cycle between source files', () => {
    expect(cycles()).toEqual([]);
  });

  it('has no two folders of src/ importing each other, but the pairs explained', () => {
    const edges = new Set<string>();
    for (const [file, targets] of graph)
      for (const target of targets)
        if (folderOf(file) !== folderOf(target)) edges.add(`${folderOf(file)} ${folderOf(target)}`);
    const mutual = [...edges]
      .map((edge) => edge.split(' '))
      .filter(([a, b]) => a! < b! && edges.has(`${b} ${a}`))
      .map(([a, b]) => `${a} ${b}`);
    expect(mutual.filter((pair) => !(pair in allowedPairs))).toEqual([]);
  });

  it('keeps every source file under 400 lines, data files apart', () => {
    const long = files
      .filter((file) => !longDataFiles.has(relative(src, file)))
      .filter((file) => readFileSync(file, 'utf8').split('\n').length > 400)
      .map((file) => relative(src, file));
    expect(long).toEqual([]);
  });
});
