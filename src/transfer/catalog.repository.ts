// What the migrated database holds, read from each engine's own catalogue: tables, columns with
// a portable type, primary keys and foreign keys. The export derives everything from this, so a
// table added by a later migration is exported without anyone listing it.
import { sql } from 'kysely';
import type { Db, DialectName } from '../db/database.js';

/** Column types as the export names them, the same for both engines. */
export type PortableType = 'text' | 'integer' | 'bigint' | 'real' | 'other';

export interface CatalogColumn {
  name: string;
  type: PortableType;
  /** The engine's own name for the type, for error messages. */
  engineType: string;
  nullable: boolean;
}

export interface CatalogForeignKey {
  columns: string[];
  references: string;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
  foreignKeys: CatalogForeignKey[];
}

type AnyDb = Db;

export function portableType(engineType: string): PortableType {
  const t = engineType.toLowerCase();
  if (t === 'text' || t.startsWith('varchar') || t === 'character varying') return 'text';
  if (t === 'integer' || t === 'int' || t === 'int4') return 'integer';
  if (t === 'bigint' || t === 'int8') return 'bigint';
  if (t === 'real' || t === 'double precision' || t === 'float8') return 'real';
  return 'other';
}

/** Every base table of the database (views and engine internals left out), by name. */
export async function listCatalogTables(db: AnyDb, dialect: DialectName): Promise<CatalogTable[]> {
  return dialect === 'postgres' ? postgresTables(db) : sqliteTables(db);
}

async function sqliteTables(db: AnyDb): Promise<CatalogTable[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'
    order by name`.execute(db);
  const tables: CatalogTable[] = [];
  for (const { name } of names.rows) {
    const info = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      select name, type, "notnull", pk from pragma_table_info(${name}) order by cid`.execute(db);
    const keys = await sql<{ id: number; table: string; from: string }>`
      select id, "table", "from" from pragma_foreign_key_list(${name}) order by id, seq`.execute(
      db,
    );
    tables.push({
      name,
      columns: info.rows.map((c) => ({
        name: c.name,
        type: portableType(c.type),
        engineType: c.type,
        nullable: c.notnull === 0 && c.pk === 0,
      })),
      primaryKey: info.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: groupKeys(keys.rows.map((k) => ({ id: k.id, column: k.from, table: k.table }))),
    });
  }
  return tables;
}

async function postgresTables(db: AnyDb): Promise<CatalogTable[]> {
  const columns = await sql<{ table: string; name: string; type: string; nullable: string }>`
    select table_name as "table", column_name as name, data_type as type, is_nullable as nullable
    from information_schema.columns c
    where table_schema = current_schema() and is_generated = 'NEVER'
      and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema
                  and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
    order by table_name, ordinal_position`.execute(db);
  const constraints = await sql<{
    table: string;
    kind: string;
    id: string;
    ref: string | null;
    column: string;
  }>`
    select cl.relname as "table", c.contype as kind, c.conname as id, rf.relname as ref,
           a.attname as "column"
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace ns on ns.oid = cl.relnamespace
    left join pg_class rf on rf.oid = c.confrelid
    cross join lateral unnest(c.conkey) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where ns.nspname = current_schema() and c.contype in ('p', 'f')
    order by cl.relname, c.conname, k.position`.execute(db);
  const byName = new Map<string, CatalogTable>();
  for (const c of columns.rows) {
    let table = byName.get(c.table);
    if (!table)
      byName.set(
        c.table,
        (table = { name: c.table, columns: [], primaryKey: [], foreignKeys: [] }),
      );
    table.columns.push({
      name: c.name,
      type: portableType(c.type),
      engineType: c.type,
      nullable: c.nullable === 'YES',
    });
  }
  const foreign = new Map<string, { id: string; column: string; table: string }[]>();
  for (const k of constraints.rows) {
    const table = byName.get(k.table);
    if (!table) continue;
    if (k.kind === 'p') table.primaryKey.push(k.column);
    else
      foreign.set(k.table, [
        ...(foreign.get(k.table) ?? []),
        { id: k.id, column: k.column, table: k.ref ?? '' },
      ]);
  }
  for (const [name, keys] of foreign) byName.get(name)!.foreignKeys = groupKeys(keys);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

function groupKeys(
  keys: { id: number | string; column: string; table: string }[],
): CatalogForeignKey[] {
  const grouped = new Map<string, CatalogForeignKey>();
  for (const k of keys) {
    const id = String(k.id);
    const key = grouped.get(id) ?? { columns: [], references: k.table };
    key.columns.push(k.column);
    grouped.set(id, key);
  }
  return [...grouped.values()];
}

/** The migrations applied to the database, in order (the database must have been migrated). */
export async function listAppliedMigrations(db: AnyDb): Promise<string[]> {
  const result = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((r) => r.name);
}
