// Plausible news prose in French and English from a small vocabulary: titles, subheadings and
// Markdown bodies with the sizes of real articles. Meaning is not the point; lengths are.
import type { Random } from './prng.js';

export type BenchLocale = 'fr' | 'en';

const vocabulary: Record<BenchLocale, { words: string[]; names: string[]; links: string[] }> = {
  fr: {
    words: (
      'le la les un une des du de et en pour avec sur dans par au aux entre vers sans sous ' +
      'satellite constellation lanceur moteur drone essai mission orbite capteur instrument ' +
      'cluster entreprise partenaire programme projet consortium contrat financement région ' +
      'innovation recherche laboratoire université centre ingénieur équipe atelier usine ' +
      'développe présente lance signe annonce teste livre accueille renforce prépare ouvre ' +
      'nouveau nouvelle premier première européen européenne wallon wallonne spatial spatiale ' +
      'aéronautique défense industriel industrielle numérique optique composite hybride ' +
      'structure aile fuselage hélice batterie antenne station données observation Terre ' +
      'délégation salon conférence marché export emploi formation compétence certification ' +
      'maintenance production série prototype démonstrateur vol autonomie sécurité inspection ' +
      'agriculture surveillance réseau logiciel radar thermique vibration cybersécurité ' +
      'coopération stratégie croissance investissement millions euros année mois semaine ' +
      'chaîne valeur fournisseur sous-traitant client aéroport piste hangar plateforme'
    ).split(' '),
    names: ['Liège', 'Charleroi', 'Gosselies', 'Mons', 'Namur', 'Louvain-la-Neuve', 'Kourou'],
    links: ['https://www.esa.int', 'https://defence-industry-space.ec.europa.eu'],
  },
  en: {
    words: (
      'the a an of and in for with on by at to from between into without under over ' +
      'satellite constellation launcher engine drone test mission orbit sensor instrument ' +
      'cluster company partner programme project consortium contract funding region ' +
      'innovation research laboratory university centre engineer team workshop plant ' +
      'develops presents launches signs announces tests delivers welcomes expands prepares ' +
      'new first European Walloon space aeronautics defence industrial digital optical ' +
      'composite hybrid structure wing fuselage propeller battery antenna station data ' +
      'observation Earth delegation show conference market export jobs training skills ' +
      'certification maintenance production series prototype demonstrator flight endurance ' +
      'safety inspection farming surveillance network software radar thermal vibration ' +
      'cybersecurity cooperation strategy growth investment million euros year month week ' +
      'supply chain supplier subcontractor customer airport runway hangar platform'
    ).split(' '),
    names: ['Liège', 'Charleroi', 'Gosselies', 'Mons', 'Namur', 'Louvain-la-Neuve', 'Kourou'],
    links: ['https://www.esa.int', 'https://defence-industry-space.ec.europa.eu'],
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(rnd: Random, locale: BenchLocale, count: number): string[] {
  const { words: vocab, names } = vocabulary[locale];
  return Array.from({ length: count }, () =>
    rnd.chance(0.04) ? rnd.pick(names) : rnd.pick(vocab),
  );
}

/** A headline of 6–14 words. */
export function title(rnd: Random, locale: BenchLocale): string {
  return capitalise(words(rnd, locale, rnd.int(6, 14)).join(' '));
}

function sentence(rnd: Random, locale: BenchLocale): string {
  const parts = words(rnd, locale, rnd.int(8, 24));
  if (rnd.chance(0.08)) {
    const at = rnd.int(0, parts.length - 2);
    parts[at] = `**${parts[at]} ${parts[at + 1]}**`;
    parts.splice(at + 1, 1);
  }
  if (rnd.chance(0.04)) {
    const at = rnd.int(0, parts.length - 1);
    parts[at] = `[${parts[at]}](${rnd.pick(vocabulary[locale].links)})`;
  }
  if (rnd.chance(0.15)) parts.splice(rnd.int(2, parts.length - 2), 0, `${rnd.int(2, 450)}`);
  return `${capitalise(parts.join(' '))}.`;
}

function paragraph(rnd: Random, locale: BenchLocale): string {
  return Array.from({ length: rnd.int(2, 6) }, () => sentence(rnd, locale)).join(' ');
}

function bulletList(rnd: Random, locale: BenchLocale): string {
  return Array.from({ length: rnd.int(3, 5) }, () => `- ${sentence(rnd, locale)}`).join('\n');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A Markdown body of about 400–900 words: a lead paragraph, then 2–3 `##` sections. */
export function body(rnd: Random, locale: BenchLocale): string {
  const target = rnd.int(400, 900);
  const sections = rnd.int(2, 3);
  const blocks = [paragraph(rnd, locale)];
  let total = countWords(blocks[0]!);
  for (let s = 0; s < sections; s++) {
    const heading = `## ${capitalise(words(rnd, locale, rnd.int(3, 7)).join(' '))}`;
    blocks.push(heading);
    total += countWords(heading);
    const sectionTarget = total + (target - total) / (sections - s);
    do {
      const block = rnd.chance(0.1) ? bulletList(rnd, locale) : paragraph(rnd, locale);
      blocks.push(block);
      total += countWords(block);
    } while (total < sectionTarget);
  }
  return blocks.join('\n\n') + '\n';
}
