// Small shared pieces of pages: dates, sector tags, article cards, pagination.
import { formatLongDate, isoDate } from '../lib/dates.js';
import { pageWindow, type PageInfo } from '../lib/pagination.js';
import { languageName } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import type { ArticleCard, SectorTag } from './cards.js';
import type { PageContext } from './context.js';
import { Picture } from './picture.js';

export function DateText({ iso, ctx }: { iso: string; ctx: PageContext }) {
  return <time datetime={isoDate(iso)}>{formatLongDate(iso, ctx.tag)}</time>;
}

export function SectorTags({
  sectors,
  ctx,
  label,
}: {
  sectors: SectorTag[];
  ctx: PageContext;
  label?: string;
}) {
  if (sectors.length === 0) return null;
  return (
    <ul class="tags" aria-label={label ?? ctx.t('article.sectors')}>
      {sectors.map((s) => (
        <li>
          <a class={`tag tag-${s.slug}`} href={paths.sector(ctx.locale, s.pathSlug)}>
            {s.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A news card; `headingLevel` keeps the page's heading order (h2 in lists, h3 under sections). */
export function ArticleCardView({
  card,
  ctx,
  headingLevel = 2,
  showImage = true,
}: {
  card: ArticleCard;
  ctx: PageContext;
  headingLevel?: 2 | 3;
  showImage?: boolean;
}) {
  const href = paths.article(ctx.locale, card.slug);
  const other = card.contentLocale !== ctx.locale;
  const title = <a href={href}>{card.title}</a>;
  return (
    <article class="card" lang={other ? card.contentLocale : undefined}>
      {showImage ? (
        <div class={`card-media card-media-${card.sectors[0]?.slug ?? 'default'}`}>
          {card.heroUrl ? (
            <Picture
              src={card.heroUrl}
              alt=""
              width={800}
              height={450}
              variants={card.heroVariants}
              sizes="(min-width: 60rem) 40vw, (min-width: 40rem) 50vw, 100vw"
              loading="lazy"
            />
          ) : null}
        </div>
      ) : null}
      <div class="card-body">
        <p class="card-meta">
          <span class="card-kind">{ctx.t(`article.kind.${card.kind}`)}</span>
          <span aria-hidden="true"> · </span>
          <DateText iso={card.publishedAt} ctx={ctx} />
          {other ? (
            <span class="card-lang" lang={ctx.locale}>
              {' '}
              (
              {ctx.t('article.onlyInShort', {
                language: languageName(card.contentLocale, ctx.locale),
              })}
              )
            </span>
          ) : null}
        </p>
        {headingLevel === 2 ? (
          <h2 class="card-title">{title}</h2>
        ) : (
          <h3 class="card-title">{title}</h3>
        )}
        <p class="card-excerpt">{card.excerpt}</p>
        <SectorTags sectors={card.sectors} ctx={ctx} />
      </div>
    </article>
  );
}

export function Pagination({
  info,
  ctx,
  href,
}: {
  info: PageInfo;
  ctx: PageContext;
  href: (page: number) => string;
}) {
  if (info.pageCount <= 1) return null;
  const { t } = ctx;
  const { page, pageCount } = info;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <a href={href(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>
              {t('pagination.previous')}
            </a>
          ) : (
            <span class="disabled" aria-hidden="true">
              ← {t('pagination.previous')}
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((p) =>
          p === null ? (
            <li class="gap" aria-hidden="true">
              …
            </li>
          ) : p === page ? (
            <li>
              <span class="current" aria-current="page">
                <span aria-hidden="true">{p}</span>
                <span class="visually-hidden">{t('pagination.current', { page: p })}</span>
              </span>
            </li>
          ) : (
            <li>
              <a href={href(p)} aria-label={t('pagination.page', { page: p })}>
                {p}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <a href={href(page + 1)} rel="next">
              {t('pagination.next')}
              <span aria-hidden="true"> →</span>
            </a>
          ) : (
            <span class="disabled" aria-hidden="true">
              {t('pagination.next')} →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
