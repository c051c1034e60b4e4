// Kysely table types for articles, their translations and sectors.
import type { Defaulted, EntityColumns } from '../columns.js';

export type ArticleKind = 'news' | 'interview' | 'event_report' | 'press_release';
export type TranslationStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'archived';

export interface ArticleTable extends EntityColumns {
  kind: ArticleKind;
  published_at: string | null;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
  created_by: string | null;
  deleted_at: string | null;
}

export interface ArticleTranslationTable extends EntityColumns {
  article_id: string;
  locale: string;
  status: TranslationStatus;
  published_at: string | null;
  scheduled_at: string | null;
  slug: string;
  title: string;
  kicker: Defaulted<string>;
  credit_line: Defaulted<string>;
  body_md: Defaulted<string>;
  body_html: Defaulted<string>;
  excerpt: Defaulted<string>;
  excerpt_is_manual: Defaulted<number>;
  seo_description: Defaulted<string>;
  hero_caption: Defaulted<string>;
  /** Imported tags, space-separated: searchable, not shown. */
  keywords: Defaulted<string>;
}

export interface ArticleSectorTable {
  article_id: string;
  sector_id: string;
}
