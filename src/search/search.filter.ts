// The SQL both engines add after their full-text match: visibility and the reader's filters.
import { sql, type RawBuilder } from 'kysely';
import type { EngineQuery } from './search.engine.js';

/** `and …` conditions on `d` (search_document) for the query's time and filters. */
export function filterConditions(query: EngineQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`(d.visible_from is null or d.visible_from <= ${query.now})`,
  ];
  const { type, sector, year, locale } = query.filter;
  if (type) parts.push(sql`d.type = ${type}`);
  if (sector) parts.push(sql`d.sectors like ${`% ${sector} %`}`);
  if (year !== undefined) parts.push(sql`d.year = ${year}`);
  if (locale) parts.push(sql`d.locale = ${locale}`);
  return sql.join(parts, sql` and `);
}

/** Columns of a MatchRow, selected from `d`. */
export const matchColumns = sql`d.rank_key, d.type, d.entity_id, d.locale, d.sectors, d.year, d.dated_at`;
