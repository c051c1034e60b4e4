import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/prng.js';
import { parseQuery, termMatches, type QueryTerm } from './normalise.js';
import { scorer } from './rank.js';

// The scorer counts matching terms inside the stored strings without splitting them; this is
// the plain definition it must agree with, to the last bit: split, test each token, saturate.
function reference(
  query: QueryTerm[],
  doc: { isArticle: boolean; titleTerms: string; bodyTerms: string; datedAt: string | null },
  now: string,
): number {
  const tokens = (s: string) => s.split(' ').filter(Boolean);
  const count = (q: QueryTerm, list: string[]) => list.filter((t) => termMatches(q, t)).length;
  const saturate = (n: number, length: number, average: number) =>
    n === 0 ? 0 : (n * (1.2 + 1)) / (n + 1.2 * (1 - 0.75 + (0.75 * length) / average));
  const parts = doc.titleTerms.split(' | ').map(tokens);
  const title = parts[0]!;
  const about = parts.slice(1).flat();
  const body = tokens(doc.bodyTerms);
  let relevance = 0;
  for (const q of query)
    relevance +=
      3 * saturate(count(q, title), title.length, 8) +
      (doc.isArticle ? 2 : 0) * saturate(count(q, about), 8, 8) +
      saturate(count(q, body), body.length, 300);
  const named = parts.some(
    (part) =>
      part.length > 0 &&
      query.every((q) => count(q, part) > 0) &&
      part.every((t) => query.some((q) => termMatches(q, t))),
  );
  if (relevance > 0 && named) relevance *= doc.isArticle ? 2 : 10;
  if (doc.datedAt === null) return relevance;
  const ageDays = Math.max(0, (Date.parse(now) - Date.parse(doc.datedAt)) / 86_400_000);
  return relevance * (1 + 0.2 * 0.5 ** (ageDays / 365));
}

const vocabulary = [
  'coop',
  'cooper',
  'cooperat',
  'coopt',
  'co',
  'spati',
  'spatial',
  'lieg',
  'liege',
  'c',
  'xcoop',
  'coopcoop',
  '2025',
];

describe('ranking', () => {
  it('scores like the token-by-token definition, prefixes and stems overlapping included', () => {
    const rnd = seededRandom(7);
    const now = '2026-11-26T12:00:00.000Z';
    const queries = [
      'coop',
      'coopera',
      'cooperation spatial',
      'co',
      'liege coop',
      'spatial ',
      'xcoop 2025',
      'coopcoop',
    ];
    for (let i = 0; i < 400; i++) {
      const field = (n: number) => Array.from({ length: n }, () => rnd.pick(vocabulary)).join(' ');
      const about = Array.from({ length: rnd.int(0, 3) }, () => field(rnd.int(1, 4)));
      const doc = {
        isArticle: i % 2 === 0,
        titleTerms: [field(rnd.int(0, 6)), ...about].join(' | '),
        bodyTerms: field(rnd.int(0, 60)),
        datedAt:
          i % 3 === 0
            ? null
            : new Date(Date.parse(now) - rnd.int(0, 2000) * 86_400_000).toISOString(),
      };
      for (const q of queries) {
        const { terms } = parseQuery(q);
        expect(scorer(terms, now)(doc), `${q} / ${doc.titleTerms} / ${doc.bodyTerms}`).toBe(
          reference(terms, doc, now),
        );
      }
    }
  });

  it('weighs a title match above a body match, and a recent document above an older one', () => {
    const { terms } = parseQuery('Liège '); // stored as `lieg`
    const score = scorer(terms, '2026-11-26T12:00:00.000Z');
    const inTitle = score({ titleTerms: 'lieg visit', bodyTerms: 'delegat', datedAt: null });
    const inBody = score({ titleTerms: 'delegat visit', bodyTerms: 'lieg', datedAt: null });
    expect(inTitle).toBeGreaterThan(inBody);
    const inAbout = score({
      isArticle: true,
      titleTerms: 'delegat visit | lieg',
      bodyTerms: '',
      datedAt: null,
    });
    expect(inAbout).toBeGreaterThan(inBody);
    const doc = { titleTerms: 'lieg', bodyTerms: '' };
    expect(score({ ...doc, datedAt: '2026-11-20T00:00:00.000Z' })).toBeGreaterThan(
      score({ ...doc, datedAt: '2024-11-20T00:00:00.000Z' }),
    );
  });

  it('boosts a document the query names: an entity by its name, an article by a confirmed mention', () => {
    const { terms } = parseQuery('kazakhstan ');
    const score = scorer(terms, '2026-11-26T12:00:00.000Z');
    const body = 'kazakhstan delegat';
    const passing = score({ isArticle: true, titleTerms: 'visit', bodyTerms: body, datedAt: null });
    const mentioned = score({
      isArticle: true,
      titleTerms: 'visit | projet asi | kazakhstan',
      bodyTerms: body,
      datedAt: null,
    });
    expect(mentioned).toBeGreaterThan(2 * passing);
    // Naming means the whole part: « kazakhstan » does not name « kazakhstan ouzbekistan ».
    const listed = score({
      isArticle: true,
      titleTerms: 'visit | kazakhstan ouzbekistan',
      bodyTerms: body,
      datedAt: null,
    });
    expect(mentioned).toBeGreaterThan(listed);
    const entity = { titleTerms: 'dala | dala kazakhstan', bodyTerms: '', datedAt: null };
    expect(score({ ...entity, titleTerms: 'kazakhstan | kazakhstan' })).toBeGreaterThan(
      score({ ...entity, isArticle: true, titleTerms: 'kazakhstan | kazakhstan' }),
    );
  });
});
