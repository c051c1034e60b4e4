// `constellation export`: every row of every exported table, read in one consistent snapshot
// (one SQLite read transaction; one PostgreSQL REPEATABLE READ, read-only transaction), written
// page by page to JSON-lines files, then packed with the media files they name.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Database, Db } from '../db/database.js';
import { silentProgress, type Progress } from '../lib/progress.js';
import { createArchiveWriter } from './archive.js';
import { listAppliedMigrations, listCatalogTables } from './catalog.repository.js';
import {
  exportValue,
  formatName,
  formatVersion,
  manifestEntry,
  TransferError,
  mediaPrefix,
  tableEntry,
  type Manifest,
  type ManifestTable,
} from './format.js';
import { countRows, listRowsAfter, type Row } from './rows.repository.js';
import {
  mediaFileColumns,
  planTables,
  secretColumns,
  secretTables,
  type PlannedTable,
} from './table-plan.js';
import { applicationName, safeMediaPath } from './media-files.js';

export interface ExportOptions {
  out: string;
  mediaDir: string;
  withSecrets: boolean;
  /** A backup is an export with secrets, marked as such. */
  kind?: 'export' | 'backup';
  progress?: Progress;
  now?: () => Date;
}

export interface ExportReport {
  manifest: Manifest;
  rows: number;
}

// Rows a page holds at most, and about how many bytes of JSON: a page of article bodies is cut
// shorter than a page of link rows, so memory stays bounded by the page, whatever the table.
const maxPageRows = 1000;
const pageBytes = 2 * 1024 * 1024;

export async function exportSite(
  database: Database,
  options: ExportOptions,
): Promise<ExportReport> {
  const progress = options.progress ?? silentProgress;
  const folder = await stat(dirname(resolve(options.out))).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new TransferError(`Cannot write “${options.out}”: its folder does not exist.`, 73); // EX_CANTCREAT
  }
  const work = await mkdtemp(join(tmpdir(), 'constellation-export-'));
  const writer = createArchiveWriter(options.out);
  try {
    const snapshot = await readSnapshot(database, work, options, progress);
    const media = await listMediaFiles(options.mediaDir, snapshot.mediaKeys);
    const manifest: Manifest = {
      format: formatName,
      formatVersion,
      kind: options.kind ?? 'export',
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      origin: {
        dialect: database.dialect,
        application: applicationName(),
        migrations: snapshot.migrations,
      },
      secrets: options.withSecrets,
      tables: snapshot.tables,
      media: { files: media.files.length, bytes: media.bytes, missing: media.missing },
    };
    await writer.addBuffer(manifestEntry, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    // Compressing the row files takes as long as reading the rows on a large site.
    progress.phase('Packing the archive', snapshot.tables.length + media.files.length, 'files');
    for (const table of snapshot.tables) {
      const path = join(work, table.file);
      await writer.addFile(table.file, path, (await stat(path)).size);
      progress.advance();
    }
    for (const file of media.files) {
      await writer.addFile(`${mediaPrefix}${file.key}`, file.path, file.size);
      progress.advance();
    }
    progress.stop();
    await writer.finish();
    return { manifest, rows: snapshot.tables.reduce((sum, t) => sum + t.rows, 0) };
  } catch (error) {
    progress.stop();
    await writer.abort();
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Snapshot {
  tables: ManifestTable[];
  migrations: string[];
  mediaKeys: Set<string>;
}

function snapshotTransaction(database: Database) {
  const transaction = database.db.transaction();
  return database.dialect === 'postgres'
    ? transaction.setIsolationLevel('repeatable read').setAccessMode('read only')
    : transaction;
}

async function readSnapshot(
  database: Database,
  work: string,
  options: ExportOptions,
  progress: Progress,
): Promise<Snapshot> {
  return snapshotTransaction(database).execute(async (trx) => {
    const plan = planTables(await listCatalogTables(trx, database.dialect));
    const migrations = await listAppliedMigrations(trx);
    const counts = new Map<string, number>();
    for (const table of plan)
      counts.set(table.name, withheld(table, options) ? 0 : await countRows(trx, table.name));
    progress.phase(
      'Exporting rows',
      [...counts.values()].reduce((a, b) => a + b, 0),
    );
    const mediaKeys = new Set<string>();
    const tables: ManifestTable[] = [];
    for (const table of plan) {
      const rows = await writeTable(
        trx,
        database,
        table,
        join(work, tableEntry(table.name)),
        options,
        mediaKeys,
        progress,
      );
      tables.push({
        name: table.name,
        file: tableEntry(table.name),
        rows,
        columns: table.columns.map((c) => ({
          name: c.name,
          type: c.type,
          nullable: c.nullable,
        })),
        orderBy: table.orderBy,
        withheld: withheld(table, options),
      });
    }
    progress.stop();
    return { tables, migrations, mediaKeys };
  });
}

function withheld(table: PlannedTable, options: ExportOptions): boolean {
  return !options.withSecrets && table.name in secretTables;
}

async function writeTable(
  trx: Db,
  database: Database,
  table: PlannedTable,
  path: string,
  options: ExportOptions,
  mediaKeys: Set<string>,
  progress: Progress,
): Promise<number> {
  await mkdir(join(path, '..'), { recursive: true });
  const out = createWriteStream(path);
  const hidden = new Set(options.withSecrets ? [] : (secretColumns[table.name] ?? []));
  const fileColumn = mediaFileColumns[table.name];
  let count = 0;
  try {
    let after: unknown[] | null = null;
    let limit = 100; // the first page measures the rows
    while (!withheld(table, options)) {
      const rows: Row[] = await listRowsAfter(trx, database.dialect, table, after, limit);
      let bytes = 0;
      for (const row of rows) {
        const line: Row = {};
        for (const c of table.columns) {
          line[c.name] = hidden.has(c.name)
            ? null
            : exportValue(row[c.name], c.type, `${table.name}.${c.name}`);
        }
        if (fileColumn && typeof line[fileColumn] === 'string') mediaKeys.add(line[fileColumn]);
        const text = `${JSON.stringify(line)}\n`;
        bytes += text.length;
        if (!out.write(text)) await once(out, 'drain');
      }
      count += rows.length;
      progress.advance(rows.length);
      if (rows.length < limit) break;
      limit = Math.max(
        10,
        Math.min(maxPageRows, Math.floor((pageBytes * rows.length) / Math.max(bytes, 1))),
      );
      const last = rows[rows.length - 1]!;
      after = table.orderBy.map((c) => last[c]);
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return count;
}

interface MediaFile {
  key: string;
  path: string;
  size: number;
}

/** The files the rows name, sorted by key; a named file that is not on disk is listed as missing. */
async function listMediaFiles(mediaDir: string, keys: Set<string>) {
  const files: MediaFile[] = [];
  const missing: string[] = [];
  let bytes = 0;
  for (const key of [...keys].sort()) {
    const path = safeMediaPath(mediaDir, key);
    const info = path ? await stat(path).catch(() => undefined) : undefined;
    if (!path || !info?.isFile()) {
      missing.push(key);
      continue;
    }
    files.push({ key, path, size: info.size });
    bytes += info.size;
  }
  return { files, bytes, missing };
}
