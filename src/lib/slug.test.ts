import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('lowers case, drops accents and apostrophes', () => {
    expect(
      slugify('Accueil d’une délégation d’Asie centrale en Wallonie : coopération spatiale'),
    ).toBe('accueil-dune-delegation-dasie-centrale-en-wallonie-cooperation-spatiale');
    expect(slugify('d’Asie')).toBe('dasie');
    expect(slugify("l'ESA")).toBe('lesa');
  });

  it('folds ligatures and collapses punctuation', () => {
    expect(slugify('Œuvre -- spatiale  & cœur!')).toBe('oeuvre-spatiale-coeur');
    expect(slugify('  ---  ')).toBe('');
  });

  it('cuts long titles at a hyphen without a trailing one', () => {
    const slug = slugify('mot '.repeat(50), 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug.endsWith('-')).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });

  it('recognises valid slugs only', () => {
    expect(isSlug('space-news-2025')).toBe(true);
    expect(isSlug('Space')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('-a')).toBe(false);
  });
});
