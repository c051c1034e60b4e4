// Every cue of evidence-based detection of people, in French and English, with the suggestions
// expected written out. Organisations and traps: evidence-organisations.test.ts.
import { describe, expect, it } from 'vitest';
import { corpusEntities } from '../../test/support/detect-corpus.js';
import { detectEntities } from './detect.js';
import { suggestionThreshold } from './evidence.js';
import { isFirstName, isGivenName } from './first-names.js';
import { buildMatcher } from './matcher.js';

const matchers = { fr: buildMatcher(corpusEntities, 'fr'), en: buildMatcher(corpusEntities, 'en') };

/** « person: Given | Family » and « organisation: Name », in text order. */
export function suggested(text: string, lang: 'fr' | 'en' = 'fr'): string[] {
  return detectEntities(matchers[lang], text).suggestions.map((s) =>
    s.suggestion.kind === 'person'
      ? `person: ${s.suggestion.givenName} | ${s.suggestion.familyName}`
      : `organisation: ${s.suggestion.name}`,
  );
}

function evidenceOf(text: string, surface: string, lang: 'fr' | 'en' = 'fr') {
  const hit = detectEntities(matchers[lang], text).suggestions.find((s) => s.surface === surface);
  if (!hit) throw new Error(`no suggestion « ${surface} » in: ${text}`);
  return hit;
}

describe('first-name lexicon (gender-detection data)', () => {
  it('knows European and Central Asian given names, compounds too, and not common words', () => {
    for (const name of [
      'Jean',
      'Oksana',
      'João',
      'Nurlan',
      'Gulnara',
      'Pieter',
      'Wouter',
      'Aigerim',
    ])
      expect(isFirstName(name)).toBe(true);
    expect(isGivenName('Jean-Marc')).toBe(true);
    for (const word of ['Le', 'The', 'May', 'Paris', 'Liège', 'Galileo', 'Space'])
      expect(isFirstName(word)).toBe(false);
  });
});

