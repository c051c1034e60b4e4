import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.js';

describe('nameKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(nameKey('  Nouvelle  Brasserie-Fictive ')).toBe('nouvelle brasserie fictive');
    expect(nameKey('N.B.F.')).toBe(nameKey('nbf'));
    expect(nameKey('Agence wallonne à l’Exportation')).toBe('agence wallonne a lexportation');
  });

  it('keeps letters of every script, so names in Cyrillic stay apart', () => {
    expect(nameKey('Қазақстан Ғарыш Сапары')).toBe('қазақстан ғарыш сапары');
    expect(nameKey('Қазақстан')).not.toBe(nameKey('Ўзбекистон'));
    expect(nameKey('…')).toBe('');
  });
});
