// HTML routes of the news: the paginated list and the article page.
import type { ArticleService } from './article.service.js';
import type { LinkingService } from '../linking/linking.service.js';
import type { PersonService } from '../people/person.service.js';
import type { PersonLink } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { pageParam } from '../kernel/query.js';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { languageName } from '../i18n/locales.js';
import { paths, segment } from '../i18n/paths.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { articlePageJsonLd } from './article.json-ld.js';
import { ArticleCardView, DateText, Pagination, SectorTags } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import { Layout } from '../views/layout.js';
import type { ArticleEntities } from '../linking/linking.service.js';
import type { MentionView } from '../linking/mention.presenter.js';
import type { ArticleView } from './article.presenter.js';
import { linkFirstMentions, type MentionLink } from './mention-links.js';
import { Picture } from '../views/picture.js';

/** Reads `?page=`, refusing anything but a positive whole number. */

/** What these pages read. */
export interface ArticlePagesDeps extends SiteShell {
  articles: ArticleService;
  linking: LinkingService;
  people: Pick<PersonService, 'listCreditedPeople'>;
}

/** The routes of every locale, as one sub-app. */
export function articlePages(site: ArticlePagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerArticlePages(app, site, code);
  return app;
}

function registerArticlePages(app: Hono<AppEnv>, site: ArticlePagesDeps, locale: string): void {
  const base = `/${locale}/${segment(locale, 'news')}`;

  app.get(base, async (c) => {
    const page = pageParam(c.req.query('page'));
    const { items, page: info } = await site.articles.listNews(locale, page);
    const ctx = await pageContext(site, c, locale, (l) => paths.news(l, page));
    const { t } = ctx;
    const title = page > 1 ? t('news.pageTitle', { page }) : t('news.title');
    return c.html(
      <Layout
        ctx={ctx}
        title={title}
        description={t('news.intro')}
        canonical={paths.news(locale, page)}
      >
        <div class="page-head">
          <div class="container">
            <h1>{t('news.title')}</h1>
            <p class="lead">{t('news.intro')}</p>
          </div>
        </div>
        <div class="container section">
          {items.length === 0 ? (
            <p>{t('news.empty')}</p>
          ) : (
            <div class="card-grid">
              {items.map((card) => (
                <ArticleCardView card={card} ctx={ctx} />
              ))}
            </div>
          )}
          <Pagination info={info} ctx={ctx} href={(p) => paths.news(locale, p)} />
        </div>
      </Layout>,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    if (c.req.query('page') !== undefined) return c.redirect(paths.article(locale, slug), 301);
    const found = await site.articles.getArticlePage(locale, slug);
    if (found.kind === 'redirect') return c.redirect(paths.article(locale, found.slug), 301);
    const article = found.article;
    const [entities, mentions, credited] = await Promise.all([
      site.linking.listConfirmedEntities({ translationId: article.translationId }, locale),
      site.linking.listMentions(article.translationId),
      // A credit line is not always a byline (« Global Gateway – Zhaina Sultanova » names a
      // programme too): the people of the directory it names sign, else the cluster.
      article.creditLine ? site.people.listCreditedPeople(article.creditLine) : [],
    ]);
    const bodyHtml = linkFirstMentions(article.bodyHtml, mentionLinks(locale, entities, mentions));
    const ctx = await pageContext(site, c, locale, (l) =>
      paths.article(l, article.alternates[l]?.slug ?? article.slug),
    );
    return c.html(
      <ArticlePage
        ctx={ctx}
        article={{ ...article, bodyHtml }}
        entities={entities}
        credited={credited}
      />,
    );
  });
}

/**
 * Links of the confirmed entities that have a page: the words the article used first, and the
 * entity's names, since the first occurrence may be in a subheading the prose words differently.
 */
function mentionLinks(
  locale: string,
  entities: ArticleEntities,
  mentions: MentionView[],
): MentionLink[] {
  const names = (...all: (string | null)[]) => all.filter((n): n is string => !!n);
  const targets = new Map<string, { href: string; names: readonly string[] }>([
    ...entities.organisations.map(
      (o) =>
        [
          `organisation|${o.id}`,
          { href: paths.organisation(locale, o.slug), names: names(o.name, o.acronym) },
        ] as const,
    ),
    ...entities.people.map(
      (p) => [`person|${p.id}`, { href: paths.person(locale, p.slug), names: [p.name] }] as const,
    ),
    ...entities.events.map(
      (e) => [`event|${e.id}`, { href: paths.event(locale, e.slug), names: [e.title] }] as const,
    ),
    ...entities.projects.map(
      (p) =>
        [
          `project|${p.id}`,
          { href: paths.project(locale, p.slug), names: names(p.name, p.acronym) },
        ] as const,
    ),
  ]);
  const seen = new Set<string>();
  return mentions
    .filter((m) => m.state === 'confirmed' && m.entityId !== null && m.start >= 0)
    .sort((a, b) => a.start - b.start)
    .flatMap((m) => {
      const key = `${m.entityType}|${m.entityId}`;
      const target = targets.get(key);
      if (!target || seen.has(key)) return [];
      seen.add(key);
      return [{ surface: m.surface, alternatives: target.names, href: target.href }];
    });
}

function EntitiesPanel({ ctx, entities }: { ctx: PageContext; entities: ArticleEntities }) {
  const { t, locale } = ctx;
  const groups = [
    {
      key: 'organisations' as const,
      items: entities.organisations.map((o) => ({
        href: paths.organisation(locale, o.slug),
        label: o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name,
      })),
    },
    {
      key: 'people' as const,
      items: entities.people.map((p) => ({ href: paths.person(locale, p.slug), label: p.name })),
    },
    {
      key: 'events' as const,
      items: entities.events.map((e) => ({ href: paths.event(locale, e.slug), label: e.title })),
    },
    {
      key: 'projects' as const,
      items: entities.projects.map((p) => ({
        href: paths.project(locale, p.slug),
        label: p.acronym ?? p.name,
      })),
    },
    {
      key: 'countries' as const,
      items: entities.countries.map((c) => ({ href: null, label: c.name })),
    },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <aside class="entities" aria-labelledby="entities-title" lang={locale}>
      <h2 id="entities-title">{t('article.inThisArticle')}</h2>
      <dl>
        {groups.map((g) => (
          <div class={`entity-group entity-${g.key}`}>
            <dt>{t(`article.entities.${g.key}`)}</dt>
            {g.items.map((item) => (
              <dd>{item.href ? <a href={item.href}>{item.label}</a> : item.label}</dd>
            ))}
          </div>
        ))}
      </dl>
    </aside>
  );
}

function ArticlePage({
  ctx,
  article,
  entities,
  credited,
}: {
  ctx: PageContext;
  article: ArticleView;
  entities: ArticleEntities;
  credited: PersonLink[];
}) {
  const { t, locale } = ctx;
  const fallback = article.contentLocale !== locale;
  const contentLang = fallback ? article.contentLocale : undefined;
  return (
    <Layout
      ctx={ctx}
      title={article.title}
      description={article.description}
      canonical={paths.article(article.contentLocale, article.slug)}
      hreflang={Object.keys(article.alternates).filter((l) => article.alternates[l]!.translated)}
      ogType="article"
      ogImage={article.hero?.url ?? null}
      article={{
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        sections: article.sectors.map((s) => s.name),
      }}
      jsonLd={articlePageJsonLd(ctx, article, entities, credited)}
    >
      <article class="article" lang={contentLang}>
        <header class="article-head">
          <div class="container narrow">
            <nav class="breadcrumb" aria-label={t('breadcrumb.label')} lang={locale}>
              <a href={paths.home(locale)}>{t('nav.home')}</a>
              <span aria-hidden="true"> / </span>
              <a href={paths.news(locale)}>{t('nav.news')}</a>
            </nav>
            {fallback ? (
              <p class="notice" role="note" lang={locale}>
                {t('article.onlyIn', { language: languageName(article.contentLocale, locale) })}
              </p>
            ) : null}
            <p class="article-kind" lang={locale}>
              {t(`article.kind.${article.kind}`)}
            </p>
            <h1>{article.title}</h1>
            {article.kicker ? <p class="kicker">{article.kicker}</p> : null}
            <p class="article-meta">
              {article.creditLine ? <span class="credit-line">{article.creditLine}</span> : null}
              <span lang={locale}>
                {t('article.published')} <DateText iso={article.publishedAt} ctx={ctx} />
              </span>
            </p>
          </div>
        </header>
        {article.hero ? (
          <figure class="hero container">
            <Picture
              src={article.hero.url}
              alt={article.hero.alt}
              width={article.hero.width}
              height={article.hero.height}
              variants={article.hero.variants}
              sizes="(min-width: 76rem) 72rem, calc(100vw - 2rem)"
              fetchpriority="high"
            />
            {article.hero.caption || article.hero.credit ? (
              <figcaption>
                {article.hero.caption}
                {article.hero.credit ? <span class="credit"> © {article.hero.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div class="container narrow">
          <div class="prose">{raw(article.bodyHtml)}</div>
          <EntitiesPanel ctx={ctx} entities={entities} />
          <footer class="article-foot" lang={locale}>
            <h2 class="visually-hidden">{t('article.sectors')}</h2>
            <div class="tag-line">
              <span>{t('article.sectorsLabel')}</span>
              <SectorTags sectors={article.sectors} ctx={ctx} />
            </div>
          </footer>
        </div>
      </article>
      {article.related.length > 0 ? (
        <section class="related" aria-labelledby="related-title">
          <div class="container">
            <h2 id="related-title">{t('article.related')}</h2>
            <div class="card-grid three">
              {article.related.map((card) => (
                <ArticleCardView card={card} ctx={ctx} headingLevel={3} />
              ))}
            </div>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}
