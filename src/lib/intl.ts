// Locale-aware names, numbers and sorting through Intl: country names, euro amounts, collation.

const regionNames = new Map<string, Intl.DisplayNames>();
const collators = new Map<string, Intl.Collator>();
const euroFormats = new Map<string, Intl.NumberFormat>();

/** True for an ISO 3166-1 alpha-2 code in upper case ("BE"). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}

/** The name of a country in the reader's language: ("KZ", "fr-BE") → « Kazakhstan ». */
export function countryName(code: string, tag: string): string {
  let names = regionNames.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
    regionNames.set(tag, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // a malformed code is shown as stored rather than breaking the page
  }
}

/** An amount in euros without cents: « 2 400 000 € » (fr), "€2,400,000" (en). */
export function formatEuros(amount: number, tag: string): string {
  let format = euroFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    euroFormats.set(tag, format);
  }
  return format.format(amount);
}

/** Compares names as a reader of `tag` expects: case and accents ignored first (É files under E). */
export function compareNames(tag: string): (a: string, b: string) => number {
  let collator = collators.get(tag);
  if (!collator) {
    collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
    collators.set(tag, collator);
  }
  return collator.compare;
}

/** The URL when it is an absolute http(s) URL, else null: editors' links never become javascript:. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
