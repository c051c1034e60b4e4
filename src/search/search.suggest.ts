// Results as you type: /fr/recherche/suggestions?q= (/en/search/suggestions) answers the header
// search box (public/search-suggest.js) with the first few results as JSON, their words already
// translated; a public, cacheable GET like the pages, that never fails on what a reader types.
import type { SiteShell } from '../views/page-context.js';
import type { SearchService } from './search.service.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { languageName, localeInfo, translator } from '../i18n/locales.js';
import { segment } from '../i18n/paths.js';
import { formatLongDate } from '../lib/dates.js';
import { hitHref, suggestionsPath } from '../kernel/search-links.js';
import type { SearchHit } from './search.service.js';
import type { Segment } from './snippet.js';

/** How many results the box lists (the last line of the list leads to the search page). */
export const suggestionCount = 6;

/** One result as the script renders it: segments become text and <mark>, never HTML. */
export interface SuggestionItem {
  type: SearchHit['type'];
  /** The type in the reader's language ("Actualité"). */
  kind: string;
  /** Articles' and events' date, written out. */
  date: string | null;
  /** The language of the text when it is not the reader's, and a note saying so. */
  lang: string | null;
  note: string | null;
  title: Segment[];
  snippet: Segment[];
  url: string;
}

export interface SuggestionsBody {
  q: string;
  items: SuggestionItem[];
  /** The search page for this query; null when nothing was searched or found. */
  all: { url: string; label: string } | null;
  /** What a screen reader hears when the list changes. */
  status: string;
}

/** What these pages read. */
export interface SearchSuggestionsDeps extends SiteShell {
  search: SearchService;
}

/** The routes of every locale, as one sub-app. */
export function searchSuggestions(site: SearchSuggestionsDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerSearchSuggestions(app, site, code);
  return app;
}

function registerSearchSuggestions(
  app: Hono<AppEnv>,
  site: SearchSuggestionsDeps,
  locale: string,
): void {
  const t = translator(locale);
  const { tag } = localeInfo(locale);
  const searchPage = `/${locale}/${segment(locale, 'search')}`;

  app.get(suggestionsPath(locale), async (c) => {
    // Only `q` is read; any text is a query (the service cuts it and strips syntax).
    const results = await site.search.suggest({
      q: c.req.query('q') ?? '',
      locale,
      limit: suggestionCount,
    });
    const items = results.hits.map((hit): SuggestionItem => {
      const other = hit.locale !== locale;
      return {
        type: hit.type,
        kind: t(`search.type.${hit.type}`),
        date:
          hit.date && (hit.type === 'article' || hit.type === 'event')
            ? formatLongDate(hit.date, tag)
            : null,
        lang: other ? hit.locale : null,
        note: other
          ? t('article.onlyInShort', { language: languageName(hit.locale, locale) })
          : null,
        title: hit.title,
        snippet: hit.snippet,
        url: hitHref(locale, hit),
      };
    });
    const count = items.length;
    const body: SuggestionsBody = {
      q: results.q,
      items,
      all:
        count > 0
          ? {
              url: `${searchPage}?${new URLSearchParams({ q: results.q }).toString()}`,
              label: t('search.suggest.all', { q: results.q }),
            }
          : null,
      status: !results.searched
        ? ''
        : count === 0
          ? t('search.none', { q: results.q })
          : t(
              `search.suggest.status.${new Intl.PluralRules(tag).select(count) === 'one' ? 'one' : 'other'}`,
              { count },
            ),
    };
    c.header('Content-Language', locale);
    return c.json(body);
  });
}
