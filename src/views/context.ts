// What every page component needs to know about the request it renders for.
import type { Translator } from '../i18n/locales.js';

export interface NavSector {
  slug: string;
  /** The sector's address in the page's locale. */
  pathSlug: string;
  name: string;
}

export interface PageContext {
  locale: string;
  /** BCP 47 tag for Intl formatting (fr-BE, en-GB). */
  tag: string;
  t: Translator;
  /** Absolute origin for canonical and alternate links. */
  baseUrl: string;
  /** Path of the current page (without query) for the navigation's current item. */
  path: string;
  /** The same page in every locale, for the switcher and hreflang links. */
  alternates: Record<string, string>;
  sectors: NavSector[];
}
