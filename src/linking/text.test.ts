// Folding, masking and tokenisation keep offsets into the original text.
import { describe, expect, it } from 'vitest';
import { fold, maskText, normaliseSeparator, tokenize } from './text.js';

describe('text preparation', () => {
  it('folds accents, ligatures and case', () => {
    expect(fold('Liège Œuvre Ouzbékistan Köhler')).toBe('liege oeuvre ouzbekistan kohler');
  });

  it('masks URLs, addresses, domains, code and link targets without moving offsets', () => {
    const text = 'Voir [le CSL](https://csl.be/x) ou www.esa.int, csl@uliege.be, esa.int et `CSL`.';
    const masked = maskText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.replace(/\0+/g, '_')).toBe('Voir [le CSL](_) ou _, _, _ et _.');
  });

  it('keeps abbreviations and numbers with dots', () => {
    expect(maskText('U.S. 2.4 S.L.')).toBe('U.S. 2.4 S.L.');
  });

  it('normalises separators: spaces, joined and spaced hyphens, dashes, apostrophes', () => {
    expect(
      ['  ', '\n', '-', ' - ', ' – ', '—', '’', ' (', '\n\n', '\n- '].map(normaliseSeparator),
    ).toEqual([' ', ' ', '-', '–', '–', '–', "'", '(', '¶', '¶']);
  });

  it('tokenises words with their offsets and separators', () => {
    const tokens = tokenize('de l’Ouzbékistan (UZ).');
    expect(tokens.map((t) => [t.text, t.start, t.sep, t.after])).toEqual([
      ['de', 0, '¶', ' '],
      ['l', 3, ' ', "'"],
      ['Ouzbékistan', 5, "'", '('],
      ['UZ', 18, '(', ').'],
    ]);
  });
});
