// Which tables an export carries, in which order, and what is secret. Every table the migrations
// create is exported unless it is listed in `excludedTables` with the reason; the order comes
// from the foreign keys, so an import can insert table by table without breaking one.
import type { CatalogColumn, CatalogTable, PortableType } from './catalog.repository.js';

/** The column types the format carries. */
export type ExportType = Exclude<PortableType, 'other'>;

export type PlannedColumn = CatalogColumn & { type: ExportType };

/** Tables never exported, with why; a test fails when a table is in neither list. */
export const excludedTables: Readonly<Record<string, string>> = {
  kysely_migration: 'migration bookkeeping: the manifest lists the migrations applied instead',
  kysely_migration_lock: 'migration bookkeeping (a lock row)',
  search_document: 'the search index, rebuilt from the content after an import',
  search_fts: 'SQLite full-text index over search_document, rebuilt with it',
  search_fts_config: 'SQLite FTS5 internal table of search_fts',
  search_fts_data: 'SQLite FTS5 internal table of search_fts',
  search_fts_docsize: 'SQLite FTS5 internal table of search_fts',
  search_fts_idx: 'SQLite FTS5 internal table of search_fts',
  search_fts_vocab: 'SQLite FTS5 vocabulary view of search_fts',
  search_term: 'SQLite list of the terms of search_fts, rebuilt with it',
  rate_limit: 'API request counts of the current minute, meaningless on another server',
};

/** Whole tables that hold only credentials: exported with --with-secrets, empty otherwise. */
export const secretTables: Readonly<Record<string, string>> = {
  session: 'sign-in sessions (hashes of cookie tokens)',
  api_token: 'API tokens (hashes of the tokens)',
};

/** Columns that hold credentials: null in an export without secrets. */
export const secretColumns: Readonly<Record<string, readonly string[]>> = {
  app_user: ['password_hash', 'totp_secret'],
  webhook: ['secret'],
};

/** Columns naming a file under MEDIA_DIR, packed into the archive with the rows. */
export const mediaFileColumns: Readonly<Record<string, string>> = {
  media: 'storage_key',
  media_variant: 'storage_key',
};

export interface PlannedTable {
  name: string;
  columns: PlannedColumn[];
  /** The columns rows are ordered by: the primary key, or every column when there is none. */
  orderBy: string[];
  /**
   * Nullable columns referring to a table inserted at the same time or later (a self-reference
   * such as organisation.parent_id): inserted as null, then set once every row is in.
   */
  deferred: string[];
}

/** The exported tables of a catalogue in dependency order (referenced tables first). */
export function planTables(catalog: CatalogTable[]): PlannedTable[] {
  const exported = catalog.filter((t) => !(t.name in excludedTables));
  const names = new Set(exported.map((t) => t.name));
  const pending = new Map(exported.map((t) => [t.name, t]));
  const ordered: PlannedTable[] = [];
  while (pending.size > 0) {
    // Alphabetical among the ready ones, so both engines give the same order.
    const ready = [...pending.values()]
      .filter((t) =>
        t.foreignKeys.every(
          (k) => k.references === t.name || !names.has(k.references) || !pending.has(k.references),
        ),
      )
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const next = ready[0];
    if (!next) {
      throw new Error(
        `These tables refer to each other in a cycle, so no insertion order exists: ${[...pending.keys()].join(', ')}. ` +
          'Make one of the references nullable and teach src/transfer/table-plan.ts to defer it.',
      );
    }
    pending.delete(next.name);
    ordered.push(plan(next));
  }
  return ordered;
}

function plan(table: CatalogTable): PlannedTable {
  const columns: PlannedColumn[] = [];
  for (const c of table.columns) if (c.type !== 'other') columns.push({ ...c, type: c.type });
  const unsupported = table.columns.find((c) => c.type === 'other');
  if (unsupported) {
    throw new Error(
      `Column ${table.name}.${unsupported.name} has type ${unsupported.engineType}, which the export ` +
        'format does not carry yet (text, integer, bigint and real only): extend src/transfer.',
    );
  }
  const deferred: string[] = [];
  for (const key of table.foreignKeys) {
    if (key.references !== table.name) continue;
    for (const column of key.columns) {
      const c = table.columns.find((x) => x.name === column);
      if (!c?.nullable) {
        throw new Error(
          `${table.name}.${column} refers to its own table and cannot be null, so rows cannot be inserted in any order.`,
        );
      }
      deferred.push(column);
    }
  }
  return {
    name: table.name,
    columns,
    orderBy: table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name),
    deferred,
  };
}
