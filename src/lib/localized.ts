// Choosing between a text in the reader's locale and the same text in the fallback locale.

export interface LocalizedText {
  text: string;
  /** Locale the text is written in, for a `lang` attribute when it is not the page's. */
  locale: string;
}

/** The reader's text when it is not blank, else the fallback's, else an empty reader's text. */
export function pickText(
  own: string | null | undefined,
  fallback: string | null | undefined,
  locale: string,
  fallbackLocale: string,
): LocalizedText {
  if (own?.trim()) return { text: own, locale };
  if (fallback?.trim()) return { text: fallback, locale: fallbackLocale };
  return { text: '', locale };
}
