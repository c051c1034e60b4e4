// What capitalised words in news name without naming a person or an organisation: months and
// weekdays, places, programmes and instruments, agreements, sector labels and generic function
// phrases; and the lines that are headings (capitalised for display, not for names).
import { fold } from '../lib/fold.js';
import type { Token } from './text.js';

const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));
const phrases = (s: string) =>
  new Set(
    s
      .split('|')
      .map((p) => fold(p.trim()))
      .filter((p) => p !== ''),
  );

/** Months and weekdays, French and English (folded). */
export const calendarWords = words(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  january february march april may june july august september october november december
  lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday
  saturday sunday`);

/** Places: cities, regions and areas the news of our clusters names (folded, one word each). */
export const placeWords = words(`
  liege gosselies charleroi namur mons louvain leuven bruxelles brussels brussel wallonie
  wallonia flandre flandres flanders anvers antwerp antwerpen gand gent ghent bruges brugge
  hainaut brabant limbourg limburg arlon redu transinne libin marche florennes bierset
  seraing herstal wavre nivelles tournai mouscron verviers spa eupen malmedy bastogne
  luxembourg paris toulouse lyon marseille bordeaux lille strasbourg nantes berlin munich
  munchen hambourg hamburg cologne koln bonn darmstadt noordwijk rotterdam amsterdam eindhoven
  delft utrecht london londres madrid barcelone barcelona lisbonne lisbon porto rome milan
  turin vienne vienna geneve geneva zurich prague varsovie warsaw copenhague copenhagen
  stockholm oslo helsinki dublin athenes athens kourou cannes almaty astana nur-sultan
  tachkent tashkent bichkek bishkek douchanbe dushanbe achgabat ashgabat samarcande samarkand
  europe afrique africa asie asia amerique america region province occitanie bretagne normandie
  bavaria baviere lorraine alsace silicon valley geel zaventem walcourt philippeville couvin
  fleurus jumet courcelles ottignies gembloux mol kortrijk courtrai ostende oostende hasselt
  genk lommel tongres tongeren angleur ans awans chaudfontaine huy andenne dinant ciney
  rochefort libramont neufchateau virton binche thuin chimay ath enghien soignies braine
  waterloo uccle ixelles evere diegem machelen vilvorde vilvoorde mechelen malines lier
  turnhout aalst alost ninove kruibeke temse zwijnaarde heverlee wavre mont-saint-guibert
  meerhout ghislenghien feluy seneffe manage nivelles tubize hal halle bierges sombreffe
  azores acores madeira lisboa coimbra braga aveiro toulon brest rennes grenoble nice
  montpellier ingolstadt rzeszow cracovie krakow gdansk wroclaw poznan varsovie milano
  torino napoli roma bologna genova firenze sevilla valencia bilbao zaragoza malaga`);

/** Multi-word places and adjectives of place used as names (folded phrases). */
export const placePhrases = phrases(
  'Région wallonne|Walloon Region|Région de Bruxelles-Capitale|Brussels-Capital Region|' +
    'Fédération Wallonie-Bruxelles|Wallonia-Brussels Federation|Asie centrale|Central Asia|' +
    'Union européenne|European Union|Grand-Duché|Grand Duchy|Silicon Valley|Nouvelle-Aquitaine|' +
    'Île-de-France|Hauts-de-France|Europe centrale|Central Europe|Moyen-Orient|Middle East',
);

/** Programmes, instruments, agreements, labels and generic phrases (folded phrases). */
export const notNamePhrases = phrases(`
  Horizon Europe|Horizon 2020|Digital Europe|Digital Europe Programme|Clean Aviation|Clean Sky|
  Clean Sky 2|Erasmus|Erasmus+|Erasmus Mundus|Interreg|Interreg Europe|Creative Europe|
  Connecting Europe Facility|Innovation Fund|European Defence Fund|EDF|EIC Accelerator|
  EIC Pathfinder|Eurostars|Eureka|Copernicus|Galileo|IRIS²|IRIS|Artemis|Ariane|Ariane 6|Vega|
  Vega-C|Green Deal|Pacte vert|Plan de relance|Recovery Plan|NextGenerationEU|Next Generation EU|
  Global Gateway|Team Europe|Marshall|Plan Marshall|Wallonie Europe|Letter of Intent|
  Lettre d'intention|LoI|MoU|Memorandum of Understanding|Protocole d'accord|Accord-cadre|
  Framework Agreement|Grant Agreement|Consortium Agreement|Call for Proposals|Appel à projets|
  Spatial|Défense|Defence|Defense|Aéronautique|Aeronautics|Aerospace|Space|Sécurité|Security|
  Drones|Drone|Mobilité|Mobility|Énergie|Energy|Santé|Health|Industrie|Industry|Industrie 4.0|
  Business Development|Public Affairs|Corporate Affairs|Human Resources|Ressources humaines|
  Research and Development|Recherche et Développement|Sales|Marketing|Communication|
  Procurement|Supply Chain|Quality|Qualité|Operations|Finance|Legal|Strategy|Stratégie|
  Innovation|Export|International|Partnerships|Partenariats|Key Account Management|
  Open Innovation|New Space|NewSpace|Outer Space|Deep Space|Clean Space|Open Space|Deep Tech|Deeptech|Smart Specialisation|
  Programme|Programme-cadre|Work Programme|Call|Calls|Info Day|Infoday|Brokerage Event|
  Matchmaking|Webinar|Webinaire|Salon|Conférence|Conference|Summit|Sommet|Forum|Workshop|
  Atelier|Masterclass|Hackathon|Prix|Award|Awards|Trophée|Trophées|Journée|Journées|Day|Days|
  Week|Semaine|Mission|Délégation|Delegation|Conseil d'administration|Board of Directors|
  Board|Executive Committee|Comité de direction|Assemblée générale|General Assembly|Twitter|
  LinkedIn|Facebook|Instagram|YouTube|X|Internet|Web|Covid|Covid-19|Brexit|Noël|Christmas|Pâques|
  Easter|Toussaint|Nouvel An|New Year|Lire aussi|Read more|Contact|Contacts|Photo|Crédit|
  Credit|Source|Sources|Note|Notes|Annexe|Annex|Agenda|Programme du jour|Économie|Economy|
  Emploi|Employment|Recherche|Research|Numérique|Enseignement supérieur|Higher Education|
  Relations extérieures|External Relations|Affaires étrangères|Foreign Affairs|Commerce extérieur|
  Foreign Trade|Transition numérique|Digital Transition|Climat|Climate|Budget|Agriculture|
  Fonds européen de la défense|Fonds européen de défense|Louvain-la-Neuve|Grâce-Hollogne|
  Marche-en-Famenne|La Louvière|Braine-l'Alleud|Sint-Truiden`);

/** Adjectives of nationality and region, alone never a name (« Belgian », « wallonne »). */
const nationalityWords = words(`
  belge belges belgian wallon wallonne wallons wallonnes walloon flamand flamande flemish
  bruxellois bruxelloise liegeois liegeoise namurois namuroise carolo carolos francais
  francaise french allemand allemande german italien italienne italian espagnol espagnole
  spanish portugais portugaise portuguese neerlandais neerlandaise dutch luxembourgeois
  luxembourgeoise polonais polonaise polish europeen europeenne european kazakh kazakhe
  ouzbek ouzbeke uzbek central centrale asian asiatique british britannique american
  americain americaine swiss suisse austrian autrichien czech tcheque nordic`);
/** Last words of programmes, instruments and agreements, not organisations (folded). */
const notOrganisationTails = words(`
  programme program fund initiative strategy plan project projet call award prize prix act
  regulation directive agreement accord treaty mission`);
/** Single words of the phrases above (« Space », « Défense »), used for « Defence & Security ». */
const labelWords = new Set([...notNamePhrases].filter((p) => !p.includes(' ')));

/** True when the folded words are a trap as a whole (« Horizon Europe », « Liège », « mars »). */
export function isTrapPhrase(folded: string): boolean {
  if (notNamePhrases.has(folded) || placePhrases.has(folded)) return true;
  const parts = folded.split(/[\s-]+/).filter((p) => p !== '&' && p !== 'and' && p !== 'et');
  return (
    parts.every(
      (p) =>
        calendarWords.has(p) || placeWords.has(p) || nationalityWords.has(p) || /^\d+$/.test(p),
    ) || parts.every((p) => labelWords.has(p) || nationalityWords.has(p))
  );
}

/** True when an organisation's name is a trap or names a programme (« … Technology Programme »). */
export function isNotOrganisation(folded: string): boolean {
  return isTrapPhrase(folded) || notOrganisationTails.has(folded.split(/\s+/).at(-1) ?? '');
}

/** True for a single word that is a month, a weekday or a place. */
export function isTrapWord(folded: string): boolean {
  return calendarWords.has(folded) || placeWords.has(folded);
}

/**
 * Marks the tokens on heading lines: Markdown `#` headings and lines in bold only
 * (« **Un partenariat stratégique** »); headings capitalise for display, so nothing is read there.
 */
export function headingTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  const ranges: [number, number][] = [];
  const line = /^[ \t]*(?:#{1,6}[ \t].*|\*\*[^*\n]+\*\*[ \t]*:?|__[^_\n]+__[ \t]*:?)[ \t]*$/gm;
  for (const m of text.matchAll(line)) ranges.push([m.index, m.index + m[0].length]);
  if (ranges.length === 0) return marks;
  let r = 0;
  tokens.forEach((t, i) => {
    while (r < ranges.length && ranges[r]![1] < t.start) r += 1;
    const range = ranges[r];
    if (range && range[0] <= t.start && t.end <= range[1]) marks[i] = 1;
  });
  return marks;
}
