// The page shell: head, header with navigation and language switcher, main landmark, footer.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { defaultLocale, languageName, locales } from '../i18n/locales.js';
import { paths, segment } from '../i18n/paths.js';
import { suggestionsPath } from '../kernel/search-links.js';
import { SeoHead, type ArticleMeta } from './head.js';
import type { PageContext } from './context.js';
import { assets, brandImageSizes } from './assets.js';
import { LogoMark } from './logo.js';

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  /** Path (with query when it matters) of the canonical URL. */
  canonical: string;
  /** Set when a page has no alternates (errors): no hreflang links. */
  noAlternates?: boolean;
  /**
   * The locales the page truly exists in (default: every locale of the alternates). An article
   * names only its translations: its fallback address in another locale is canonicalised to the
   * original, and hreflang must name only pages that are their own canonical.
   */
  hreflang?: readonly string[];
  noindex?: boolean;
  ogType?: 'website' | 'article';
  ogImage?: string | null;
  /** Articles: their OpenGraph article:* tags. */
  article?: ArticleMeta;
  /** Sector pages: that sector's feeds are announced besides the locale's. */
  sectorFeed?: { slug: string; name: string };
  /** schema.org objects embedded as JSON-LD (src/views/json-ld.ts and each feature's *.json-ld.ts). */
  jsonLd?: object[];
  children: Child;
}

/** One link per locale the page exists in, and `x-default` (the default locale's, else the first). */
function HreflangLinks({ ctx, only }: { ctx: PageContext; only: readonly string[] | undefined }) {
  const langs = Object.keys(ctx.alternates).filter((l) => !only || only.includes(l));
  const fallback = langs.includes(defaultLocale) ? defaultLocale : langs[0];
  const links = langs.map((l) => [l, ctx.alternates[l]!] as const);
  if (fallback) links.push(['x-default', ctx.alternates[fallback]!]);
  return (
    <>
      {links.map(([l, href]) => (
        <link rel="alternate" hreflang={l} href={ctx.baseUrl + href} />
      ))}
    </>
  );
}

export function Layout(props: LayoutProps) {
  const { ctx } = props;
  const { t } = ctx;
  const siteName = t('site.name');
  const fullTitle = props.title === siteName ? siteName : `${props.title} | ${siteName}`;
  const description = props.description ?? t('site.description');
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <meta name="description" content={description} />
          {props.noindex ? <meta name="robots" content="noindex" /> : null}
          <link rel="canonical" href={ctx.baseUrl + props.canonical} />
          {props.noAlternates ? null : <HreflangLinks ctx={ctx} only={props.hreflang} />}
          <meta property="og:site_name" content={siteName} />
          <meta property="og:title" content={props.title} />
          <meta property="og:description" content={description} />
          <meta property="og:type" content={props.ogType ?? 'website'} />
          <meta property="og:url" content={ctx.baseUrl + props.canonical} />
          {/* Pages without an image of their own share the site's default card (1200×630). */}
          {props.ogImage ? (
            <meta property="og:image" content={ctx.baseUrl + props.ogImage} />
          ) : (
            <>
              <meta property="og:image" content={ctx.baseUrl + assets.shareImage} />
              <meta property="og:image:width" content={String(brandImageSizes.shareImage.width)} />
              <meta
                property="og:image:height"
                content={String(brandImageSizes.shareImage.height)}
              />
            </>
          )}
          <SeoHead
            ctx={ctx}
            title={props.title}
            description={description}
            image={props.ogImage ? ctx.baseUrl + props.ogImage : null}
            article={props.article}
            sectorFeed={props.sectorFeed}
            jsonLd={props.jsonLd}
          />
          <meta name="theme-color" content="#0b2545" />
          <link rel="icon" href={assets.favicon} type="image/svg+xml" />
          <link rel="stylesheet" href={assets.css} />
          <script src={assets.suggestScript} defer></script>
        </head>
        <body>
          <a class="skip-link" href="#content">
            {t('skip.content')}
          </a>
          <Header ctx={ctx} />
          <main id="content" tabindex={-1}>
            {props.children}
          </main>
          <Footer ctx={ctx} />
        </body>
      </html>
    </>
  );
}

