// `constellation backup FILE` while the site serves: a consistent snapshot written in the export
// format with secrets, so `restore` (an import) can bring it back into either engine.
// SQLite: better-sqlite3's online backup copies the live file page by page without blocking the
// writers (WAL), then the copy, which nobody writes, is exported. PostgreSQL: the export's own
// REPEATABLE READ transaction is the snapshot (pg_dump would tie the backup to one engine and to
// a client binary of the server's version, so it is not used).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase, type Database } from '../db/database.js';
import { silentProgress, type Progress } from '../lib/progress.js';
import { exportSite, type ExportReport } from './export.js';
import { TransferError } from './format.js';

export interface BackupOptions {
  out: string;
  mediaDir: string;
  /** The SQLite file behind `database` (ignored for PostgreSQL). */
  sqlitePath?: string;
  progress?: Progress;
}

export async function backupSite(
  database: Database,
  options: BackupOptions,
): Promise<ExportReport> {
  const progress = options.progress ?? silentProgress;
  const exportOptions = {
    out: options.out,
    mediaDir: options.mediaDir,
    withSecrets: true,
    kind: 'backup' as const,
    progress,
  };
  if (database.dialect === 'postgres') return exportSite(database, exportOptions);
  const path = options.sqlitePath;
  if (!path || path === ':memory:')
    throw new TransferError('An in-memory SQLite database cannot be backed up: it has no file.', 1);
  const work = await mkdtemp(join(tmpdir(), 'constellation-backup-'));
  try {
    const copy = join(work, 'snapshot.db');
    await snapshotSqlite(path, copy, progress);
    const snapshot = openDatabase(copy);
    try {
      return await exportSite(snapshot, exportOptions);
    } finally {
      await snapshot.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Copies a live SQLite database with the online backup API, reporting pages copied. */
export async function snapshotSqlite(
  path: string,
  copy: string,
  progress: Progress = silentProgress,
): Promise<void> {
  let source: SQLite.Database;
  try {
    source = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new TransferError(
      `Cannot open the SQLite database “${path}”: ${error instanceof Error ? error.message : String(error)}.`,
      66,
    );
  }
  try {
    let started = false;
    let copied = 0;
    await source.backup(copy, {
      // After the first step, copy everything that is left in one step: a write from another
      // connection between two steps restarts the backup, and a busy site would restart it forever.
      progress: ({ totalPages, remainingPages }) => {
        if (!started) progress.phase('Copying the SQLite database', totalPages, 'pages');
        started = true;
        progress.advance(totalPages - remainingPages - copied);
        copied = totalPages - remainingPages;
        return Math.max(remainingPages, 1);
      },
    });
    progress.stop();
  } finally {
    source.close();
  }
}
