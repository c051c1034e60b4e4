// Builds public URLs with translated path segments (DESIGN §4).
import { translator } from './locales.js';

export type Section =
  'news' | 'sectors' | 'organisations' | 'people' | 'events' | 'projects' | 'search' | 'ecosystem';

/** The translated segment of a section: ('fr', 'news') → 'actualites'. */
export function segment(locale: string, section: Section): string {
  return translator(locale)(`routes.${section}`);
}

export const paths = {
  home: (locale: string) => `/${locale}/`,
  news: (locale: string, page = 1) =>
    `/${locale}/${segment(locale, 'news')}${page > 1 ? `?page=${page}` : ''}`,
  article: (locale: string, slug: string) =>
    `/${locale}/${segment(locale, 'news')}/${encodeURIComponent(slug)}`,
  sector: (locale: string, slug: string, page = 1) =>
    `/${locale}/${segment(locale, 'sectors')}/${encodeURIComponent(slug)}${page > 1 ? `?page=${page}` : ''}`,
  sectors: (locale: string) => `/${locale}/${segment(locale, 'sectors')}`,
  events: (locale: string) => `/${locale}/${segment(locale, 'events')}`,
  event: (locale: string, slug: string) =>
    `/${locale}/${segment(locale, 'events')}/${encodeURIComponent(slug)}`,
};
