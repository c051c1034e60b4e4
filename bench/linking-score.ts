// Scoring detection against the annotated linking corpus (issue #13): per text, the people and
// organisations detected (distinct known entities mentioned, plus suggestions) are matched one to
// one with the annotated ones of the same type when any of their forms fold equal.
import { fold } from '../src/lib/fold.js';
import { detectEntities, translationText, type Detection } from '../src/linking/detect.js';
import type { KnownEntities } from '../src/linking/known-entities.js';
import type { Matcher } from '../src/linking/matcher.js';
import type { NewsText } from './linking-corpus/types.js';

export type EntityKind = 'person' | 'organisation';

export interface Counts {
  found: number;
  wanted: number;
  correct: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** What went wrong on one text: detected items matching nothing, annotated items not found. */
export interface TextReport {
  id: string;
  counts: Record<EntityKind, Counts>;
  spurious: string[];
  missed: string[];
}

/** Folded, punctuation as spaces, so « l’ESA » and « l'ESA », « S.à r.l. » and « S.à r.l » agree. */
export const formKey = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();

interface Item {
  kind: EntityKind;
  label: string;
  forms: string[];
}

/** The people and organisations a detection names, each with every form that names it. */
export function detectedItems(d: Detection, known: KnownEntities): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  const orgs = new Map(known.organisations.map((o) => [o.id, o]));
  const people = new Map(known.people.map((p) => [p.id, p]));
  for (const m of d.mentions) {
    const key = `${m.entity.type}:${m.entity.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const o = m.entity.type === 'organisation' ? orgs.get(m.entity.id) : undefined;
    const p = m.entity.type === 'person' ? people.get(m.entity.id) : undefined;
    if (o)
      items.push({
        kind: 'organisation',
        label: o.name,
        forms: [o.name, o.acronym ?? '', ...o.aliases.map((a) => a.alias)].filter((f) => f !== ''),
      });
    if (p)
      items.push({
        kind: 'person',
        label: m.entity.name,
        forms: [`${p.givenName} ${p.familyName}`],
      });
  }
  for (const s of d.suggestions) {
    const x = s.suggestion;
    if (x.kind === 'organisation')
      items.push({
        kind: 'organisation',
        label: `${x.name} (suggested)`,
        forms: [x.name, x.acronym ?? ''].filter((f) => f !== ''),
      });
    else
      items.push({
        kind: 'person',
        label: `${x.givenName} ${x.familyName} (suggested)`,
        forms: [`${x.givenName} ${x.familyName}`],
      });
  }
  return items;
}

const empty = (): Counts => ({ found: 0, wanted: 0, correct: 0 });

/** Scores one text's detection against its annotations. */
export function scoreText(text: NewsText, d: Detection, known: KnownEntities): TextReport {
  const report: TextReport = {
    id: text.id,
    counts: { person: empty(), organisation: empty() },
    spurious: [],
    missed: [],
  };
  const wanted = [
    ...text.people.map((p) => ({ kind: 'person' as const, forms: p.split('|'), matched: false })),
    ...text.organisations.map((o) => ({
      kind: 'organisation' as const,
      forms: o.split('|'),
      matched: false,
    })),
  ];
  for (const w of wanted) report.counts[w.kind].wanted += 1;
  for (const item of detectedItems(d, known)) {
    report.counts[item.kind].found += 1;
    const keys = new Set(item.forms.map(formKey));
    const hit = wanted.find(
      (w) => !w.matched && w.kind === item.kind && w.forms.some((f) => keys.has(formKey(f))),
    );
    if (hit) {
      hit.matched = true;
      report.counts[item.kind].correct += 1;
    } else report.spurious.push(`${item.kind}: ${item.label}`);
  }
  for (const w of wanted) if (!w.matched) report.missed.push(`${w.kind}: ${w.forms[0]}`);
  return report;
}

export function figures(reports: TextReport[], kind: EntityKind): Figures {
  const c = empty();
  for (const r of reports) {
    c.found += r.counts[kind].found;
    c.wanted += r.counts[kind].wanted;
    c.correct += r.counts[kind].correct;
  }
  const precision = c.found ? c.correct / c.found : 1;
  const recall = c.wanted ? c.correct / c.wanted : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { ...c, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

/** Runs detection on every text (title and body, as articles are read) and scores it. */
export function scoreCorpus(
  texts: readonly NewsText[],
  matchers: Record<'fr' | 'en', Matcher>,
  known: KnownEntities,
) {
  const reports = texts.map((t) =>
    scoreText(t, detectEntities(matchers[t.lang], translationText(t.title, t.body)), known),
  );
  return {
    reports,
    people: figures(reports, 'person'),
    organisations: figures(reports, 'organisation'),
  };
}

/** The array of texts a corpus module exports, whatever its name. */
export function textsOf(module: Record<string, unknown>): NewsText[] {
  const found = Object.values(module).find((v) => Array.isArray(v));
  return (found ?? []) as NewsText[];
}
