// What the page head carries for sharing and discovery besides the basic OpenGraph tags of the
// layout: og:locale, Twitter cards, article:* tags, feed autodiscovery links and JSON-LD.
import { raw } from 'hono/html';
import { feedPaths, feedTypes, type FeedFormat } from '../i18n/feed-paths.js';
import { feedTitle } from '../i18n/feed-paths.js';
import { localeInfo, locales } from '../i18n/locales.js';
import type { PageContext } from './context.js';
import { jsonLdText } from './json-ld.js';

export interface ArticleMeta {
  publishedTime: string;
  modifiedTime: string;
  /** Sector names. */
  sections: string[];
}

export interface SeoHeadProps {
  ctx: PageContext;
  title: string;
  description: string;
  /** Absolute URL of the shared image, if any. */
  image: string | null;
  article?: ArticleMeta | undefined;
  sectorFeed?: { slug: string; name: string } | undefined;
  jsonLd?: object[] | undefined;
}

const ogLocale = (code: string) => localeInfo(code).tag.replace('-', '_');
const formats: FeedFormat[] = ['rss', 'atom', 'json'];
const formatLabel = { rss: 'feeds.rss', atom: 'feeds.atom', json: 'feeds.json' } as const;

export function SeoHead(props: SeoHeadProps) {
  const { ctx } = props;
  const { t, locale } = ctx;
  const abs = (path: string) => ctx.baseUrl + path;
  const localeTitle = feedTitle(locale);
  return (
    <>
      <meta property="og:locale" content={ogLocale(locale)} />
      {locales
        .filter((l) => l.code !== locale)
        .map((l) => (
          <meta property="og:locale:alternate" content={ogLocale(l.code)} />
        ))}
      {props.article ? (
        <>
          <meta property="article:published_time" content={props.article.publishedTime} />
          <meta property="article:modified_time" content={props.article.modifiedTime} />
          {props.article.sections.map((s) => (
            <meta property="article:section" content={s} />
          ))}
        </>
      ) : null}
      <meta name="twitter:card" content={props.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={props.title} />
      <meta name="twitter:description" content={props.description} />
      {props.image ? <meta name="twitter:image" content={props.image} /> : null}
      {formats.map((f) => (
        <link
          rel="alternate"
          type={feedTypes[f]}
          title={`${localeTitle} (${t(formatLabel[f])})`}
          href={abs(feedPaths.locale(locale, f))}
        />
      ))}
      {props.sectorFeed
        ? formats.map((f) => (
            <link
              rel="alternate"
              type={feedTypes[f]}
              title={`${feedTitle(locale, props.sectorFeed!.name)} (${t(formatLabel[f])})`}
              href={abs(feedPaths.sector(locale, props.sectorFeed!.slug, f))}
            />
          ))
        : null}
      <link
        rel="alternate"
        type="text/calendar"
        title={t('feeds.calendar', { site: t('site.name') })}
        href={abs(feedPaths.calendar(locale))}
      />
      {(props.jsonLd ?? []).map((data) => (
        <script type="application/ld+json">{raw(jsonLdText(data))}</script>
      ))}
    </>
  );
}
