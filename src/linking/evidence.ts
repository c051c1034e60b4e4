// Suggestions from combined evidence: every reading of a person or an organisation in the text
// collects the cues around it (person-cues.ts, organisation-cues.ts), each cue has a weight, and
// only readings whose confidence reaches the threshold become suggestions. What the directory
// knows is never suggested, and traps (traps.ts) never are either.
import type { KnownMention } from './matcher.js';
import {
  capitalisedRun,
  headedName,
  organisationWeights,
  startsSentence,
  tailedName,
  trimStart,
  type Span,
} from './organisation-cues.js';
import {
  functionWords,
  legalForms,
  organisationIntros,
  organisationNouns,
  organisationTails,
  personTitles,
} from './lexicons.js';
import { listItems } from './lists.js';
import {
  cuesAfter,
  cuesBefore,
  personWeights,
  readPerson,
  type PersonRead,
} from './person-cues.js';
import {
  span,
  suggestionKey,
  type Suggestion,
  type SuggestionContext,
  type SuggestionHit,
} from './suggestion.js';
import { fold, isAcronymLike, isCapitalised } from './text.js';
import { headingTokens, isNotOrganisation, isTrapPhrase } from './traps.js';
import { termAcronyms } from './acronyms.js';

const nationality =
  /^(?:French|German|Belgian|Italian|Spanish|Dutch|Polish|Luxembourg|Walloon|Flemish|European|British|American|Portuguese|Swiss|Austrian|Czech|Kazakh|Uzbek)$/;

/** Readings below this confidence are not suggested. */
export const suggestionThreshold = 0.5;

const score = (weights: Record<string, number>, evidence: string[]) =>
  Math.min(
    0.99,
    Math.max(
      0,
      evidence.reduce((sum, e) => sum + (weights[e] ?? 0), 0),
    ),
  );

interface Candidate extends Span {
  kind: 'person' | 'organisation';
  evidence: string[];
  person?: PersonRead;
  acronym?: string;
}

export interface EvidenceResult {
  hits: SuggestionHit[];
  /** A known person's family name alone after their full name (« … Hugo Marée. Marée a … »). */
  surnameMentions: KnownMention[];
  /** Acronyms given in brackets after a suggested organisation (« (…, LSA) ») → its name. */
  acronyms: Map<string, string>;
}

