// Which people a credit line names: « Global Gateway – Zhaina Sultanova » names Zhaina Sultanova,
// whatever the programme or agency beside her.

import { fold } from './fold.js';

const comparable = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/**
 * The people a credit line names. The line is cut at spaced dashes, commas, slashes and « and » /
 * « et »; a label before a colon (« Photo : ») is dropped; a name matches the end of a part
 * (after an honorific or a word such as « photo »), without regard to accents or case, with or
 * without its own honorific (« Prof. »).
 */
export function creditedPeople<P extends { name: string }>(creditLine: string, people: P[]): P[] {
  const parts = comparable(creditLine)
    .split(/\s[-–—]\s|[,;/|·]|\s(?:and|et|&)\s/)
    .map((p) => p.replace(/^[^:]*:\s*/, '').trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  return people.filter((person) => {
    const name = comparable(person.name);
    const bare = name.replace(/^(?:\S+\.\s)+/, '');
    // « Dr Léa Moreau » or « photo Léa Moreau » names Léa Moreau too.
    return parts.some((part) => part === bare || part.endsWith(` ${bare}`) || part === name);
  });
}
