// Names in lists: « dont X, Y et Z », « comme X et Y », « parmi lesquels X », "including X and
// Y", "such as X", and runs of three names or more. Each item is a known entity, a person read
// before, or else an organisation, more surely so when the list follows a collective noun
// (« les entreprises », "suppliers") or holds another organisation.
import { isNameWord, type PersonRead } from './person-cues.js';
import { listCues, organisationCollectives } from './lexicons.js';
import { capitalisedRun, startsSentence, type Span } from './organisation-cues.js';
import type { SuggestionContext } from './suggestion.js';
import { isAcronymLike, isCapitalised } from './text.js';

export interface ListCandidate extends Span {
  kind: 'person' | 'organisation';
  evidence: string[];
  person?: PersonRead;
}

interface Item {
  span: Span;
  known?: 'organisation' | 'other';
  person?: ListCandidate;
  weak?: PersonRead;
}

const longer = (a: Span | undefined, b: Span | undefined): Span | undefined =>
  a && b ? (b.last > a.last ? b : { first: a.first, last: a.last }) : (a ?? b);

export function listItems(
  ctx: SuggestionContext,
  blocked: Uint8Array,
  people: ListCandidate[],
  /** Names shaped like a person's without a given name from the lexicon (« Aruzhan Seitkali »). */
  weakPeople: Map<number, PersonRead>,
  addOrg: (s: Span | undefined, evidence: string[]) => void,
  addPerson: (p: PersonRead, evidence: string[]) => void,
): void {
  const { tokens } = ctx;
  const personAt = new Map(people.map((c) => [c.first, c]));
  const inList = new Uint8Array(tokens.length);

  function readItems(j: number): Item[] {
    const items: Item[] = [];
    while (j < tokens.length && items.length < 12) {
      const known = ctx.knownFrom.get(j);
      const person = personAt.get(j);
      const weak = weakPeople.get(j);
      const s: Span | undefined = known
        ? { first: j, last: known.last }
        : (person ?? longer(weak, capitalisedRun(tokens, j, 6)));
      const t = tokens[j]!;
      if (!s || (!known && !person && !isCapitalised(t.text) && !isAcronymLike(t.text))) break;
      if (!known && !person && !weak && !isNameWord(tokens[j]) && !isAcronymLike(t.text)) break;
      items.push({
        span: s,
        ...(known
          ? { known: known.mention.entity.type === 'organisation' ? 'organisation' : 'other' }
          : {}),
        ...(person ? { person } : {}),
        ...(weak && !person ? { weak } : {}),
      });
      const after = tokens[s.last]!.after;
      const next = tokens[s.last + 1];
      if (after === ',' && next) j = s.last + 1;
      else if (next && after === ' ' && ['et', 'and', 'ou', 'or', '&'].includes(next.folded))
        j = s.last + 2;
      else break;
    }
    return items;
  }

  function collectiveBefore(i: number, reach: number): boolean {
    for (let k = Math.max(0, i - reach); k < i; k++)
      if (organisationCollectives.has(tokens[k]!.folded)) return true;
    return false;
  }

  function settle(items: Item[], cued: boolean, collective: boolean) {
    const people = items.filter((x) => x.person).length;
    const orgs = items.filter((x) => x.known === 'organisation').length;
    const ofOrganisations = collective || orgs > 0;
    const ofPeople = people > 0 && people >= orgs && !collective;
    if (!cued && items.length < 3 && !ofOrganisations) return;
    for (const item of items) {
      for (let k = item.span.first; k <= item.span.last; k++) inList[k] = 1;
      if (item.known) continue;
      if (item.person) {
        item.person.evidence.push('list');
        continue;
      }
      if (blocked[item.span.first] === 1) continue;
      if (
        item.weak &&
        ofPeople &&
        item.span.last === item.weak.last &&
        !startsSentence(tokens, item.weak.first)
      )
        addPerson(item.weak, ['list', 'list-of-people']);
      else if (ofOrganisations) addOrg(item.span, ['list', 'list-of-organisations']);
      else if (!ofPeople) addOrg(item.span, ['list']);
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i]!;
    if (!listCues.has(cue.folded) || isCapitalised(cue.text)) continue;
    let j = i + 1;
    if (cue.folded === 'such' && tokens[j]?.folded !== 'as') continue;
    if ((cue.folded === 'such' || cue.folded === 'like') && tokens[j]?.folded === 'as') j += 1;
    if (cue.folded === 'among' && tokens[j]?.folded === 'them') j += 1;
    while (tokens[j] && ['le', 'la', 'les', 'l', 'the'].includes(tokens[j]!.folded)) j += 1;
    const items = readItems(j);
    if (items.length > 0) settle(items, true, collectiveBefore(i, 6));
  }
  // Runs of names without a cue: « Spacebel, Euro Heat Pipes et AMOS ont … ».
  for (let i = 0; i < tokens.length; i++) {
    if (inList[i] || blocked[i] === 1 || !isCapitalised(tokens[i]!.text)) continue;
    const items = readItems(i);
    if (items.length >= 2) settle(items, false, collectiveBefore(i, 12));
    if (items.length > 0) i = items.at(-1)!.span.last;
  }
}
