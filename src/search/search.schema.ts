// The search page's query string, validated once at the edge: a malformed filter is a 400.
import { z } from 'zod';
import { optionalParam } from '../kernel/query.js';
import { locales } from '../i18n/locales.js';
import { searchTypes } from '../db/tables/search.table.js';

export const searchQuerySchema = z.object({
  // Any text is a valid query (the service cuts it to maxQueryLength and strips syntax).
  q: z.string().optional(),
  type: optionalParam(z.enum(searchTypes as [string, ...string[]])),
  sector: optionalParam(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  year: optionalParam(z.coerce.number().int().min(1900).max(2200)),
  lang: optionalParam(z.enum(locales.map((l) => l.code) as [string, ...string[]])),
  page: z.string().optional(),
});
