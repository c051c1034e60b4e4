// The mapping file of `import html`: CSS selectors (cheerio) to our fields, the date's format
// (date-fns tokens, French or English month names) and the site's time zone. Validated with
// zod so a wrong file is refused by name before any page is read.
import { z } from 'zod';

/** A selector, optionally reading an attribute instead of the element's text or HTML. */
const pick = z.union([
  z.string().min(1),
  z.object({ selector: z.string().min(1), attribute: z.string().min(1).optional() }),
]);

export const htmlMappingSchema = z.object({
  /** The old site's origin: a page's old address is its path under DIR when `url` finds none. */
  baseUrl: z.url({ protocol: /^https?$/ }),
  /** A page is an article only when it matches this selector; other pages are skipped. */
  articleSelector: z.string().min(1),
  timeZone: z.string().min(1).default('Europe/Brussels'),
  select: z.object({
    title: pick,
    body: pick,
    kicker: pick.optional(),
    credit: pick.optional(),
    date: z.object({
      selector: z.string().min(1),
      attribute: z.string().min(1).optional(),
      /** date-fns format, e.g. "yyyy-MM-dd'T'HH:mm:ssXXX" or "EEEE d MMMM yyyy". */
      format: z.string().min(1),
      /** Language of month and day names in the text: fr or en. */
      locale: z.enum(['fr', 'en']).default('fr'),
    }),
    hero: pick.optional(),
    heroCredit: pick.optional(),
    sectors: pick.optional(),
    language: pick.optional(),
    url: pick.optional(),
    /** The address of the page this one translates (hreflang alternate in the default language). */
    translationOf: pick.optional(),
  }),
});

export type HtmlMapping = z.infer<typeof htmlMappingSchema>;
export type Pick = z.infer<typeof pick>;

/** The mapping, or the list of what is wrong with it, field by field. */
export function parseHtmlMapping(value: unknown): { mapping: HtmlMapping } | { errors: string[] } {
  const parsed = htmlMappingSchema.safeParse(value);
  if (parsed.success) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: parsed.data.timeZone });
    } catch {
      return { errors: [`timeZone: “${parsed.data.timeZone}” is not a time zone.`] };
    }
    return { mapping: parsed.data };
  }
  return {
    errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
  };
}
