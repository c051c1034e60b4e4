// The interface messages are complete: every locale has exactly the French keys with the same
// placeholders, and every key the code asks for (t('…') and t(`…${x}…`)) exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales.js';
import { en } from './messages.en.js';
import { fr } from './messages.fr.js';

const srcDir = join(import.meta.dirname, '..');
const keys = Object.keys(fr).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Keys used in the code: t('a.b'), ctx.t("a.b"), translator(l)('a.b'), t(`a.${x}`) as a pattern. */
export function usedKeys(source: string): { literal: string[]; patterns: RegExp[] } {
  const literal = [
    ...source.matchAll(/(?:\bt|\))\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g),
    ...source.matchAll(/(?:\bt|\))\(\s*"([a-z][\w-]*(?:\.[\w-]+)+)"/g),
  ].map((m) => m[1]!);
  const patterns = [...source.matchAll(/\bt\(\s*`([a-z][^`]*\.[^`]*)`/g)].map((m) => {
    const parts = m[1]!.split(/\$\{[^}]*\}/);
    return new RegExp(
      `^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`,
    );
  });
  return { literal, patterns };
}

describe('interface messages', () => {
  it('has the same keys in French and English', () => {
    const missing = keys.filter((k) => !(k in en));
    const extra = Object.keys(en).filter((k) => !(k in fr));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has the same keys in every registered locale, none empty', () => {
    for (const { code, messages } of locales) {
      expect(Object.keys(messages).sort(), code).toEqual(keys);
      for (const k of keys)
        expect((messages as Record<string, string>)[k], `${code} ${k}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every locale', () => {
    for (const { code, messages } of locales)
      for (const k of keys)
        expect(placeholders(messages[k as keyof typeof fr]), `${code} ${k}`).toEqual(
          placeholders(fr[k as keyof typeof fr]),
        );
  });

  it('defines every message the code uses', () => {
    const undefinedKeys: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(srcDir)) {
      const { literal, patterns } = usedKeys(readFileSync(file, 'utf8'));
      seen += literal.length + patterns.length;
      for (const key of literal) if (!(key in fr)) undefinedKeys.push(`${file}: ${key}`);
      for (const pattern of patterns)
        if (!keys.some((k) => pattern.test(k))) undefinedKeys.push(`${file}: ${pattern.source}`);
    }
    expect(seen).toBeGreaterThan(100);
    expect(undefinedKeys).toEqual([]);
  });

  it('finds the keys of each call form', () => {
    const found = usedKeys(
      "t('a.b'); ctx.t(\"c.d\", { x }); translator(l)('e.f'); t(`article.kind.${k}`); at('no')",
    );
    expect(found.literal).toEqual(['a.b', 'e.f', 'c.d']);
    expect(found.patterns.map((p) => p.source)).toEqual(['^article\\.kind\\.[\\w-]+$']);
  });
});
