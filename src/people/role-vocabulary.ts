// The common role titles of cluster news in French and English, written by us, so that a role
// typed in one language shows in the other on the directory pages. A title outside the
// vocabulary stays as typed, shown with its language (the pages set `lang`). French titles carry
// their masculine and feminine forms: an English title becomes French only when the form is the
// same for both, or the person's honorific tells which one to use.
import { nameKey } from '../lib/name-key.js';

interface RoleTerm {
  en: string;
  /** Masculine and feminine forms (the same string twice when the title is epicene). */
  fr: readonly [string, string];
  /** Other ways of writing it, read but never written. */
  alsoEn?: readonly string[];
  alsoFr?: readonly string[];
}

const terms: readonly RoleTerm[] = [
  { en: 'director', fr: ['directeur', 'directrice'] },
  {
    en: 'managing director',
    fr: ['directeur général', 'directrice générale'],
    alsoEn: ['general manager', 'director general', 'director-general'],
  },
  {
    en: 'deputy managing director',
    fr: ['directeur général adjoint', 'directrice générale adjointe'],
    alsoEn: ['deputy director general', 'deputy general manager'],
  },
  { en: 'deputy director', fr: ['directeur adjoint', 'directrice adjointe'] },
  {
    en: 'CEO',
    fr: ['CEO', 'CEO'],
    alsoEn: ['chief executive officer', 'chief executive'],
    alsoFr: [
      'administrateur délégué',
      'administratrice déléguée',
      'PDG',
      'président-directeur général',
      'présidente-directrice générale',
    ],
  },
  {
    en: 'CTO',
    fr: ['directeur technique', 'directrice technique'],
    alsoEn: ['chief technology officer', 'technical director'],
  },
  {
    en: 'CFO',
    fr: ['directeur financier', 'directrice financière'],
    alsoEn: ['chief financial officer', 'financial director', 'finance director'],
  },
  {
    en: 'chair',
    fr: ['président', 'présidente'],
    alsoEn: ['chairman', 'chairwoman', 'chairperson', 'president'],
  },
  {
    en: 'chair of the board',
    fr: ["président du conseil d'administration", "présidente du conseil d'administration"],
    alsoEn: ['chairman of the board', 'chairwoman of the board', 'board chair'],
  },
  {
    en: 'vice-chair',
    fr: ['vice-président', 'vice-présidente'],
    alsoEn: ['vice-chairman', 'vice-president', 'vice chair'],
  },
  { en: 'founder', fr: ['fondateur', 'fondatrice'] },
  {
    en: 'co-founder',
    fr: ['cofondateur', 'cofondatrice'],
    alsoFr: ['co-fondateur', 'co-fondatrice'],
  },
  { en: 'secretary general', fr: ['secrétaire général', 'secrétaire générale'] },
  { en: 'head of unit', fr: ["chef d'unité", "cheffe d'unité"] },
  { en: 'head of department', fr: ['chef de service', 'cheffe de service'] },
  { en: 'head of research', fr: ['responsable de la recherche', 'responsable de la recherche'] },
  {
    en: 'head of communication',
    fr: ['responsable de la communication', 'responsable de la communication'],
    alsoEn: ['head of communications', 'communications manager', 'communication manager'],
    alsoFr: ['responsable communication'],
  },
  {
    en: 'head of international relations',
    fr: ['responsable des relations internationales', 'responsable des relations internationales'],
  },
  {
    en: 'project manager',
    fr: ['chef de projet', 'cheffe de projet'],
    alsoEn: ['project leader'],
    alsoFr: ['responsable de projet', 'gestionnaire de projet', 'cheffe de projets'],
  },
  { en: 'programme manager', fr: ['responsable de programme', 'responsable de programme'] },
  {
    en: 'project coordinator',
    fr: ['coordinateur de projet', 'coordinatrice de projet'],
  },
  { en: 'coordinator', fr: ['coordinateur', 'coordinatrice'] },
  { en: 'researcher', fr: ['chercheur', 'chercheuse'], alsoEn: ['research scientist'] },
  { en: 'engineer', fr: ['ingénieur', 'ingénieure'] },
  { en: 'research engineer', fr: ['ingénieur de recherche', 'ingénieure de recherche'] },
  { en: 'professor', fr: ['professeur', 'professeure'] },
  { en: 'rector', fr: ['recteur', 'rectrice'] },
  { en: 'dean', fr: ['doyen', 'doyenne'] },
  { en: 'minister', fr: ['ministre', 'ministre'] },
  { en: 'commissioner', fr: ['commissaire', 'commissaire'] },
  {
    en: 'European Commissioner',
    fr: ['commissaire européen', 'commissaire européenne'],
  },
  { en: 'ambassador', fr: ['ambassadeur', 'ambassadrice'] },
  { en: 'mayor', fr: ['bourgmestre', 'bourgmestre'], alsoFr: ['maire'] },
  {
    en: 'spokesperson',
    fr: ['porte-parole', 'porte-parole'],
    alsoEn: ['spokesman', 'spokeswoman'],
  },
];

export type Gender = 'masculine' | 'feminine' | undefined;

const honorifics: Record<string, Gender> = {
  m: 'masculine',
  mr: 'masculine',
  monsieur: 'masculine',
  mme: 'feminine',
  madame: 'feminine',
  mrs: 'feminine',
  ms: 'feminine',
  miss: 'feminine',
  mlle: 'feminine',
};

/** What an honorific says of the grammatical gender of a French title (« Dr » says nothing). */
export function genderOfHonorific(honorific: string | null): Gender {
  return honorific ? honorifics[nameKey(honorific)] : undefined;
}

const byFr = new Map<string, RoleTerm>();
const byEn = new Map<string, RoleTerm>();
for (const term of terms) {
  for (const form of [...term.fr, ...(term.alsoFr ?? [])]) byFr.set(nameKey(form), term);
  for (const form of [term.en, ...(term.alsoEn ?? [])]) byEn.set(nameKey(form), term);
}

/** Capitalised like the title it translates (« Directrice » → « Director »). */
function likeSource(source: string, out: string): string {
  const first = source.trim()[0];
  return first && first !== first.toLowerCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/**
 * `title` (written in `from`) in `to`, when the vocabulary knows it; undefined otherwise (the
 * page then shows it as written, marked with its language).
 */
export function translateRole(
  title: string,
  from: string,
  to: string,
  gender: Gender = undefined,
): string | undefined {
  const key = nameKey(title);
  if (!key || from === to) return undefined;
  if (from === 'fr' && to === 'en') {
    const term = byFr.get(key);
    return term ? likeSource(title, term.en) : undefined;
  }
  if (from === 'en' && to === 'fr') {
    const term = byEn.get(key);
    if (!term) return undefined;
    const [masculine, feminine] = term.fr;
    const form =
      masculine === feminine || gender === 'masculine'
        ? masculine
        : gender === 'feminine'
          ? feminine
          : undefined;
    return form ? likeSource(title, form) : undefined;
  }
  return undefined;
}