export function evidenceSuggestions(
  ctx: SuggestionContext,
  taken: SuggestionHit[],
): EvidenceResult {
  const { tokens, text } = ctx;
  const headings = headingTokens(text, tokens);
  const blocked = new Uint8Array(tokens.length);
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  tokens.forEach((_t, i) => {
    if (headings[i] === 1) blocked[i] = 1;
    const m = ctx.covered[i]!;
    if (m !== -1) blocked[i] = ctx.mentions[m]!.entity.type === 'country' ? 2 : 1;
  });
  for (const h of taken) {
    const a = byStart.get(h.start);
    const b = byEnd.get(h.end);
    if (a !== undefined && b !== undefined) blocked.fill(1, a, b + 1);
  }
  const free = (s: Span, countriesToo = false) => {
    for (let i = s.first; i <= s.last; i++)
      if (blocked[i] === 1 || (blocked[i] === 2 && !countriesToo)) return false;
    return true;
  };
  const phrase = (s: Span) => span(ctx, s.first, s.last).surface;

  // People first: their names are the most specific readings.
  const people: Candidate[] = [];
  const weakPeople = new Map<number, PersonRead>();
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const p = readPerson(tokens, i, text);
    if (!p || !free(p)) continue;
    // « John Cockerill Defense », « Robert Bosch GmbH »: a company named after a person.
    const next = tokens[p.last + 1];
    if (next?.sep === ' ' && (organisationTails.has(next.folded) || legalForms.has(next.text)))
      continue;
    if (
      isTrapPhrase(
        tokens
          .slice(p.first, p.last + 1)
          .map((t) => t.folded)
          .join(' '),
      )
    )
      continue;
    if (ctx.matcher.lookup(phrase(p))) continue;
    // « J.-M. Lechat » after « Jean-Marie Lechat »: the same person, written shorter.
    if (p.evidence[0] === 'initials' && sameFamilyBefore(p)) continue;
    const evidence = [...p.evidence, ...cuesBefore(tokens, p.first), ...cuesAfter(tokens, p.last)];
    // Without a given name from the lexicon, only a title in lower case (« le général X ») or
    // after an article ("the Commissioner X"), or an honorific, right before will do.
    const title = tokens[p.first - 1];
    const titled =
      title !== undefined &&
      personTitles.has(title.folded) &&
      (!isCapitalised(title.text) || functionWords.has(tokens[p.first - 2]?.folded ?? ''));
    if (p.evidence[0] === 'capitalised' && !evidence.includes('honorific') && !titled) {
      weakPeople.set(p.first, p);
      continue;
    }
    people.push({ kind: 'person', first: p.first, last: p.last, evidence, person: p });
    i = p.last;
  }

  function sameFamilyBefore(p: PersonRead): boolean {
    const family = tokens[p.last]!.folded;
    const start = tokens[p.first]!.start;
    return (
      people.some((c) => tokens[c.last]!.folded === family) ||
      ctx.mentions.some(
        (m) => m.entity.type === 'person' && m.start < start && fold(m.surface).endsWith(family),
      )
    );
  }

  // A family name seen again alone belongs to the person named in full before it.
  const surnameMentions: KnownMention[] = [];
  const familyWord = new Map<
    string,
    { person?: Candidate; mention?: KnownMention; end: number } | null
  >();
  const note = (word: string, v: { person?: Candidate; mention?: KnownMention; end: number }) =>
    familyWord.set(word, familyWord.has(word) ? null : v);
  for (const c of people) note(tokens[c.last]!.folded, { person: c, end: tokens[c.last]!.end });
  for (const m of ctx.mentions)
    if (m.entity.type === 'person') {
      const last = byEnd.get(m.end);
      const word = last === undefined ? undefined : tokens[last]!.folded;
      if (word && !familyWord.has(word)) note(word, { mention: m, end: m.end });
    }
  tokens.forEach((t, i) => {
    if (blocked[i] || !isCapitalised(t.text)) return;
    const owner = familyWord.get(t.folded);
    if (!owner || t.start < owner.end) return;
    if (people.some((c) => c.first <= i && i <= c.last)) return;
    blocked[i] = 1;
    if (owner.person && !owner.person.evidence.includes('surname-repeat'))
      owner.person.evidence.push('surname-repeat');
    if (owner.mention)
      surnameMentions.push({ ...owner.mention, surface: t.text, start: t.start, end: t.end });
  });

  // Organisations: by their kind words and legal forms, by what introduces them, in lists.
  const personAt = new Uint8Array(tokens.length);
  for (const c of people) personAt.fill(1, c.first, c.last + 1);
  const orgs: Candidate[] = [];
  const addOrg = (s: Span | undefined, evidence: string[]) => {
    const trimmed = s && trimStart(tokens, s);
    if (!trimmed || !free(trimmed, true)) return;
    for (let i = trimmed.first; i <= trimmed.last; i++) if (personAt[i]) return;
    const words = tokens.slice(trimmed.first, trimmed.last + 3).map((t) => t.folded);
    const n = trimmed.last - trimmed.first + 1;
    // « European Defence » inside « European Defence Fund »: the longer phrase is the trap.
    for (let k = n; k <= words.length; k++) if (isTrapPhrase(words.slice(0, k).join(' '))) return;
    if (isNotOrganisation(words.slice(0, n + 1).join(' '))) return;
    if (isNotOrganisation(words.slice(0, n).join(' '))) return;
    const single = tokens[trimmed.first]!.text;
    if (n === 1 && (termAcronyms.has(single) || legalForms.has(single))) return;
    if (ctx.matcher.lookup(phrase(trimmed))) return;
    orgs.push({ kind: 'organisation', ...trimmed, evidence });
  };
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] === 1) continue;
    const headed = headedName(tokens, i);
    if (headed) {
      const onlyHeadCapital = !tokens
        .slice(i + 1, headed.last + 1)
        .some((t) => isCapitalised(t.text));
      const weak = startsSentence(tokens, i) && onlyHeadCapital;
      addOrg(headed, weak ? ['kind-word', 'sentence-start', 'sentence-start'] : ['kind-word']);
    }
    const tailed = tailedName(tokens, i);
    if (tailed && tailed.last > tailed.first) addOrg(tailed, [tailed.evidence]);
    if (isCapitalised(tokens[i]!.text) && introducedAt(i))
      addOrg(capitalisedRun(tokens, i, 5), ['kind-before']);
    if (
      isCapitalised(tokens[i]!.text) &&
      (i === 0 || !isCapitalised(tokens[i - 1]!.text) || tokens[i]!.sep !== ' ')
    ) {
      const run = capitalisedRun(tokens, i, 5);
      if (run && apposition(run.last)) addOrg(run, ['kind-after']);
    }
  }

  /** « la société X », « le groupe italien X », « le centre de recherche X », "the French lab X". */
  function introducedAt(i: number): boolean {
    if (tokens[i]!.sep !== ' ') return false;
    for (let k = i - 1, lower = 0; k >= 0 && lower <= 3; k--, lower++) {
      const t = tokens[k]!;
      if (isCapitalised(t.text) && !nationality.test(t.text)) return false;
      if (organisationIntros.has(t.folded)) return lower === 0 || tokens[k + 1]!.sep === ' ';
      if (functionWords.has(t.folded) && t.folded !== 'de' && t.folded !== 'd') return false;
      if (tokens[k + 1]!.sep !== ' ' && tokens[k + 1]!.sep !== "'") return false;
    }
    return false;
  }

  /** « Elia, le gestionnaire du réseau », "Agoria, the technology industry federation". */
  function apposition(last: number): boolean {
    if (tokens[last]!.after !== ',') return false;
    for (let k = last + 1; k < tokens.length && k - last <= 6; k++) {
      const t = tokens[k]!;
      if (k > last + 1 && /[.;:!?()]|¶/.test(t.sep)) return false;
      if (
        isCapitalised(t.text) &&
        !['The', 'Le', 'La', 'L'].includes(t.text) &&
        !nationality.test(t.text)
      )
        return false;
      if (organisationNouns.has(t.folded)) return true;
    }
    return false;
  }
  // « Marc Dupont (Spacebel) »: the organisation in brackets after a person.
  for (const c of people)
    if (c.evidence.includes('affiliation')) {
      const run = capitalisedRun(tokens, c.last + 1, 6);
      if (run && tokens[run.last]!.after.startsWith(')')) addOrg(run, ['affiliation']);
    }
  const addPerson = (p: PersonRead, evidence: string[]) => {
    if (free(p))
      people.push({
        kind: 'person',
        first: p.first,
        last: p.last,
        evidence: [...p.evidence, ...evidence],
        person: p,
      });
  };
  listItems(ctx, blocked, people, weakPeople, addOrg, addPerson);
  // « Agence spatiale luxembourgeoise (Luxembourg Space Agency, LSA) »: other names of the same.
  for (const o of orgs)
    if (tokens[o.last]!.after === '(') {
      let k = o.last + 1;
      while (tokens[k] && !tokens[k]!.sep.includes(')') && k - o.last < 12) {
        const t = tokens[k]!;
        if (isAcronymLike(t.text) && !termAcronyms.has(t.text) && !o.acronym) o.acronym = t.text;
        blocked[k++] = 1;
      }
    }
  for (let n = orgs.length - 1; n >= 0; n--)
    if (blocked[orgs[n]!.first] === 1 && orgs[n]!.evidence[0] !== 'legal-form') orgs.splice(n, 1);

  const chosen = choose([...people, ...orgs]);
  const hits: SuggestionHit[] = [];
  const acronyms = new Map<string, string>();
  for (const c of chosen) {
    const confidence = score(c.kind === 'person' ? personWeights : organisationWeights, c.evidence);
    if (confidence < suggestionThreshold) continue;
    const where = span(ctx, c.first, c.last);
    const suggestion: Suggestion = c.person
      ? { kind: 'person', givenName: c.person.givenName, familyName: c.person.familyName }
      : { kind: 'organisation', name: where.surface, ...(c.acronym ? { acronym: c.acronym } : {}) };
    if (c.acronym) acronyms.set(c.acronym, where.surface);
    hits.push({
      key: suggestionKey(suggestion),
      pattern: 'combined evidence',
      ...where,
      suggestion,
      confidence: Math.round(confidence * 100) / 100,
      evidence: [...new Set(c.evidence)],
    });
  }
  return { hits, surnameMentions, acronyms };
}

/** Non-overlapping candidates, the most confident (then the longest) first; in text order. */
function choose(candidates: Candidate[]): Candidate[] {
  const weightOf = (c: Candidate) =>
    score(c.kind === 'person' ? personWeights : organisationWeights, c.evidence);
  const ranked = [...candidates].sort(
    (a, b) =>
      weightOf(b) - weightOf(a) || b.last - b.first - (a.last - a.first) || a.first - b.first,
  );
  const used = new Set<number>();
  const out: Candidate[] = [];
  for (const c of ranked) {
    let clash = false;
    for (let i = c.first; i <= c.last && !clash; i++) clash = used.has(i);
    if (clash) continue;
    for (let i = c.first; i <= c.last; i++) used.add(i);
    out.push(c);
  }
  return out.sort((a, b) => a.first - b.first);
}
