// What every admin page component needs: the language, the signed-in user, the CSRF token.
import type { Context } from 'hono';
import type { AppEnv } from './auth.js';
import { negotiateLocale } from '../http/negotiate.js';
import {
  defaultLocale,
  localeInfo,
  locales,
  translator,
  type Translator,
} from '../i18n/locales.js';
import type { SessionUser } from './actor.js';

export interface AdminContext {
  locale: string;
  /** BCP 47 tag for Intl formatting. */
  tag: string;
  t: Translator;
  /** Undefined on the sign-in and setup pages. */
  user: SessionUser | undefined;
  csrfToken: string;
  /** Path of the current page, for the navigation's current item. */
  path: string;
}

/** The admin speaks the browser's language (Accept-Language), French by default. */
export function adminContext(c: Context): AdminContext {
  const ac = c as Context<AppEnv>;
  const locale = negotiateLocale(
    c.req.header('accept-language'),
    locales.map((l) => l.code),
    defaultLocale,
  );
  c.header('Content-Language', locale);
  c.header('Vary', 'Accept-Language, Cookie');
  return {
    locale,
    tag: localeInfo(locale).tag,
    t: translator(locale),
    user: ac.var.user,
    csrfToken: ac.var.csrfToken,
    path: c.req.path,
  };
}
