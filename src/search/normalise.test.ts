import { describe, expect, it } from 'vitest';
import { fold, indexTerms, parseQuery, stem, termMatches } from './normalise.js';
import { fts5Expression } from './search.sqlite.js';
import { tsqueryText } from './search.postgres.js';

describe('normaliser', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Liège ÉCOLE Œuvre')).toBe('liege ecole oeuvre');
  });

  it('reduces plurals, feminines and suffixes to one stem in French and English', () => {
    const same = (...words: string[]) => new Set(words.map((w) => stem(fold(w)))).size;
    expect(same('spatial', 'spatiale', 'spatiaux', 'spatiales')).toBe(1);
    expect(same('coopération', 'cooperation', 'coopérations')).toBe(1);
    expect(same('Liège', 'liege')).toBe(1);
    expect(same('technologie', 'technologies', 'technology')).toBe(1);
    expect(same('sécurité', 'security')).toBe(1);
    expect(same('investissement', 'investment')).toBe(1);
    expect(stem('laser')).toBe('laser');
  });

  it('drops stop words and single letters, keeps numbers', () => {
    expect(indexTerms("L'Agence spatiale européenne et le CSL en 2025")).toEqual([
      'agenc',
      'spati',
      'europeenn',
      'csl',
      '2025',
    ]);
  });

  it('makes the last typed word a prefix that also reaches shorter stems', () => {
    const [coop] = parseQuery('coop').terms;
    expect(termMatches(coop!, 'cooper')).toBe(true);
    const [partial] = parseQuery('coopera').terms;
    expect(termMatches(partial!, 'cooper')).toBe(true);
    const [done] = parseQuery('coop ').terms;
    expect(termMatches(done!, 'cooper')).toBe(false);
    const [starred] = parseQuery('coop*').terms;
    expect(termMatches(starred!, 'cooper')).toBe(true);
    const [closed] = parseQuery('coop* ').terms;
    expect(termMatches(closed!, 'cooper')).toBe(false);
  });

  it('turns any input into inert engine expressions', () => {
    const { terms } = parseQuery('"x" * NEAR(a b) -c \'d\'; (e) f:g');
    expect(terms.length).toBeGreaterThan(0);
    for (const expression of [fts5Expression(terms, false), tsqueryText(terms)])
      expect(expression).toMatch(/^[()a-z0-9 "'*:|&OR AND]+$/);
    expect(parseQuery('"*()-;').terms).toEqual([]);
  });
});
