// Suggestions of people (with their affiliation) and of the organisations named with them, from
// the role patterns of cluster news: « Person, Role de/du/d’/of/at Organisation », « Role de
// Organisation, Person » and « Organisation, représentée par Person ». Roles are recognised by a
// bilingual lexicon, since French news writes roles in English too (« Deputy Managing Director de
// Skywin Wallonie »).
import {
  organisationBefore,
  organisationFrom,
  personEndingAt,
  personStartingAt,
  type PersonName,
} from './names.js';
import {
  overlapsKnown,
  span,
  suggestionKey,
  type Suggestion,
  type SuggestionContext,
  type SuggestionHit,
  type SuggestionPattern,
} from './suggestion.js';
import { separatorAfter } from './text.js';

const words = (s: string) => new Set(s.split(' '));

/** Words that make a phrase a role (folded); modifiers like « senior » are not enough alone. */
const roleWords = words(
  'directeur directrice president presidente vice ceo cto cfo coo fondateur fondatrice ' +
    'cofondateur cofondatrice gerant gerante administrateur administratrice delegue deleguee ' +
    'responsable chef cheffe manager ingenieur ingenieure chercheur chercheuse professeur ' +
    'professeure coordinateur coordinatrice conseiller conseillere secretaire charge chargee ' +
    'porte adjoint adjointe head director managing deputy officer chair chairman chairwoman ' +
    'chairperson founder cofounder engineer researcher scientist professor lecturer ' +
    'coordinator lead leader executive vp minister ministre ambassador ambassadeur ambassadrice ' +
    'consul mayor bourgmestre maire echevin analyst analyste specialist specialiste expert ' +
    'experte pilote pilot associe associee partner spokesperson spokesman advisor adviser ' +
    'consultant consultante chief doyen doyenne dean recteur rectrice rector',
);
const prepositions = words('de du des d of at chez');
const articles = words('la le l les the');
const representedBy = words('represente representee representes representees represented');
const joinsRole = (sep: string) =>
  sep === ' ' || sep === '-' || sep === "'" || sep === '&' || sep === '/';

type Organisation = { first: number; last: number; name: string; id?: string; acronym?: string };
/** An organisation, or a known place or person where one was expected (« ambassadrice du Kazakhstan »). */
type OrganisationRead = Organisation | 'not an organisation';

