// A feed as the three formats share it: titles in the reader's language, absolute URLs, and
// entries marked with their own language when they fall back to French.
import { languageName, translator } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { feedPaths, feedTitle, type FeedFormat } from '../i18n/feed-paths.js';
import type { FeedEntry } from './feed.service.js';
import { absoluteLinks } from './xml.js';
import { assets } from '../views/assets.js';

export interface FeedItem {
  /** Stable across slug changes and languages: urn:uuid: of the article. */
  id: string;
  url: string;
  title: string;
  /** Language of the title and content (the reader's, else the fallback). */
  language: string;
  summary: string;
  contentHtml: string;
  published: string;
  updated: string;
  categories: { term: string; label: string }[];
  /** The article's credit line, when it has one. */
  author: string | null;
  image: { url: string; type: string; length: number; width: number; height: number } | null;
}

export interface FeedDocument {
  language: string;
  title: string;
  description: string;
  /** The HTML page the feed follows (the news list or the sector page). */
  homeUrl: string;
  self: Record<FeedFormat, string>;
  iconUrl: string;
  /** The publisher: the site's name. */
  author: string;
  /** Latest change among the entries, else `now`. */
  updated: string;
  items: FeedItem[];
}

export interface FeedSource {
  baseUrl: string;
  locale: string;
  sector: { slug: string; name: string; description: string } | null;
  entries: FeedEntry[];
  now: string;
}

export function feedDocument(source: FeedSource): FeedDocument {
  const { baseUrl, locale, sector } = source;
  const t = translator(locale);
  const abs = (path: string) => baseUrl + path;
  const self = (format: FeedFormat) =>
    abs(sector ? feedPaths.sector(locale, sector.slug, format) : feedPaths.locale(locale, format));
  const items = source.entries.map((e): FeedItem => {
    const fallback = e.contentLocale !== locale;
    return {
      id: `urn:uuid:${e.id}`,
      url: abs(paths.article(locale, e.slug)),
      title: fallback
        ? `${e.title} (${t('article.onlyInShort', { language: languageName(e.contentLocale, locale) })})`
        : e.title,
      language: e.contentLocale,
      summary: e.excerpt,
      contentHtml: absoluteLinks(e.bodyHtml, baseUrl),
      published: e.publishedAt,
      updated: e.updatedAt > e.publishedAt ? e.updatedAt : e.publishedAt,
      categories: e.sectors.map((s) => ({ term: s.slug, label: s.name })),
      author: e.creditLine || null,
      image:
        e.heroUrl && e.hero
          ? {
              url: abs(e.heroUrl),
              type: e.hero.mimeType,
              length: e.hero.byteSize,
              width: e.hero.width,
              height: e.hero.height,
            }
          : null,
    };
  });
  const updated = items.reduce<string | null>(
    (latest, i) => (latest === null || i.updated > latest ? i.updated : latest),
    null,
  );
  return {
    language: locale,
    title: feedTitle(locale, sector?.name),
    description: sector?.description || t('site.description'),
    homeUrl: abs(sector ? paths.sector(locale, sector.slug) : paths.news(locale)),
    self: { rss: self('rss'), atom: self('atom'), json: self('json') },
    // RSS 2.0 <image> takes GIF, JPEG or PNG only: the PNG logo, not the SVG favicon.
    iconUrl: abs(assets.logo),
    author: t('site.name'),
    updated: updated ?? source.now,
    items,
  };
}
