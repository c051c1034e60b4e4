// Every cue of evidence-based detection of organisations and every trap, in French and English,
// with the suggestions expected written out (people's cues: evidence.test.ts).
import { describe, expect, it } from 'vitest';
import { corpusEntities } from '../../test/support/detect-corpus.js';
import { detectEntities } from './detect.js';
import { buildMatcher } from './matcher.js';

const matchers = { fr: buildMatcher(corpusEntities, 'fr'), en: buildMatcher(corpusEntities, 'en') };

function suggested(text: string, lang: 'fr' | 'en' = 'fr'): string[] {
  return detectEntities(matchers[lang], text).suggestions.map((s) =>
    s.suggestion.kind === 'person'
      ? `person: ${s.suggestion.givenName} | ${s.suggestion.familyName}`
      : `organisation: ${s.suggestion.name}${s.suggestion.acronym ? ` (${s.suggestion.acronym})` : ''}`,
  );
}

function evidenceOf(text: string, surface: string, lang: 'fr' | 'en' = 'fr') {
  const hit = detectEntities(matchers[lang], text).suggestions.find((s) => s.surface === surface);
  if (!hit) throw new Error(`no suggestion « ${surface} » in: ${text}`);
  return hit.evidence;
}

describe('organisations from combined evidence', () => {
  it('kind words of other languages and of public bodies: Hogeschool, Politechnika, Comité, Groupement', () => {
    expect(
      suggested('Les étudiants viennent de la Hogeschool PXL et de la Politechnika Rzeszowska.'),
    ).toEqual(['organisation: Hogeschool PXL', 'organisation: Politechnika Rzeszowska']);
    expect(suggested('Le Comité aérospatial du Kazakhstan a signé.')).toEqual([
      'organisation: Comité aérospatial du Kazakhstan',
    ]);
    expect(
      suggested('Le Groupement de redéploiement économique du pays de Liège soutient le projet.'),
    ).toEqual(['organisation: Groupement de redéploiement économique du pays de Liège']);
  });

  it('a brand followed by its country (a subsidiary), and federal services by their head', () => {
    expect(suggested('Thales Belgium et la Sabca ont signé.')).toEqual([
      'organisation: Thales Belgium',
    ]);
    expect(suggested('Le dossier est suivi par le SPF Mobilité.')).toEqual([
      'organisation: SPF Mobilité',
    ]);
  });

  it('kind words that start a name: Université, Institut, Agence, Haute École, Collège', () => {
    expect(
      suggested(
        'L’accord lie l’Université de Mons, l’Institut royal météorologique et la Haute École de la Province de Liège.',
      ),
    ).toEqual([
      'organisation: Université de Mons',
      'organisation: Institut royal météorologique',
      'organisation: Haute École de la Province de Liège',
    ]);
    expect(
      suggested('Le Collège Saint-Pierre a rejoint l’Agence spatiale luxembourgeoise.'),
    ).toEqual([
      'organisation: Collège Saint-Pierre',
      'organisation: Agence spatiale luxembourgeoise',
    ]);
    expect(
      suggested('Students from the University of Mons visited the Institute for Space Law.', 'en'),
    ).toEqual(['organisation: University of Mons', 'organisation: Institute for Space Law']);
    expect(evidenceOf('Il rejoint l’Université de Mons.', 'Université de Mons')).toEqual([
      'kind-word',
    ]);
  });

  it('kind words that end a name: Technologies, Systems, Aviation, Cluster, Lab, Group', () => {
    expect(
      suggested('Meuse Photon Technologies et Orbitex Systems rejoignent Sabena Aviation.'),
    ).toEqual([
      'organisation: Meuse Photon Technologies',
      'organisation: Orbitex Systems',
      'organisation: Sabena Aviation',
    ]);
    expect(
      suggested('The Walloon Aerospace Cluster met Orbit Lab and the Nimbus Group in June.', 'en'),
    ).toEqual([
      'organisation: Walloon Aerospace Cluster',
      'organisation: Orbit Lab',
      'organisation: Nimbus Group',
    ]);
  });

  it('legal forms: SA, SRL, SPRL, NV, BV, GmbH, AG, Ltd, Inc, SAS', () => {
    expect(
      suggested(
        'Ardennes Drones SRL, Mosan Usinage SPRL, Helios Coatings SA et Nimbus Orbital SAS signent.',
      ),
    ).toEqual([
      'organisation: Ardennes Drones SRL',
      'organisation: Mosan Usinage SPRL',
      'organisation: Helios Coatings SA',
      'organisation: Nimbus Orbital SAS',
    ]);
    expect(
      suggested(
        'Kempen Precision NV, Flanders Composites BV, Isar Optik GmbH, Zug Aero AG, Atlas Orbital Ltd and Skyward Robotics Inc signed.',
        'en',
      ),
    ).toEqual([
      'organisation: Kempen Precision NV',
      'organisation: Flanders Composites BV',
      'organisation: Isar Optik GmbH',
      'organisation: Zug Aero AG',
      'organisation: Atlas Orbital Ltd',
      'organisation: Skyward Robotics Inc',
    ]);
    expect(evidenceOf('Helios Coatings SA signe.', 'Helios Coatings SA')).toEqual(['legal-form']);
    expect(
      suggested('Viennent Orbital Regolith Systems S.à r.l. et Atlas Orbital, Lda., du Portugal.'),
    ).toEqual([
      'organisation: Orbital Regolith Systems S.à r.l',
      'organisation: Atlas Orbital, Lda',
    ]);
    expect(suggested('Thales Alenia Space Belgium and Redwire Space Europe grew.', 'en')).toEqual([
      'organisation: Thales Alenia Space Belgium',
      'organisation: Redwire Space Europe',
    ]);
  });

  it('a noun that introduces the name: « la société X », « le groupe italien X », "the French lab X"', () => {
    expect(
      suggested('Il est coordonné par le groupe italien Leonardo et l’organisme néerlandais TNO.'),
    ).toEqual(['organisation: Leonardo', 'organisation: TNO']);
    expect(suggested('Tests were run by the French aerospace lab ONERA.', 'en')).toEqual([
      'organisation: ONERA',
    ]);
  });

  it('an apposition that says what it is: « Elia, le gestionnaire du réseau »', () => {
    expect(suggested('Elle a convaincu Elia, le gestionnaire du réseau.')).toEqual([
      'organisation: Elia',
    ]);
    expect(suggested('It now works for Fluxys, the gas grid operator.', 'en')).toEqual([
      'organisation: Fluxys',
    ]);
  });

  it('an acronym defined anywhere, in either order', () => {
    expect(suggested('Le Centre de recherche en aéronautique (CENAERO) a signé.')).toEqual([
      'organisation: Centre de recherche en aéronautique (CENAERO)',
    ]);
    expect(
      evidenceOf(
        'Le Centre de recherche en aéronautique (CENAERO) a signé.',
        'Centre de recherche en aéronautique',
      ),
    ).toContain('acronym-definition');
    expect(suggested('Funding came from BSO (Belgian Science Office).', 'en')).toEqual([
      'organisation: Belgian Science Office (BSO)',
    ]);
  });

  it('lists after « dont », « comme », « parmi lesquels », "including", "such as"', () => {
    expect(
      suggested(
        'Plusieurs entreprises de la région, dont AMOS, spécialiste des télescopes, ont signé.',
      ),
    ).toEqual(['organisation: AMOS']);
    expect(
      suggested('Des industriels comme Spacebel, Sonaca et Thales Alenia Space étaient là.'),
    ).toEqual([
      'organisation: Spacebel',
      'organisation: Sonaca',
      'organisation: Thales Alenia Space',
    ]);
    expect(
      suggested('Onze partenaires, parmi lesquels Corvilis, Leonardo et le CSL, participent.'),
    ).toEqual(['organisation: Corvilis', 'organisation: Leonardo']);
    expect(
      suggested('Historic firms, including Sonaca and Safran Aero Boosters, grew.', 'en'),
    ).toEqual(['organisation: Sonaca', 'organisation: Safran Aero Boosters']);
    expect(suggested('Suppliers such as Spacebel and AMOS reported growth.', 'en')).toEqual([
      'organisation: Spacebel',
      'organisation: AMOS',
    ]);
  });

  it('long official names: « Service public de Wallonie Économie Emploi Recherche »', () => {
    expect(
      suggested(
        'Le document a été signé par le Service public de Wallonie Économie Emploi Recherche.',
      ),
    ).toEqual(['organisation: Service public de Wallonie Économie Emploi Recherche']);
    expect(
      suggested(
        'It was signed by the Agency for Space Research and Technologies of Uzbekistan.',
        'en',
      ),
    ).toEqual(['organisation: Agency for Space Research and Technologies of Uzbekistan']);
  });

  it('known organisations are never suggested, with or without a legal form', () => {
    expect(suggested('Le CSL, Ardenoptic SA et Skywin Wallonie exposent.')).toEqual([]);
    expect(suggested('The Liège Space Centre and ESA BIC Belgium exhibit.', 'en')).toEqual([]);
  });
});

