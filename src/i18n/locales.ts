// The site's locales: adding one is an entry here plus a messages file.
import { en } from './messages.en.js';
import { fr, type MessageKey, type Messages } from './messages.fr.js';

export interface LocaleInfo {
  code: string;
  /** BCP 47 tag for Intl formatting. */
  tag: string;
  messages: Messages;
}

/** The site's languages, the default first. A new one is an entry here and a messages file. */
const registry: LocaleInfo[] = [
  { code: 'fr', tag: 'fr-BE', messages: fr },
  { code: 'en', tag: 'en-GB', messages: en },
];

export const locales: readonly LocaleInfo[] = registry;

export const defaultLocale = 'fr';
export type Locale = string;

const byCode = new Map(locales.map((l) => [l.code, l]));

/**
 * Adds a locale at start-up, before createServices/createApp read the list (tests register a
 * small one this way). Its code must be two lower-case letters, like the URLs' first segment.
 */
export function registerLocale(info: LocaleInfo): void {
  if (!/^[a-z]{2}$/.test(info.code)) throw new Error(`Invalid locale code “${info.code}”.`);
  if (byCode.has(info.code)) throw new Error(`Locale “${info.code}” is already registered.`);
  registry.push(info);
  byCode.set(info.code, info);
}

export function isLocale(code: string): boolean {
  return byCode.has(code);
}

export function localeInfo(code: string): LocaleInfo {
  return byCode.get(code) ?? byCode.get(defaultLocale)!;
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message lookup for one locale with `{name}` placeholders. */
export function translator(code: string): Translator {
  const messages = localeInfo(code).messages;
  return (key, params) => {
    const text = messages[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
  };
}

/** The name of a language written in the reader's language ("français" for an EN reader: "French"). */
export function languageName(code: string, inLocale: string): string {
  const name =
    new Intl.DisplayNames([localeInfo(inLocale).tag], { type: 'language' }).of(code) ?? code;
  return name;
}
