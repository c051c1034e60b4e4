// View models of articles for pages: only what a page shows leaves the service.
import type { ArticleCard, HeroView, SectorTag } from '../views/cards.js';
import type { ArticleKind } from '../db/tables/article.table.js';

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
