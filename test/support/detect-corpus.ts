// Test data: short texts written for the detection tests (French and English), each with the
// mentions and suggestions a careful reader expects, and the known entities they are read with.
import type { KnownEntities } from '../../src/linking/known-entities.js';
import type { MentionEntityType } from '../../src/db/tables/mention.table.js';
import type { Suggestion } from '../../src/linking/suggestion.js';

const org = (id: string, name: string, acronym: string | null = null, aliases: string[] = []) => ({
  id,
  slug: id,
  name,
  acronym,
  aliases: aliases.map((alias) => ({ alias, kind: 'alias' as const })),
});
const person = (id: string, givenName: string, familyName: string) => ({
  id,
  slug: id,
  givenName,
  familyName,
});

export const corpusEntities: KnownEntities = {
  organisations: [
    org('csl', 'Centre Spatial de Liège', 'CSL', ['Liège Space Centre']),
    org('esa', 'European Space Agency', 'ESA', ['Agence spatiale européenne']),
    org('uliege', 'Université de Liège', 'ULiège', ['University of Liège']),
    org('skywin', 'Skywin Wallonie', null, ['Skywin']),
    org('expertise-france', 'Expertise France'),
    org('esa-bic', 'ESA BIC Belgium'),
    org('aerospace-valley', 'Aerospace Valley'),
    org('awex', 'Agence wallonne à l’Exportation et aux Investissements étrangers', 'AWEX'),
    org('liege-airport', 'Liège Airport'),
    org('ardenoptic', 'Ardenoptic'),
    {
      ...org('asc', 'Aéro-Sambre Composites', 'ASC'),
      aliases: [{ alias: 'Sambre Composites Industries', kind: 'former_name' }],
    },
  ],
  people: [
    person('chisogne', 'Jean-Pierre', 'Chisogne'),
    person('habraken', 'Serge', 'Habraken'),
    person('maree', 'Hugo', 'Marée'),
    person('froidmont', 'Amélie', 'de Froidmont'),
    person('van-oost', 'Joris', 'van Oost'),
    person('van-der-meer', 'Pieter', 'van der Meer'),
    person('durand', 'Pierre', 'Durand'),
  ],
  projects: [
    {
      id: 'thermocomp',
      slug: 'thermocomp',
      name: 'Thermoplastic composites',
      acronym: 'THERMOCOMP',
    },
  ],
  events: [],
};

export interface CorpusCase {
  name: string;
  lang: 'fr' | 'en';
  text: string;
  /** [entity type, entity id, surface], in text order. */
  mentions: [MentionEntityType, string, string][];
  suggestions: Suggestion[];
  /** Written and annotated before running the detector on it, and not tuned for afterwards. */
  heldOut?: boolean;
}

const orgSuggestion = (name: string, acronym?: string): Suggestion => ({
  kind: 'organisation',
  name,
  ...(acronym ? { acronym } : {}),
});
const personSuggestion = (
  givenName: string,
  familyName: string,
  organisation?: { name: string; id?: string },
  role: string | null = null,
): Suggestion => ({
  kind: 'person',
  givenName,
  familyName,
  ...(organisation ? { affiliation: { organisation, role } } : {}),
});

