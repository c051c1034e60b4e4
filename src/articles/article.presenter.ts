// View models of articles for pages: only what a page shows leaves the service.
import type { ImageVariant } from '../media/media.presenter.js';
import type { ArticleKind } from '../db/tables/article.table.js';

export interface SectorTag {
  slug: string;
  name: string;
}

export interface ArticleCard {
  id: string;
  kind: ArticleKind;
  /** Locale of the text shown; differs from the page's when the article is not translated. */
  contentLocale: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  sectors: SectorTag[];
  heroUrl: string | null;
  /** Resized AVIF/WebP/original-format files of the hero, for <picture> (uploaded media). */
  heroVariants?: ImageVariant[];
}

export interface HeroView {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** Resized AVIF/WebP/original-format files, for <picture> (uploaded media). */
  variants?: ImageVariant[];
}

export interface ArticleView {
  id: string;
  /** The translation shown (its mentions are the ones linked). */
  translationId: string;
  kind: ArticleKind;
  contentLocale: string;
  slug: string;
  title: string;
  kicker: string;
  creditLine: string;
  bodyHtml: string;
  description: string;
  publishedAt: string;
  updatedAt: string;
  hero: HeroView | null;
  sectors: SectorTag[];
  related: ArticleCard[];
  /** Path of this article in each site locale (own slug when translated, else the fallback). */
  alternates: Record<string, { slug: string; translated: boolean }>;
}

/** Public URL of a stored media file. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}
