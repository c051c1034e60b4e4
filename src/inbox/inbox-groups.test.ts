// The inbox's grouping rules on plain rows: core keys, acronyms, containment, people's word order.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../linking/suggestion.js';
import { coreKey, groupSuggestions, type OpenSuggestion } from './inbox-groups.js';
import { snippetsOf } from './snippet.js';

let n = 0;
function row(suggestion: Suggestion, articleId = `a${(n += 1)}`): OpenSuggestion {
  const surface =
    suggestion.kind === 'organisation'
      ? suggestion.name
      : `${suggestion.givenName} ${suggestion.familyName}`;
  return {
    mentionId: `m${(n += 1)}`,
    version: 1,
    articleId,
    translationId: `t${n}`,
    locale: 'fr',
    title: `Titre ${n}`,
    surface,
    start: 0,
    end: surface.length,
    suggestion,
  };
}
const o = (name: string, acronym?: string) =>
  row(acronym ? { kind: 'organisation', name, acronym } : { kind: 'organisation', name });
const names = (rows: OpenSuggestion[]) =>
  groupSuggestions(rows).map((g) => [g.name, ...g.aliases].join(' | '));

describe('entity inbox groups', () => {
  it('reduces names to their distinctive words', () => {
    expect(coreKey('pôle Skywin')).toBe('skywin');
    expect(coreKey('Skywin Wallonie')).toBe('skywin');
    expect(coreKey('Spacebel SA')).toBe('spacebel');
    expect(coreKey('Centre Spatial de Liège')).toBe('centre spatial de liege');
  });

  it('groups a short form with its longer names, the longest as canonical', () => {
    expect(names([o('Skywin'), o('pôle Skywin'), o('Skywin Wallonie')])).toEqual([
      'Skywin Wallonie | Skywin | pôle Skywin',
    ]);
  });

  it('groups by acronym, and keeps two centres of two cities apart', () => {
    const groups = groupSuggestions([
      o('Centre Spatial de Liège', 'CSL'),
      o('CSL'),
      o('Centre Spatial de Toulouse', 'CST'),
    ]);
    expect(groups.map((g) => [g.name, g.acronym, g.mentionCount])).toEqual([
      ['Centre Spatial de Liège', 'CSL', 2],
      ['Centre Spatial de Toulouse', 'CST', 1],
    ]);
  });

  it('joins a name of two words contained in one longer name only, never one word alone', () => {
    expect(names([o('Alenia Space'), o('Thales Alenia Space')])).toEqual([
      'Thales Alenia Space | Alenia Space',
    ]);
    expect(names([o('Thales'), o('Thales Alenia Space')]).sort()).toEqual(
      ['Thales', 'Thales Alenia Space'].sort(),
    );
  });

  it('groups a person whatever the order of the names, ranked by articles', () => {
    const groups = groupSuggestions([
      row({ kind: 'person', givenName: 'Marc', familyName: 'Dupont' }, 'x'),
      row({ kind: 'person', givenName: 'Dupont', familyName: 'Marc' }, 'y'),
      o('Orbix'),
    ]);
    expect(groups.map((g) => [g.kind, g.articleCount])).toEqual([
      ['person', 2],
      ['organisation', 1],
    ]);
    expect(groups[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('cuts contexts at words, without the title in a body context', () => {
    const text = 'Un titre\n\nLe **pôle Skywin** a réuni ses membres à Gosselies pour la rentrée.';
    const at = text.indexOf('pôle Skywin');
    expect(snippetsOf(text, 'pôle Skywin', at, at + 11, 10)).toEqual([
      {
        before: 'Le ',
        match: 'pôle Skywin',
        after: ' a réuni ses membres à Gosselies pour la rentrée.',
      },
    ]);
  });
});
