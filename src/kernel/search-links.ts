// Where search leads: a result's page and the suggestions' address, in a reader's language.
import { paths, segment } from '../i18n/paths.js';
import type { SearchType } from '../db/tables/search.table.js';

/** The page of a result, in the reader's language (a page missing in it falls back there). */
export function hitHref(locale: string, hit: { type: SearchType; slug: string }): string {
  switch (hit.type) {
    case 'article':
      return paths.article(locale, hit.slug);
    case 'organisation':
      return paths.organisation(locale, hit.slug);
    case 'person':
      return paths.person(locale, hit.slug);
    case 'event':
      return paths.event(locale, hit.slug);
    case 'project':
      return paths.project(locale, hit.slug);
  }
}

/** The address of a locale's results-as-you-type (src/search/search.suggest.ts). */
export function suggestionsPath(locale: string): string {
  return `/${locale}/${segment(locale, 'search')}/suggestions`;
}
