// « The translation in the reader's locale, else the one in the default locale », written once:
// a translation table left-joined twice (alias `t` for the reader's locale, `f` for the fallback)
// and the expressions that pick between the two. Plain SQL (`coalesce`, `case`), so it runs the
// same on SQLite and PostgreSQL.
import { isExpression, sql } from 'kysely';
import type { Expression, RawBuilder, SelectQueryBuilder, SelectType } from 'kysely';
import type { Schema } from '../db/schema.js';

/** Tables holding one row per owner and locale. */
export type TranslationTable = Extract<keyof Schema, `${string}_translation`>;

/** Columns of a translation table. */
export type TranslationColumn<T extends TranslationTable> = keyof Schema[T] & string;

type Value<T extends TranslationTable, C extends TranslationColumn<T>> = SelectType<Schema[T][C]>;

type Nullable<R> = { [K in keyof R]: R[K] | null };

/** The query's tables plus `t` (reader's locale) and `f` (fallback), both left-joined. */
export type WithTranslations<DB, T extends TranslationTable> = DB & {
  t: Nullable<Schema[T]>;
  f: Nullable<Schema[T]>;
};

export interface LocaleFallback<T extends TranslationTable> {
  /** Left-joins the translation in the reader's locale as `t` and the fallback one as `f`. */
  join<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
  ): SelectQueryBuilder<WithTranslations<DB, T>, TB | 't' | 'f', O>;
  /** `coalesce(t.column, f.column)`: null when neither locale has it. */
  text<C extends TranslationColumn<T>>(column: C): RawBuilder<Value<T, C> | null>;
  /** `coalesce(t.column, f.column, orElse)`: `orElse` is a column reference or a value. */
  text<C extends TranslationColumn<T>>(
    column: C,
    orElse: Expression<NonNullable<Value<T, C>>> | NonNullable<Value<T, C>>,
  ): RawBuilder<NonNullable<Value<T, C>>>;
  /**
   * `column` from the same translation as `key` (the reader's row when it has `key`, else the
   * fallback row), so that a title and its summary never come from two locales.
   */
  sameRow<C extends TranslationColumn<T>>(
    column: C,
    key: TranslationColumn<T>,
    orElse: NonNullable<Value<T, C>>,
  ): RawBuilder<NonNullable<Value<T, C>>>;
  /** The locale `column` was read in: the reader's when `t` has it, else the fallback. */
  localeOf(column: TranslationColumn<T>): RawBuilder<string>;
}

/**
 * Translations of `table` whose `ownerKey` points at `ownerRef` (a column of the query, such as
 * `'s.id'`), read in `locale` or else in `fallback`.
 */
export function localeFallback<T extends TranslationTable>(
  table: T,
  ownerKey: TranslationColumn<T>,
  ownerRef: string,
  locale: string,
  fallback: string,
): LocaleFallback<T> {
  const orValue = (v: unknown) => (isExpression(v) ? v : sql`${v}`);
  return {
    join(query) {
      // Kysely cannot type a join on a table named by a type parameter; the result type above
      // states what the two joins add.
      const q = query as unknown as SelectQueryBuilder<Schema, keyof Schema, unknown>;
      const joined = q
        .leftJoin(`${table} as t` as 'sector_translation as t', (j) =>
          j
            .onRef(sql.ref(`t.${ownerKey}`) as never, '=', sql.ref(ownerRef) as never)
            .on('t.locale', '=', locale),
        )
        .leftJoin(`${table} as f` as 'sector_translation as f', (j) =>
          j
            .onRef(sql.ref(`f.${ownerKey}`) as never, '=', sql.ref(ownerRef) as never)
            .on('f.locale', '=', fallback),
        );
      return joined as never;
    },
    text(column: string, ...orElse: unknown[]) {
      const parts = [sql.ref(`t.${column}`), sql.ref(`f.${column}`), ...orElse.map(orValue)];
      return sql`coalesce(${sql.join(parts)})` as never;
    },
    sameRow(column, key, orElse) {
      return sql`case when ${sql.ref(`t.${key}`)} is not null then ${sql.ref(`t.${column}`)} else coalesce(${sql.ref(`f.${column}`)}, ${orElse}) end` as never;
    },
    localeOf(column) {
      return sql<string>`case when ${sql.ref(`t.${column}`)} is not null then ${locale} else ${fallback} end`;
    },
  };
}