describe('traps that are no suggestion', () => {
  it('sentence-initial capitals and capitalised common words', () => {
    expect(suggested('Cette Semaine, Notre Équipe a Grandi. Ensuite Viendra Le Reste.')).toEqual(
      [],
    );
    expect(suggested('Next Steps Will Follow. Then Comes The Rest.', 'en')).toEqual([]);
  });

  it('months and weekdays', () => {
    expect(suggested('Lundi 3 Mars, Mardi et Septembre Prochain, le salon ouvre.')).toEqual([]);
    expect(suggested('On Monday, March 3 and Tuesday, May 5, the show opens.', 'en')).toEqual([]);
  });

  it('places, regions, Luxembourg the country but the Agence spatiale luxembourgeoise', () => {
    expect(
      suggested(
        'De Liège à Gosselies, de Charleroi à Bruxelles, la Wallonie et le Luxembourg avancent.',
      ),
    ).toEqual([]);
    expect(suggested('Liège, Gosselies and Charleroi, in Wallonia, met Luxembourg.', 'en')).toEqual(
      [],
    );
    expect(suggested('Le Luxembourg et l’Agence spatiale luxembourgeoise signent.')).toEqual([
      'organisation: Agence spatiale luxembourgeoise',
    ]);
  });

  it('programmes and instruments', () => {
    expect(
      suggested(
        'Financé par Horizon Europe, Digital Europe, Clean Aviation, Erasmus+ et Interreg.',
      ),
    ).toEqual([]);
    expect(
      suggested(
        'Funded by Horizon Europe, Digital Europe, Clean Aviation, Erasmus+ and Interreg.',
        'en',
      ),
    ).toEqual([]);
    expect(suggested('The General Support Technology Programme (GSTP) pays.', 'en')).toEqual([]);
  });

  it('agreements: Letter of Intent, LoI, accord-cadre, MoU', () => {
    expect(
      suggested('Ils ont signé une Letter of Intent (LoI), un Accord-cadre et un MoU.'),
    ).toEqual([]);
    expect(
      suggested('They signed a Letter of Intent, a MoU and a Framework Agreement.', 'en'),
    ).toEqual([]);
  });

  it('sector words used as labels', () => {
    expect(suggested('Secteurs : Spatial, Défense et Aéronautique.')).toEqual([]);
    expect(suggested('Sectors: Space, Defence & Security, Aeronautics.', 'en')).toEqual([]);
  });

  it('generic function phrases', () => {
    expect(suggested('Elle dirige le Business Development et les Public Affairs.')).toEqual([]);
    expect(suggested('She leads Business Development and Public Affairs.', 'en')).toEqual([]);
  });

  it('headings: Markdown `##` lines and bold-only lines', () => {
    expect(
      suggested(
        '## Nouveau Partenariat Avec Orbitex Systems\n\n**Marc Dupont Technologies**\n\nLe texte suit.',
      ),
    ).toEqual([]);
    expect(
      suggested('## Strategic Partnership With Nimbus Group\n\nThe text follows.', 'en'),
    ).toEqual([]);
  });

  it('a portfolio is no organisation, a mayor’s town is no organisation', () => {
    expect(suggested('Le ministre de l’Économie, Lex Delles, était présent.')).toEqual([
      'person: Lex | Delles',
    ]);
  });
});