export const corpus: CorpusCase[] = [
  {
    name: 'a place named like an organisation is not the organisation',
    lang: 'fr',
    text: 'Le groupe a déjeuné à Liège avant de rejoindre le Centre Spatial de Liège, où les ingénieurs du CSL et de l’Université de Liège (UL) l’attendaient.',
    mentions: [
      ['organisation', 'csl', 'Centre Spatial de Liège'],
      ['organisation', 'csl', 'CSL'],
      ['organisation', 'uliege', 'Université de Liège'],
    ],
    suggestions: [],
  },
  {
    name: 'acronyms inside a word, a URL or an address are not mentions',
    lang: 'en',
    text: "ESAB welding kits stood next to ESA's stand; see https://www.csl.uliege.be/csl or esa.int. The CSL team (csl@uliege.be) answered, unlike the esa interns.",
    mentions: [
      ['organisation', 'esa', 'ESA'],
      ['organisation', 'csl', 'CSL'],
    ],
    suggestions: [],
  },
  {
    name: 'names with particles, in both orders',
    lang: 'fr',
    text: 'Amélie de Froidmont a rencontré Joris Van Oost puis Pieter van der Meer ; DE FROIDMONT Amélie signe la préface.',
    mentions: [
      ['person', 'froidmont', 'Amélie de Froidmont'],
      ['person', 'van-oost', 'Joris Van Oost'],
      ['person', 'van-der-meer', 'Pieter van der Meer'],
      ['person', 'froidmont', 'DE FROIDMONT Amélie'],
    ],
    suggestions: [],
  },
  {
    name: 'LASTNAME Firstname, and a compound given name is not a shorter one',
    lang: 'fr',
    text: 'Présents : CHISOGNE Jean-Pierre (Skywin Wallonie), HABRAKEN Serge (CSL). Jean-Pierre Durand, son cousin, n’est pas Pierre Durand.',
    mentions: [
      ['person', 'chisogne', 'CHISOGNE Jean-Pierre'],
      ['organisation', 'skywin', 'Skywin Wallonie'],
      ['person', 'habraken', 'HABRAKEN Serge'],
      ['organisation', 'csl', 'CSL'],
      ['person', 'durand', 'Pierre Durand'],
    ],
    // Jean-Pierre Durand, the cousin, is another person the text names: a suggestion.
    suggestions: [personSuggestion('Jean-Pierre', 'Durand')],
  },
  {
    name: "countries with articles and elided prepositions, ’ and '",
    lang: 'fr',
    text: "Les délégués venaient du Kazakhstan, de l’Ouzbékistan, du Tadjikistan et du Turkménistan ; ceux du Kirghizstan, invités par l'Ouzbekistan, n’ont pu venir au Kirghizistan.",
    mentions: [
      ['country', 'KZ', 'Kazakhstan'],
      ['country', 'UZ', 'Ouzbékistan'],
      ['country', 'TJ', 'Tadjikistan'],
      ['country', 'TM', 'Turkménistan'],
      ['country', 'KG', 'Kirghizstan'],
      ['country', 'UZ', 'Ouzbekistan'],
      ['country', 'KG', 'Kirghizistan'],
    ],
    suggestions: [],
  },
  {
    name: 'countries inside organisation names, a province and the pronoun « us »',
    lang: 'en',
    text: 'Expertise France and ESA BIC Belgium met partners from Belgium, the Netherlands, the UK and the United States in the Belgian province of Luxembourg; the US delegation thanked us.',
    mentions: [
      ['organisation', 'expertise-france', 'Expertise France'],
      ['organisation', 'esa-bic', 'ESA BIC Belgium'],
      ['country', 'BE', 'Belgium'],
      ['country', 'NL', 'Netherlands'],
      ['country', 'GB', 'UK'],
      ['country', 'US', 'United States'],
      ['country', 'US', 'US'],
    ],
    suggestions: [],
  },
  {
    name: 'unknown organisations: « Full Name (ACR) » and « ACR (Full Name) »',
    lang: 'fr',
    text: 'Le Centre de recherche en aéronautique (CENAERO) et l’ESA ont signé un accord avec la SONACA (Société nationale de construction aérospatiale).',
    mentions: [['organisation', 'esa', 'ESA']],
    suggestions: [
      orgSuggestion('Centre de recherche en aéronautique', 'CENAERO'),
      orgSuggestion('Société nationale de construction aérospatiale', 'SONACA'),
    ],
  },
  {
    name: 'unknown organisations: « ACR – Full Name » with en dash, em dash and hyphen',
    lang: 'en',
    text: 'Partners:\n\n- VITO – Vlaamse Instelling voor Technologisch Onderzoek\n- SABCA — Société Anonyme Belge de Constructions Aéronautiques\n- CSL - Centre Spatial de Liège',
    mentions: [
      ['organisation', 'csl', 'CSL'],
      ['organisation', 'csl', 'Centre Spatial de Liège'],
    ],
    suggestions: [
      orgSuggestion('Vlaamse Instelling voor Technologisch Onderzoek', 'VITO'),
      orgSuggestion('Société Anonyme Belge de Constructions Aéronautiques', 'SABCA'),
    ],
  },
  {
    name: '« Person, Role de Organisation » with a role in English in a French sentence',
    lang: 'fr',
    text: 'Jean-Pierre Chisogne, Deputy Managing Director de Skywin Wallonie, a accueilli Marc Lenoir, directeur général de Spacebel, et Julie Renard, Head of Business Development at Aerospacelab.',
    mentions: [
      ['person', 'chisogne', 'Jean-Pierre Chisogne'],
      ['organisation', 'skywin', 'Skywin Wallonie'],
    ],
    suggestions: [
      personSuggestion('Marc', 'Lenoir', { name: 'Spacebel' }, 'directeur général'),
      orgSuggestion('Spacebel'),
      personSuggestion('Julie', 'Renard', { name: 'Aerospacelab' }, 'Head of Business Development'),
      orgSuggestion('Aerospacelab'),
    ],
  },
  {
    name: '« Person, Role d’Organisation » with both apostrophes, known organisations',
    lang: 'fr',
    text: "Luc Wautier, directeur industriel d’Aéro-Sambre Composites, et Nadia Bensalem, ingénieure qualité d'Ardenoptic, ont témoigné.",
    mentions: [
      ['organisation', 'asc', 'Aéro-Sambre Composites'],
      ['organisation', 'ardenoptic', 'Ardenoptic'],
    ],
    suggestions: [
      personSuggestion(
        'Luc',
        'Wautier',
        { name: 'Aéro-Sambre Composites', id: 'asc' },
        'directeur industriel',
      ),
      personSuggestion(
        'Nadia',
        'Bensalem',
        { name: 'Ardenoptic', id: 'ardenoptic' },
        'ingénieure qualité',
      ),
    ],
  },
  {
    name: '« Role de Organisation, Person »',
    lang: 'fr',
    text: 'Le directeur de CSL, Jean Dupont, a présenté les chambres à vide. La présidente de Wallonie Espace Formation, Claire Masson, a conclu.',
    mentions: [['organisation', 'csl', 'CSL']],
    suggestions: [
      personSuggestion(
        'Jean',
        'Dupont',
        { name: 'Centre Spatial de Liège', id: 'csl' },
        'directeur',
      ),
      personSuggestion('Claire', 'Masson', { name: 'Wallonie Espace Formation' }, 'présidente'),
      orgSuggestion('Wallonie Espace Formation'),
    ],
  },
  {
    name: '"Organisation, represented by Person"',
    lang: 'en',
    text: 'The French cluster Aerospace Valley, represented by Adeline Verdier, and Orbitex Systems, represented by Tom Baker, joined the visit.',
    mentions: [['organisation', 'aerospace-valley', 'Aerospace Valley']],
    suggestions: [
      personSuggestion('Adeline', 'Verdier', { name: 'Aerospace Valley', id: 'aerospace-valley' }),
      orgSuggestion('Orbitex Systems'),
      personSuggestion('Tom', 'Baker', { name: 'Orbitex Systems' }),
    ],
  },
  {
    name: '« Organisation, représentée par Person »',
    lang: 'fr',
    text: 'L’AWEX, représentée par Aleksandra Tonkikh, et l’Agence spatiale belge (ASB), représentée par Paul Martin, accompagnaient la délégation.',
    mentions: [['organisation', 'awex', 'AWEX']],
    suggestions: [
      personSuggestion('Aleksandra', 'Tonkikh', {
        name: 'Agence wallonne à l’Exportation et aux Investissements étrangers',
        id: 'awex',
      }),
      orgSuggestion('Agence spatiale belge', 'ASB'),
      personSuggestion('Paul', 'Martin', { name: 'Agence spatiale belge' }),
    ],
  },
  {
    name: 'an English role naming a section before the organisation',
    lang: 'fr',
    text: 'Christian Baijot, Head of Redu Spacecraft Operations Section de l’ESA, a guidé la visite avec Hugo Marée.',
    mentions: [
      ['organisation', 'esa', 'ESA'],
      ['person', 'maree', 'Hugo Marée'],
    ],
    suggestions: [
      personSuggestion(
        'Christian',
        'Baijot',
        { name: 'European Space Agency', id: 'esa' },
        'Head of Redu Spacecraft Operations Section',
      ),
    ],
  },
  {
    name: 'a former name, and an acronym in lower case',
    lang: 'en',
    text: 'Sambre Composites Industries, now Aéro-Sambre Composites (ASC), is hiring; the .asc files and the asc command are unrelated to ASC.',
    mentions: [
      ['organisation', 'asc', 'Sambre Composites Industries'],
      ['organisation', 'asc', 'Aéro-Sambre Composites'],
      ['organisation', 'asc', 'ASC'],
      ['organisation', 'asc', 'ASC'],
    ],
    suggestions: [],
  },
  {
    name: 'LASTNAME Firstname of an unknown person, with a role of an unknown organisation',
    lang: 'en',
    text: 'Speakers: DUBOIS Marie, CEO of Orbital Matters; Serge Habraken, chair of the board of CSL.',
    mentions: [
      ['person', 'habraken', 'Serge Habraken'],
      ['organisation', 'csl', 'CSL'],
    ],
    suggestions: [
      personSuggestion('Marie', 'Dubois', { name: 'Orbital Matters' }, 'CEO'),
      orgSuggestion('Orbital Matters'),
    ],
  },
  {
    name: 'longest country name wins, whole words only',
    lang: 'en',
    text: 'Engineers from Northern Ireland, Ireland, China and India visited Redu, in the province of Luxembourg; no machine from Indiana was shown.',
    mentions: [
      ['country', 'GB', 'Northern Ireland'],
      ['country', 'IE', 'Ireland'],
      ['country', 'CN', 'China'],
      ['country', 'IN', 'India'],
    ],
    suggestions: [],
  },
  {
    name: 'technical acronyms are not organisations; a legal form after a known name',
    lang: 'fr',
    text: 'Les vols BVLOS (Beyond Visual Line of Sight) et la navigation par satellite (GNSS) seront testés par Ardenoptic SA.',
    mentions: [['organisation', 'ardenoptic', 'Ardenoptic']],
    suggestions: [],
  },
  {
    name: 'Markdown: headings, emphasis, link text but not link targets or code',
    lang: 'fr',
    text: '## Visite au **CSL**\n\nVoir [le site du CSL](https://www.csl.uliege.be) et la variable `ESA_KEY` ; le projet THERMOCOMP suit.',
    mentions: [
      ['organisation', 'csl', 'CSL'],
      ['organisation', 'csl', 'CSL'],
      ['project', 'thermocomp', 'THERMOCOMP'],
    ],
    suggestions: [],
  },
  // Held out: news-style texts annotated as a reader would, then run once.
  {
    name: 'held out: a start-up quoted with its role',
    lang: 'fr',
    heldOut: true,
    text: 'Mardi, la start-up liégeoise Orbitale Data a présenté son satellite au Centre Spatial de Liège. « Nous visons 2027 », a expliqué Sarah Lambert, cofondatrice d’Orbitale Data. Le CSL fournira les essais thermiques.',
    mentions: [
      ['organisation', 'csl', 'Centre Spatial de Liège'],
      ['organisation', 'csl', 'CSL'],
    ],
    suggestions: [
      personSuggestion('Sarah', 'Lambert', { name: 'Orbitale Data' }, 'cofondatrice'),
      orgSuggestion('Orbitale Data'),
    ],
  },
  {
    name: 'held out: a federal office and countries in a call for projects',
    lang: 'en',
    heldOut: true,
    text: 'On 12 March, the Walloon Region and the Belgian Federal Science Policy Office (BELSPO) opened a call. Projects led by SMEs from Belgium or Luxembourg may apply, as may partners in Germany.',
    mentions: [
      ['country', 'BE', 'Belgium'],
      ['country', 'LU', 'Luxembourg'],
      ['country', 'DE', 'Germany'],
    ],
    suggestions: [orgSuggestion('Belgian Federal Science Policy Office', 'BELSPO')],
  },
  {
    name: 'held out: a researcher « à l’UCLouvain »',
    lang: 'fr',
    heldOut: true,
    text: 'Sur le stand de l’ESA, Marie Curie-Dupuis, chercheuse à l’UCLouvain, a croisé Hugo Marée et Amélie de Froidmont.',
    mentions: [
      ['organisation', 'esa', 'ESA'],
      ['person', 'maree', 'Hugo Marée'],
      ['person', 'froidmont', 'Amélie de Froidmont'],
    ],
    suggestions: [
      personSuggestion('Marie', 'Curie-Dupuis', { name: 'UCLouvain' }, 'chercheuse'),
      orgSuggestion('UCLouvain'),
    ],
  },
  {
    name: 'held out: a contract and a quoted CEO',
    lang: 'en',
    heldOut: true,
    text: "Space Applications Services (SAS) and Aerospacelab signed with the European Space Agency. 'This is a milestone,' said Benoît Deper, CEO of Aerospacelab.",
    mentions: [['organisation', 'esa', 'European Space Agency']],
    suggestions: [
      orgSuggestion('Space Applications Services', 'SAS'),
      orgSuggestion('Aerospacelab'),
      personSuggestion('Benoît', 'Deper', { name: 'Aerospacelab' }, 'CEO'),
    ],
  },
  {
    name: 'held out: a minister and countries',
    lang: 'fr',
    heldOut: true,
    text: 'Le Luxembourg et la Belgique ont signé un accord spatial. Le ministre luxembourgeois de l’Économie, Lex Delles, était présent aux côtés de la délégation du Japon et de l’Inde.',
    mentions: [
      ['country', 'LU', 'Luxembourg'],
      ['country', 'BE', 'Belgique'],
      ['country', 'JP', 'Japon'],
      ['country', 'IN', 'Inde'],
    ],
    suggestions: [personSuggestion('Lex', 'Delles')],
  },
  {
    name: 'held out: a company whose name holds a country',
    lang: 'en',
    heldOut: true,
    text: 'Thales Alenia Space Belgium (TASB) will supply the power units. Its site manager, Jean-Marc Leroy, spoke in Charleroi.',
    mentions: [],
    suggestions: [
      orgSuggestion('Thales Alenia Space Belgium', 'TASB'),
      personSuggestion(
        'Jean-Marc',
        'Leroy',
        { name: 'Thales Alenia Space Belgium' },
        'site manager',
      ),
    ],
  },
];