function Header({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  const newsPath = paths.news(locale);
  const isCurrent = (href: string) => ctx.path === href || ctx.path.startsWith(href + '/');
  return (
    <header class="site-header">
      <div class="container header-bar">
        <a class="brand" href={paths.home(locale)}>
          <LogoMark />
          <span class="brand-text">
            <span class="brand-name">{t('site.name')}</span>
            <span class="brand-tagline">{t('site.tagline')}</span>
          </span>
        </a>
        <HeaderSearch ctx={ctx} />
        <LanguageSwitcher ctx={ctx} />
      </div>
      <nav class="main-nav" aria-label={t('nav.label')}>
        <div class="container main-nav-inner">
          <ul class="nav-sections">
            <li>
              <a href={newsPath} aria-current={isCurrent(newsPath) ? 'page' : undefined}>
                {t('nav.news')}
              </a>
            </li>
            {directoryLinks(ctx).map(({ href, label }) => (
              <li>
                <a href={href} aria-current={isCurrent(href) ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <ul class="nav-sectors" aria-label={t('nav.sectors')}>
            {ctx.sectors.map((s) => {
              const href = paths.sector(locale, s.pathSlug);
              return (
                <li>
                  <a
                    href={href}
                    class={`sector-link sector-${s.slug}`}
                    aria-current={isCurrent(href) ? 'page' : undefined}
                  >
                    {s.name}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </nav>
    </header>
  );
}

/** The directory's sections, in the order the navigation lists them. */
function directoryLinks(ctx: PageContext): { href: string; label: string }[] {
  const { t, locale } = ctx;
  return [
    { href: paths.events(locale), label: t('nav.events') },
    { href: paths.organisations(locale), label: t('nav.organisations') },
    { href: paths.people(locale), label: t('nav.people') },
    { href: paths.projects(locale), label: t('nav.projects') },
    { href: `/${locale}/${segment(locale, 'ecosystem')}`, label: t('ecosystem.title') },
  ];
}

/**
 * The site search: a plain GET form to the search page, labelled for screen readers;
 * public/search-suggest.js lists results under it as the reader types (data-suggest*).
 */
function HeaderSearch({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  return (
    <form
      class="header-search"
      role="search"
      aria-label={t('search.label')}
      method="get"
      action={`/${locale}/${segment(locale, 'search')}`}
      data-suggest={suggestionsPath(locale)}
      data-suggest-label={t('search.suggest.label')}
    >
      <label for="header-search-q" class="visually-hidden">
        {t('search.label')}
      </label>
      <input id="header-search-q" type="search" name="q" maxlength={200} autocomplete="off" />
      <button type="submit" class="button">
        {t('search.headerLabel')}
      </button>
    </form>
  );
}

function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  const others = locales.filter((l) => l.code !== ctx.locale);
  return (
    <ul class="lang-switch" aria-label={ctx.t('footer.languages')}>
      {others.map((l) => (
        <li>
          <a
            href={ctx.alternates[l.code] ?? paths.home(l.code)}
            hreflang={l.code}
            lang={l.code}
            title={languageName(l.code, l.code)}
          >
            <span aria-hidden="true">{l.code.toUpperCase()}</span>
            <span class="visually-hidden">{l.messages['locale.name']}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  return (
    <footer class="site-footer">
      <div class="container footer-grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{t('footer.about')}</h2>
          <p>{t('footer.aboutText')}</p>
        </section>
        <nav aria-labelledby="footer-nav">
          <h2 id="footer-nav">{t('footer.navigation')}</h2>
          <ul>
            <li>
              <a href={paths.news(locale)}>{t('nav.news')}</a>
            </li>
            {directoryLinks(ctx).map(({ href, label }) => (
              <li>
                <a href={href}>{label}</a>
              </li>
            ))}
            {ctx.sectors.map((s) => (
              <li>
                <a href={paths.sector(locale, s.pathSlug)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-lang">
          <h2 id="footer-lang">{t('footer.languages')}</h2>
          <ul>
            {locales.map((l) => (
              <li>
                <a
                  href={ctx.alternates[l.code] ?? paths.home(l.code)}
                  hreflang={l.code}
                  lang={l.code}
                >
                  {l.messages['locale.name']}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p class="container footer-note">
        © {new Date().getFullYear()} {t('site.name')} · {t('footer.poweredBy')}
      </p>
    </footer>
  );
}