describe('people from combined evidence', () => {
  it('a given name from the lexicon and a capitalised family name', () => {
    expect(suggested('Hier, Oksana Petrenko a visité le hall.')).toEqual([
      'person: Oksana | Petrenko',
    ]);
    expect(suggested('Yesterday Nurlan Abenov visited the hall.', 'en')).toEqual([
      'person: Nurlan | Abenov',
    ]);
    const hit = evidenceOf('Hier, Oksana Petrenko a visité le hall.', 'Oksana Petrenko');
    expect(hit.evidence).toEqual(['first-name']);
    expect(hit.confidence).toBeGreaterThanOrEqual(suggestionThreshold);
  });

  it('particles: de, van der, von, dos', () => {
    expect(suggested('Le rapport cite Maria dos Santos et Wouter van der Berg.')).toEqual([
      'person: Maria | dos Santos',
      'person: Wouter | van der Berg',
    ]);
    expect(suggested('The panel heard Klaus von Hagen and Louise de Wilde.', 'en')).toEqual([
      'person: Klaus | von Hagen',
      'person: Louise | de Wilde',
    ]);
  });

  it('hyphens in given and family names', () => {
    expect(suggested('Marie-Claire Dubois-Lenoir a présenté les résultats.')).toEqual([
      'person: Marie-Claire | Dubois-Lenoir',
    ]);
    expect(suggested('The results were shown by Anne-Sophie Derenne-Vos.', 'en')).toEqual([
      'person: Anne-Sophie | Derenne-Vos',
    ]);
  });

  it('initials: « J.-M. Dupont », "J. Smith"; « M. » is Monsieur', () => {
    expect(suggested('Le contrat a été signé par J.-M. Dupont hier.')).toEqual([
      'person: J.-M. | Dupont',
    ]);
    expect(suggested('The contract was signed by K. Nowak yesterday.', 'en')).toEqual([
      'person: K. | Nowak',
    ]);
    expect(suggested('Nous avons rencontré M. Lardinois hier.')).toEqual([]);
    // Initials after the full name are the same person, not another one.
    expect(suggested('Jean-Marie Lechat est décédé. J.-M. Lechat avait 80 ans.')).toEqual([
      'person: Jean-Marie | Lechat',
    ]);
  });

  it('family names in capitals: « DUPONT Marc », "SMITH John"', () => {
    expect(suggested('Intervenants : DUPONT Marc et LAMBERT Sarah.')).toEqual([
      'person: Marc | Dupont',
      'person: Sarah | Lambert',
    ]);
    expect(suggested('Speakers: NOWAK Agnieszka and VAN DAMME Pieter.', 'en')).toEqual([
      'person: Agnieszka | Nowak',
      'person: Pieter | van Damme',
    ]);
  });

  it('a title or function before the name, even without a known given name', () => {
    expect(suggested('Selon le général Zhaksylyk Ordabayev, tout est prêt.')).toEqual([
      'person: Zhaksylyk | Ordabayev',
    ]);
    expect(suggested('Nous avons interrogé l’ingénieure Aigerim Bekova.')).toEqual([
      'person: Aigerim | Bekova',
    ]);
    expect(
      suggested('Le ministre wallon de l’Économie Pierre-Yves Jeholet a salué le projet.'),
    ).toEqual(['person: Pierre-Yves | Jeholet']);
    expect(suggested('The visit was opened by Commissioner Andrius Kubilius.', 'en')).toEqual([
      'person: Andrius | Kubilius',
    ]);
    const hit = evidenceOf(
      'Selon le général Zhaksylyk Ordabayev, tout est prêt.',
      'Zhaksylyk Ordabayev',
    );
    expect(hit.evidence).toContain('role-before');
  });

  it('« le CEO de Y, X »: the role pattern reads the affiliation', () => {
    const text = 'Le CEO de Spacebel, Thierry Vanden Bosch, a conclu.';
    expect(suggested(text)).toEqual(['organisation: Spacebel', 'person: Thierry | Vanden Bosch']);
  });

  it('honorifics: « M. X », « Mme X », "Dr X"', () => {
    expect(suggested('M. Aidos Sarym et Mme Gulnara Iskakova étaient présents.')).toEqual([
      'person: Aidos | Sarym',
      'person: Gulnara | Iskakova',
    ]);
    expect(suggested('We met Dr Zhanar Bekmukhanbetova in Almaty.', 'en')).toEqual([
      'person: Zhanar | Bekmukhanbetova',
    ]);
    expect(evidenceOf('M. Aidos Sarym était là.', 'Aidos Sarym').evidence).toContain('honorific');
  });

  it('a role after the name: « X, directeur général de Y », "X, CEO of Y"', () => {
    expect(suggested('Paolo Ferri, directeur général de Nimbus Orbital, a parlé.')).toEqual([
      'person: Paolo | Ferri',
      'organisation: Nimbus Orbital',
    ]);
    expect(suggested('Tom Baker, CEO of Orbitex, spoke first.', 'en')).toEqual([
      'person: Tom | Baker',
      'organisation: Orbitex',
    ]);
  });

  it('an organisation in brackets after the name: « X (Y) », a known one too', () => {
    expect(suggested('Étaient présents Julie Renard (Aerospacelab) et Marc Lenoir (CSL).')).toEqual(
      ['person: Julie | Renard', 'organisation: Aerospacelab', 'person: Marc | Lenoir'],
    );
    expect(evidenceOf('Marc Lenoir (CSL) a parlé.', 'Marc Lenoir').evidence).toContain(
      'affiliation',
    );
    expect(suggested('Present were Julie Renard (Aerospacelab) and others.', 'en')).toEqual([
      'person: Julie | Renard',
      'organisation: Aerospacelab',
    ]);
  });

  it('names in lists: « dont X, Y et Z », "including X and Y", given names unknown too', () => {
    expect(
      suggested(
        'Avec ses collègues Aruzhan Seitkali, Yerlan Nurmagambetov et Madina Zhumabay, il a visité le CSL.',
      ),
    ).toEqual([
      'person: Aruzhan | Seitkali',
      'person: Yerlan | Nurmagambetov',
      'person: Madina | Zhumabay',
    ]);
    expect(
      suggested('The jury, including Erik Lindqvist and Sanne de Vries, met on Friday.', 'en'),
    ).toEqual(['person: Erik | Lindqvist', 'person: Sanne | de Vries']);
  });

  it('non-French names: Kazakh, Portuguese (two family names), German, Dutch', () => {
    expect(
      suggested(
        'Étaient là Daniyar Abdrakhmanov, Lucía Ferreira Santos, Jürgen Weiß et Joost Bakker.',
      ),
    ).toEqual([
      'person: Daniyar | Abdrakhmanov',
      'person: Lucía | Ferreira Santos',
      'person: Jürgen | Weiß',
      'person: Joost | Bakker',
    ]);
    expect(suggested('The letter was signed by Ana Rita Gonçalves.', 'en')).toEqual([
      'person: Ana Rita | Gonçalves',
    ]);
  });

  it('a family name alone after the full name is the same person, not a new one', () => {
    const fr = 'Oksana Petrenko a visité le hall. Petrenko a ensuite salué l’équipe.';
    expect(suggested(fr)).toEqual(['person: Oksana | Petrenko']);
    expect(evidenceOf(fr, 'Oksana Petrenko').evidence).toContain('surname-repeat');
    const known = detectEntities(matchers.en, 'Hugo Marée spoke first. Then Marée thanked us.');
    expect(known.mentions.map((m) => [m.entity.id, m.surface])).toEqual([
      ['maree', 'Hugo Marée'],
      ['maree', 'Marée'],
    ]);
    expect(known.suggestions).toEqual([]);
  });

  it('known people are never suggested', () => {
    expect(suggested('Serge Habraken et Pieter van der Meer ont parlé.')).toEqual([]);
    expect(suggested('Serge Habraken, CEO of Orbitex, spoke.', 'en')).toEqual([
      'organisation: Orbitex',
    ]);
  });

  it('a company named after a person is no person: « John Cockerill Defense »', () => {
    expect(suggested('Les pièces vont à John Cockerill Defense.')).toEqual([
      'organisation: John Cockerill Defense',
    ]);
    expect(suggested('Parts go to Robert Bosch GmbH.', 'en')).toEqual([
      'organisation: Robert Bosch GmbH',
    ]);
  });
});
