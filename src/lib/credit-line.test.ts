// The people a credit line names (an article's authors in its JSON-LD).
import { describe, expect, it } from 'vitest';
import { creditedPeople } from './credit-line.js';

const people = [
  { slug: 'elise-grandjean', name: 'Prof. Élise Grandjean' },
  { slug: 'marc-dupuis', name: 'Marc Dupuis' },
];

describe('creditedPeople', () => {
  it('finds a linked person named in one part of the credit line', () => {
    expect(creditedPeople('Global Gateway – Marc Dupuis', people)).toEqual([people[1]]);
  });

  it('matches without accents, case or honorific, after a « Photo: » label', () => {
    expect(creditedPeople('Photo : elise GRANDJEAN', people)).toEqual([people[0]]);
  });

  it('finds a name after an honorific or a word of the line', () => {
    expect(creditedPeople('Texte : Dr Marc Dupuis', people)).toEqual([people[1]]);
    expect(creditedPeople('Photo Marc Dupuis / Skywin', people)).toEqual([people[1]]);
  });

  it('finds every person of a shared byline', () => {
    expect(creditedPeople('Élise Grandjean et Marc Dupuis', people)).toHaveLength(2);
    expect(creditedPeople('Marc Dupuis, Élise Grandjean', people)).toHaveLength(2);
  });

  it('names nobody when the line names a programme or someone not linked', () => {
    expect(creditedPeople('Global Gateway – Zhaina Sultanova', people)).toEqual([]);
    expect(creditedPeople('Marc Dupuisson', people)).toEqual([]);
    expect(creditedPeople('Jean-Marc Dupuis', people)).toEqual([]);
  });
});