export function roleSuggestions(ctx: SuggestionContext, acronymHits: SuggestionHit[]) {
  const { tokens, text } = ctx;
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const acronymFrom = new Map<number, SuggestionHit>();
  const byAcronym = new Map<string, SuggestionHit>();
  for (const h of acronymHits) {
    const i = byStart.get(h.start);
    if (i !== undefined) acronymFrom.set(i, h);
    if (h.suggestion.kind === 'organisation' && h.suggestion.acronym)
      byAcronym.set(h.suggestion.acronym, h);
  }
  const hits: SuggestionHit[] = [];

  function organisationAt(o: number): OrganisationRead | undefined {
    if (articles.has(tokens[o]?.folded ?? '') && tokens[o + 1]) o += 1;
    const known = ctx.knownFrom.get(o);
    if (known) {
      const e = known.mention.entity;
      return e.type === 'organisation'
        ? { first: o, last: known.last, name: e.name, id: e.id }
        : 'not an organisation';
    }
    const acronym = acronymFrom.get(o);
    if (acronym?.suggestion.kind === 'organisation') {
      const last = tokens.findIndex((t) => t.end === acronym.end);
      return { first: o, last, name: acronym.suggestion.name, acronym: acronym.suggestion.acronym };
    }
    const phrase = organisationFrom(tokens, o);
    if (!phrase || overlapsKnown(ctx, phrase.first, phrase.last, true)) return undefined;
    // « du CSL » after « Centre Spatial de Liège (CSL) »: the organisation suggested there.
    const expanded = phrase.first === phrase.last ? byAcronym.get(tokens[o]!.text) : undefined;
    if (expanded?.suggestion.kind === 'organisation')
      return { ...phrase, name: expanded.suggestion.name, acronym: expanded.suggestion.acronym };
    return { ...phrase, name: span(ctx, phrase.first, phrase.last).surface };
  }

  /** « ESA BIC Belgium Country Manager »: a known organisation, then the role, nothing else. */
  function organisationThenRole(from: number, to: number) {
    const known = ctx.knownFrom.get(from);
    if (known?.mention.entity.type !== 'organisation' || known.last >= to || to - known.last > 5)
      return undefined;
    const role = tokens.slice(known.last + 1, to + 1);
    if (!role.some((t) => roleWords.has(t.folded)) || role.some((t) => prepositions.has(t.folded)))
      return undefined;
    const e = known.mention.entity;
    return {
      role: span(ctx, known.last + 1, to).surface,
      organisation: { first: from, last: known.last, name: e.name, id: e.id } as OrganisationRead,
    };
  }

  /** The organisation whose name ends with token `last`, read backwards. */
  function organisationEndingAt(last: number): OrganisationRead | undefined {
    const known = ctx.knownTo.get(last);
    if (known) {
      const e = known.mention.entity;
      return e.type === 'organisation'
        ? { first: known.first, last, name: e.name, id: e.id }
        : 'not an organisation';
    }
    // « Agence spatiale belge (ASB), représentée par … »: the organisation suggested there.
    const expanded = byAcronym.get(tokens[last]!.text);
    if (expanded?.suggestion.kind === 'organisation')
      return {
        first: last,
        last,
        name: expanded.suggestion.name,
        acronym: expanded.suggestion.acronym,
      };
    if (tokens[last]!.after !== ',' && tokens[last]!.after !== ' ') return undefined;
    const phrase = organisationBefore(tokens, last);
    if (!phrase || overlapsKnown(ctx, phrase.first, phrase.last, true)) return undefined;
    return { ...phrase, name: span(ctx, phrase.first, phrase.last).surface };
  }

  /** Role and organisation in tokens from..to: « Deputy Managing Director de Skywin Wallonie ». */
  function affiliationIn(from: number, to: number, roleAtLexicon: boolean, endsAt?: number) {
    while (from < to && articles.has(tokens[from]!.folded)) from += 1;
    if (!roleAtLexicon) {
      const leading = organisationThenRole(from, to);
      if (leading) return leading;
    }
    let lexicon = -1;
    for (let i = from; i <= to && lexicon < 0; i++)
      if (roleWords.has(tokens[i]!.folded)) lexicon = i;
    if (lexicon < 0 || (!roleAtLexicon && lexicon - from > 2)) return undefined;
    const roleStart = roleAtLexicon ? lexicon : from;
    let chosen: { roleEnd: number; organisation: OrganisationRead } | undefined;
    let chosenKnown = false;
    for (let p = lexicon + 1; p < to; p++) {
      if (!prepositions.has(tokens[p]!.folded)) continue;
      const organisation = organisationAt(p + 1);
      if (!organisation) continue;
      if (
        endsAt !== undefined &&
        organisation !== 'not an organisation' &&
        organisation.last !== endsAt
      )
        continue;
      const known = organisation === 'not an organisation' || organisation.id !== undefined;
      // « au sein de », « auprès de »: the role ends before the locution.
      let roleEnd = p - 1;
      if (tokens[roleEnd]?.folded === 'sein' && tokens[roleEnd - 1]?.folded === 'au') roleEnd -= 2;
      if (tokens[roleEnd]?.folded === 'aupres') roleEnd -= 1;
      if (roleEnd < roleStart) continue;
      // The last organisation wins (« Head of Redu Operations Section de l’ESA »), a known one first.
      if (known || !chosenKnown) {
        chosen = { roleEnd, organisation };
        chosenKnown = known;
      }
    }
    if (!chosen) return undefined;
    return {
      role: span(ctx, roleStart, chosen.roleEnd).surface,
      organisation: chosen.organisation,
    };
  }

  function emit(
    pattern: SuggestionPattern,
    person: PersonName | undefined,
    organisation: OrganisationRead | undefined,
    role: string | null,
  ): void {
    const org = organisation === 'not an organisation' ? undefined : organisation;
    if (
      org &&
      org.id === undefined &&
      org.acronym === undefined &&
      !overlapsKnown(ctx, org.first, org.last, true) &&
      !ctx.matcher.lookup(org.name)
    ) {
      const s: Suggestion = { kind: 'organisation', name: org.name };
      hits.push({
        key: suggestionKey(s),
        pattern,
        ...span(ctx, org.first, org.last),
        suggestion: s,
        confidence: 0.8,
        evidence: ['role-pattern'],
      });
    }
    if (!person || overlapsKnown(ctx, person.first, person.last)) return;
    if (ctx.matcher.lookup(`${person.givenName} ${person.familyName}`)) return;
    const s: Suggestion = {
      kind: 'person',
      givenName: person.givenName,
      familyName: person.familyName,
      ...(org
        ? {
            affiliation: {
              organisation: { name: org.name, ...(org.id ? { id: org.id } : {}) },
              role,
            },
          }
        : {}),
    };
    hits.push({
      key: suggestionKey(s),
      pattern,
      ...span(ctx, person.first, person.last),
      suggestion: s,
      confidence: 0.85,
      evidence: ['role-pattern'],
    });
  }

  for (let i = 0; i < tokens.length; i++) {
    // « Person, Role de Organisation »
    if (separatorAfter(tokens, i) === ',') {
      const person = personEndingAt(tokens, i, text);
      if (person && !knownOther(ctx, person)) {
        let to = i + 1;
        while (to + 1 < tokens.length && to - i < 15 && joinsRole(tokens[to + 1]!.sep)) to += 1;
        const found = i + 1 < tokens.length ? affiliationIn(i + 1, to, false) : undefined;
        if (found) emit('person, role of organisation', person, found.organisation, found.role);
      }
    }
    // « Role de Organisation, Person »
    if (tokens[i]!.sep === ',' && i > 0) {
      const person = personStartingAt(tokens, i, text);
      if (person && !knownOther(ctx, person)) {
        let from = i - 1;
        while (from > 0 && i - from < 15 && joinsRole(tokens[from]!.sep)) from -= 1;
        const found = affiliationIn(from, i - 1, true, i - 1);
        if (found) emit('role of organisation, person', person, found.organisation, found.role);
      }
    }
    // « Organisation, représentée par Person »
    const by = tokens[i + 1]?.folded;
    if (
      i > 0 &&
      representedBy.has(tokens[i]!.folded) &&
      (by === 'par' || by === 'by') &&
      /^\)?,?$|^ $/.test(tokens[i]!.sep)
    ) {
      const organisation = organisationEndingAt(i - 1);
      const person = personStartingAt(tokens, i + 2, text);
      if (organisation && person && !knownOther(ctx, person))
        emit('organisation, represented by person', person, organisation, null);
    }
  }
  return hits;
}

/** The name read as a person's is (part of) a known organisation, country, event or project. */
function knownOther(ctx: SuggestionContext, person: PersonName): boolean {
  for (let i = person.first; i <= person.last; i++) {
    const m = ctx.covered[i]!;
    if (m !== -1 && ctx.mentions[m]!.entity.type !== 'person') return true;
  }
  return false;
}
