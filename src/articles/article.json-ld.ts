// schema.org NewsArticle of an article page (author: the people its credit line names, else the
// cluster; about: its event and project; mentions: its confirmed organisations, people and
// countries).
import { paths } from '../i18n/paths.js';
import type { PersonLink } from '../views/cards.js';
import type { ArticleEntities } from '../linking/linking.service.js';
import type { PageContext } from '../views/context.js';
import {
  breadcrumbJsonLd,
  defaultImage,
  orgRef,
  personRef,
  publisher,
  schemaContext,
  type Json,
} from '../views/json-ld.js';
import type { ArticleView } from './article.presenter.js';

/**
 * The article: `about` holds its event and project (what it reports on), `mentions` the
 * organisations, people and countries confirmed in its text.
 */
export function newsArticleJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
  credited: PersonLink[],
): Json {
  const url = ctx.baseUrl + paths.article(article.contentLocale, article.slug);
  const about = [
    ...entities.events.map((e) => ({
      '@type': 'Event',
      name: e.title,
      url: ctx.baseUrl + paths.event(ctx.locale, e.slug),
    })),
    ...entities.projects.map((p) => ({
      '@type': 'Project',
      name: p.name,
      url: ctx.baseUrl + paths.project(ctx.locale, p.slug),
    })),
  ];
  const mentions = [
    ...entities.organisations.map((o) => orgRef(ctx, o)),
    ...entities.people.map((p) => personRef(ctx, p)),
    ...entities.countries.map((c) => ({ '@type': 'Country', name: c.name })),
  ];
  return {
    '@context': schemaContext,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    inLanguage: article.contentLocale,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    // Without a hero, the site's sharing image: Google shows no rich result without an image.
    image: [article.hero ? ctx.baseUrl + article.hero.url : defaultImage(ctx)],
    author: credited.length > 0 ? credited.map((p) => personRef(ctx, p)) : publisher(ctx),
    ...(article.creditLine ? { creditText: article.creditLine } : {}),
    publisher: publisher(ctx),
    articleSection: article.sectors.map((s) => s.name),
    ...(about.length > 0 ? { about } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

/** `credited`: the people its credit line names (authors), else the cluster signs. */
export function articlePageJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
  credited: PersonLink[],
): Json[] {
  return [
    newsArticleJsonLd(ctx, article, entities, credited),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.news'), path: paths.news(ctx.locale) },
      { name: article.title, path: paths.article(ctx.locale, article.slug) },
    ]),
  ];
}
