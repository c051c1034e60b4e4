// schema.org NewsArticle of an article page (author: the people its credit line names, else the
// cluster; about: its event and project; mentions: its confirmed organisations, people and
// countries).
import { paths } from '../i18n/paths.js';
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

const comparable = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The people of the article a credit line names: « Global Gateway – Zhaina Sultanova » names
 * Zhaina Sultanova when she is linked to the article. The line is cut at dashes, commas, slashes
 * and « and »/« et »; a name matches a part with or without its honorific (« Prof. »).
 */
export function creditedPeople<P extends { name: string }>(creditLine: string, people: P[]): P[] {
  const parts = comparable(creditLine)
    .split(/\s[-–—]\s|[,;/|·]|\s(?:and|et|&)\s/)
    .map((p) => p.replace(/^[^:]*:\s*/, '').trim())
    .filter((p) => p.length > 0);
  return people.filter((person) => {
    const name = comparable(person.name);
    const bare = name.replace(/^(?:\S+\.\s)+/, '');
    return parts.some((part) => part === name || part === bare);
  });
}

/**
 * The article: `about` holds its event and project (what it reports on), `mentions` the
 * organisations, people and countries confirmed in its text.
 */
export function newsArticleJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
): Json {
  const url = ctx.baseUrl + paths.article(article.contentLocale, article.slug);
  // A credit line is not always a byline (« Global Gateway – Zhaina Sultanova » names a programme
  // too): the people of the article it names are the authors, else the cluster that publishes.
  const credited = article.creditLine ? creditedPeople(article.creditLine, entities.people) : [];
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

export function articlePageJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
): Json[] {
  return [
    newsArticleJsonLd(ctx, article, entities),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.news'), path: paths.news(ctx.locale) },
      { name: article.title, path: paths.article(ctx.locale, article.slug) },
    ]),
  ];
}
