// The shapes shared components render (cards, links, tags), owned by no feature: each feature's
// presenter fills them, the views in this folder and every feature's pages show them.
import type { PageInfo } from '../lib/pagination.js';
import type { ArticleKind } from '../db/tables/article.table.js';
import type { EventKind } from '../db/tables/event.table.js';
import type { VariantFormat } from '../db/tables/media.table.js';

export interface ImageVariant {
  url: string;
  width: number;
  height: number;
  format: VariantFormat;
}

export interface SectorTag {
  slug: string;
  /** The sector's address in the page's locale. */
  pathSlug: string;
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

/** Enough of an organisation to link to it. */
export interface OrganisationLink {
  slug: string;
  name: string;
  acronym: string | null;
}

/** "Centre Spatial de Liège (CSL)"; the acronym alone is not repeated. */
export function organisationLabel(org: OrganisationLink): string {
  return org.acronym && org.acronym !== org.name ? `${org.name} (${org.acronym})` : org.name;
}

/** Enough of a person to link to them. */
export interface PersonLink {
  slug: string;
  /** Display name with the honorific: « Prof. Élise Grandjean ». */
  name: string;
}

export interface ProjectLink {
  slug: string;
  name: string;
  acronym: string | null;
}

/** The name a list shows first: the acronym when there is one. */
export function projectTitle(p: ProjectLink): string {
  return p.acronym ?? p.name;
}

export interface EventCard {
  slug: string;
  kind: EventKind;
  title: string;
  /** Locale of the title and summary; differs from the page's when not translated. */
  contentLocale: string;
  summary: string;
  /** ISO instants; shown in `timeZone`, the event's own. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  city: string | null;
  sectors: SectorTag[];
}

/** One page of news cards. */
export interface NewsPage {
  items: ArticleCard[];
  page: PageInfo;
}

/** What the pages of sectors, organisations, people, events and projects read of the news. */
export interface NewsReader {
  listNews(locale: string, page: number, opts?: { sectorId?: string }): Promise<NewsPage>;
  /** Public news linked to an entity, newest first. */
  listNewsMentioning(
    locale: string,
    entityType: 'organisation' | 'person' | 'event' | 'project',
    entityId: string,
    page: number,
  ): Promise<NewsPage>;
}

/** « Prof. Élise Grandjean »: the honorific, the given and the family name. */
export function personName(p: {
  honorific: string | null;
  given_name: string;
  family_name: string;
}): string {
  return [p.honorific, p.given_name, p.family_name].filter(Boolean).join(' ');
}
