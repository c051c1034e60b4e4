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
  /** The agenda; `query` carries its filters (`when`, `kind`, `sector`, `year`, `page`). */
  events: (locale: string, query: Query = {}) =>
    `/${locale}/${segment(locale, 'events')}${queryString(query)}`,
  event: (locale: string, slug: string, page = 1) =>
    `/${locale}/${segment(locale, 'events')}/${encodeURIComponent(slug)}${queryString({ page })}`,
  /** The iCalendar file of one event. */
  eventCalendar: (locale: string, slug: string) =>
    `/${locale}/${segment(locale, 'events')}/${encodeURIComponent(slug)}.ics`,
  /** The organisations; `query` carries the filters (`kind`, `sector`, `country`, `members`, `page`). */
  organisations: (locale: string, query: Query = {}) =>
    `/${locale}/${segment(locale, 'organisations')}${queryString(query)}`,
  organisation: (locale: string, slug: string, page = 1) =>
    `/${locale}/${segment(locale, 'organisations')}/${encodeURIComponent(slug)}${queryString({ page })}`,
  people: (locale: string, page = 1) =>
    `/${locale}/${segment(locale, 'people')}${queryString({ page })}`,
  person: (locale: string, slug: string, page = 1) =>
    `/${locale}/${segment(locale, 'people')}/${encodeURIComponent(slug)}${queryString({ page })}`,
  projects: (locale: string, page = 1) =>
    `/${locale}/${segment(locale, 'projects')}${queryString({ page })}`,
  project: (locale: string, slug: string, page = 1) =>
    `/${locale}/${segment(locale, 'projects')}/${encodeURIComponent(slug)}${queryString({ page })}`,
};

/** Query parameters of a list page; empty values and page 1 are left out of the URL. */
export type Query = Record<string, string | number | boolean | undefined>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === false) continue;
    if (name === 'page' && Number(value) <= 1) continue;
    params.set(name, value === true ? '1' : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
