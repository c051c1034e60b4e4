// Detection on texts written for the purpose (detect.corpus.ts): each pattern and each trap,
// then precision and recall over the whole set.
import { describe, expect, it } from 'vitest';
import { corpus, corpusEntities, type CorpusCase } from '../../test/support/detect-corpus.js';
import { detectEntities } from './detect.js';
import { buildMatcher } from './matcher.js';
import { suggestionKey, type Suggestion } from './suggestion.js';

const matchers = { fr: buildMatcher(corpusEntities, 'fr'), en: buildMatcher(corpusEntities, 'en') };

/** Canonical string of a suggestion: keys sorted, so property order does not matter. */
function canonical(s: Suggestion): string {
  return JSON.stringify(s, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function run(c: CorpusCase) {
  const result = detectEntities(matchers[c.lang], c.text);
  return {
    result,
    mentions: result.mentions.map((m) => [m.entity.type, m.entity.id, m.surface].join(' | ')),
    suggestions: result.suggestions.map((s) => canonical(s.suggestion)),
  };
}

function expected(c: CorpusCase) {
  return {
    mentions: c.mentions.map((m) => m.join(' | ')),
    suggestions: c.suggestions.map(canonical),
  };
}

/** Size of the multiset intersection. */
function common(a: string[], b: string[]): number {
  const left = [...b];
  let n = 0;
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) {
      n += 1;
      left.splice(i, 1);
    }
  }
  return n;
}

describe('detection corpus', () => {
  it('has at least 12 texts in French and English', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.some((c) => c.lang === 'fr') && corpus.some((c) => c.lang === 'en')).toBe(true);
  });

  it.each(corpus.filter((c) => !c.heldOut))('$name', (c) => {
    const got = run(c);
    for (const m of [...got.result.mentions, ...got.result.suggestions])
      expect(c.text.slice(m.start, m.end)).toBe(m.surface);
    expect(got.mentions).toEqual(expected(c).mentions);
    expect(new Set(got.suggestions)).toEqual(new Set(expected(c).suggestions));
  });

  it('reaches precision and recall of at least 0.9 over the whole set', () => {
    const score = (cases: CorpusCase[], label: string) => {
      let truePositives = 0;
      let found = 0;
      let wanted = 0;
      for (const c of cases) {
        const got = run(c);
        const want = expected(c);
        const gotAll = [...got.mentions, ...got.suggestions];
        const wantAll = [...want.mentions, ...want.suggestions];
        truePositives += common(gotAll, wantAll);
        found += gotAll.length;
        wanted += wantAll.length;
      }
      const precision = found ? truePositives / found : 1;
      const recall = wanted ? truePositives / wanted : 1;
      console.log(
        `entity linking, ${label} (${cases.length} texts): ${wanted} expected, ${found} found, ` +
          `${truePositives} correct — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      );
      return { precision, recall };
    };
    score(
      corpus.filter((c) => !c.heldOut),
      'texts written with the patterns',
    );
    score(
      corpus.filter((c) => c.heldOut),
      'held-out texts',
    );
    const all = score(corpus, 'whole set');
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('detectEntities', () => {
  const fr = matchers.fr;

  it('matches case- and accent-insensitively, acronyms only in their case', () => {
    const text = 'CENTRE SPATIAL DE LIEGE, centre spatial de liège, CSL, Csl, csl.';
    expect(detectEntities(fr, text).mentions.map((m) => m.surface)).toEqual([
      'CENTRE SPATIAL DE LIEGE',
      'centre spatial de liège',
      'CSL',
    ]);
  });

  it('lets the longest match win: a place in a name is not a country', () => {
    const { mentions } = detectEntities(
      fr,
      'Expertise France et la France, Liège Airport et Liège.',
    );
    expect(mentions.map((m) => `${m.entity.id}:${m.surface}`)).toEqual([
      'expertise-france:Expertise France',
      'FR:France',
      'liege-airport:Liège Airport',
    ]);
  });

  it('reads « Suisse » as the country, « suisse » as an adjective', () => {
    const { mentions } = detectEntities(fr, 'Une entreprise suisse expose en Suisse et en SUISSE.');
    expect(mentions.map((m) => [m.entity.id, m.surface])).toEqual([
      ['CH', 'Suisse'],
      ['CH', 'SUISSE'],
    ]);
  });

  it('names countries in the locale of the matcher', () => {
    expect(detectEntities(matchers.en, 'au Tadjikistan').mentions[0]?.entity.name).toBe(
      'Tajikistan',
    );
    expect(detectEntities(fr, 'in Tajikistan').mentions[0]?.entity.name).toBe('Tadjikistan');
  });

  it('gives one suggestion per unknown entity, at its first occurrence', () => {
    const text =
      'Marc Lenoir, directeur de Spacebel, parle. Plus tard, Marc Lenoir, CEO de Spacebel, conclut.';
    const { suggestions } = detectEntities(fr, text);
    expect(suggestions.map((s) => [s.key, s.start])).toEqual([
      [suggestionKey({ kind: 'person', givenName: 'Marc', familyName: 'Lenoir' }), 0],
      [suggestionKey({ kind: 'organisation', name: 'Spacebel' }), text.indexOf('Spacebel')],
    ]);
  });

  it('finds nothing in an empty text or one without words', () => {
    expect(detectEntities(fr, '')).toEqual({ mentions: [], suggestions: [] });
    expect(detectEntities(fr, ' — … ()')).toEqual({ mentions: [], suggestions: [] });
  });
});
