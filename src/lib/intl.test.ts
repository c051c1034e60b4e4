import { describe, expect, it } from 'vitest';
import { compareNames, countryName, formatEuros, isCountryCode, safeHttpUrl } from './intl.js';

describe('Intl helpers', () => {
  it('names countries in the reader’s language', () => {
    expect(countryName('BE', 'fr-BE')).toBe('Belgique');
    expect(countryName('BE', 'en-GB')).toBe('Belgium');
    expect(countryName('TM', 'fr-BE')).toBe('Turkménistan');
    expect(countryName('QQ', 'en-GB')).toBe('QQ');
  });

  it('recognises two-letter upper-case country codes only', () => {
    expect(isCountryCode('KZ')).toBe(true);
    expect(isCountryCode('kz')).toBe(false);
    expect(isCountryCode('KAZ')).toBe(false);
  });

  it('formats euros per locale without cents', () => {
    expect(formatEuros(2_400_000, 'fr-BE')).toMatch(/^2\s400\s000\s€$/u);
    expect(formatEuros(2_400_000, 'en-GB')).toBe('€2,400,000');
  });

  it('sorts names with accents among their letter', () => {
    const names = ['Université', 'École', 'ardenoptic', 'European'];
    expect(names.sort(compareNames('fr-BE'))).toEqual([
      'ardenoptic',
      'École',
      'European',
      'Université',
    ]);
  });

  it('keeps only http and https links', () => {
    expect(safeHttpUrl('https://www.esa.int')).toBe('https://www.esa.int');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
