// Addresses of the feeds: per locale and per sector, in three formats, and the agenda's calendar.
import { translator } from './locales.js';
import { segment } from './paths.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** File name of each format, the same in every locale. */
export const feedFiles: Record<FeedFormat, string> = {
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
};

export const feedTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export const feedPaths = {
  /** /fr/feed.xml, /en/atom.xml, /en/feed.json */
  locale: (locale: string, format: FeedFormat) => `/${locale}/${feedFiles[format]}`,
  /** /fr/secteurs/spatial/feed.xml, /en/sectors/space/feed.json */
  sector: (locale: string, slug: string, format: FeedFormat) =>
    `/${locale}/${segment(locale, 'sectors')}/${encodeURIComponent(slug)}/${feedFiles[format]}`,
  /** Every upcoming event: /fr/agenda.ics, /en/events.ics */
  calendar: (locale: string) => `/${locale}/${segment(locale, 'events')}.ics`,
};

/** The title a reader sees in a feed list: « Skywin Wallonie – Actualités », « … – Spatial ». */
export function feedTitle(locale: string, sectorName?: string): string {
  const t = translator(locale);
  return t('feeds.title', { site: t('site.name'), section: sectorName ?? t('news.title') });
}
