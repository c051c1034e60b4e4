// Rows of any table, read in a stable order a page at a time and written in batches: the only
// SQL of the export and import. Table and column names come from the catalogue, never from input.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db, DialectName } from '../db/database.js';
import type { PlannedTable } from './table-plan.js';

export type Row = Record<string, unknown>;
type AnyDb = Kysely<Record<string, Row>>;

// Table names come from the catalogue at run time, which the typed schema cannot express.
function dynamic(db: Db): AnyDb {
  return db as unknown as AnyDb;
}

/**
 * The rows after `after` (the order-by values of the last row read), `limit` of them. PostgreSQL
 * compares text with the C collation so that the order is SQLite's (bytes), whatever the
 * database's collation.
 */
export async function listRowsAfter(
  typed: Db,
  dialect: DialectName,
  table: PlannedTable,
  after: unknown[] | null,
  limit: number,
): Promise<Row[]> {
  const key = (name: string): RawBuilder<unknown> => {
    const column = table.columns.find((c) => c.name === name);
    return dialect === 'postgres' && column?.type === 'text'
      ? sql`${sql.ref(name)} collate "C"`
      : sql`${sql.ref(name)}`;
  };
  const keys = table.orderBy.map(key);
  let query = dynamic(typed).selectFrom(table.name).selectAll();
  if (after) {
    query = query.where(
      sql<boolean>`(${sql.join(keys)}) > (${sql.join(after.map((v) => sql`${v}`))})`,
    );
  }
  for (const k of keys) query = query.orderBy(k);
  return query.limit(limit).execute();
}

/** Tables of the list that hold at least one row, with their count (stops at the first few). */
export async function listNonEmptyTables(typed: Db, tables: string[]): Promise<string[]> {
  const db = dynamic(typed);
  const found: string[] = [];
  for (const name of tables) {
    const row = await db
      .selectFrom(name)
      .select(sql<number>`1`.as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row) found.push(name);
  }
  return found;
}

export async function countRows(db: Db, table: string): Promise<number> {
  const row = await dynamic(db)
    .selectFrom(table)
    .select(sql<string | number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRows(db: Db, table: string, rows: Row[]): Promise<void> {
  if (rows.length > 0) await dynamic(db).insertInto(table).values(rows).execute();
}

/** Sets columns of one row found by its key (the second step of a deferred reference). */
export async function updateRow(db: Db, table: string, key: Row, values: Row): Promise<void> {
  let query = dynamic(db).updateTable(table).set(values);
  for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
  await query.execute();
}
