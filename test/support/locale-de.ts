// A small third locale for tests: German URL segments and a handful of messages over the English
// set. Importing this module registers it, so import it before the app (ES modules evaluate in
// import order). A real locale is an entry in src/i18n/locales.ts and a complete messages file.
import { registerLocale } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/messages.en.js';
import type { Messages } from '../../src/i18n/messages.fr.js';

export const de: Messages = {
  ...en,
  'locale.name': 'Deutsch',
  'locale.switch': 'Deutsche Fassung',
  'routes.news': 'nachrichten',
  'routes.sectors': 'branchen',
  'routes.organisations': 'organisationen',
  'routes.people': 'personen',
  'routes.events': 'termine',
  'routes.projects': 'projekte',
  'routes.search': 'suche',
  'routes.ecosystem': 'oekosystem',
  'site.name': 'Skywin Wallonien',
  'site.tagline': 'Der Luft- und Raumfahrtcluster der Wallonie',
  'nav.home': 'Startseite',
  'nav.news': 'Nachrichten',
  'news.title': 'Nachrichten',
  'home.latest': 'Neueste Nachrichten',
  'article.onlyIn': 'Dieser Artikel ist nur auf {language} verfügbar.',
  'article.onlyInShort': 'auf {language}',
};

registerLocale({ code: 'de', tag: 'de-DE', messages: de });
