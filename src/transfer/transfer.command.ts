// The moving-out commands: export, import constellation, backup, restore. Each returns an exit
// code; a damaged or foreign archive, or a database that is not empty, prints one clear message.
import { parseArgs } from 'node:util';
import { boundHeapGrowth } from '../lib/heap.js';
import { createServices } from '../services.js';
import { loadConfig } from '../config.js';
import { dialectOf, openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createProgress, type Progress } from '../lib/progress.js';
import type { ReindexReport } from '../search/search.service.js';
import { backupSite } from './backup.js';
import { exportSite, type ExportReport } from './export.js';
import { TransferError } from './format.js';
import { importSite, type ImportReport } from './import.js';
import { countRows } from './rows.repository.js';

export interface TransferIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where progress is drawn; standard error when absent. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

type Command = 'export' | 'import' | 'backup' | 'restore';

export async function transferCommand(
  command: Command,
  args: string[],
  io: TransferIo,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'with-secrets': { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  const config = loadConfig();
  const url = values.database ?? config.databaseUrl;
  const progress = (unit: string) => createProgress({ stream: io.progressStream, unit });
  const usageError = (message: string) => {
    io.err(message);
    return 2;
  };
  let file: string | undefined;
  if (command === 'export') {
    if (!values.out || positionals.length > 0)
      return usageError('Usage: constellation export --out FILE.tar.gz [--with-secrets]');
  } else if (command === 'import') {
    if (positionals[0] !== 'constellation' || positionals.length !== 2) {
      return usageError(
        'Usage: constellation import constellation FILE.tar.gz (an archive written by `constellation export`)',
      );
    }
    file = positionals[1];
  } else {
    if (positionals.length !== 1) return usageError(`Usage: constellation ${command} FILE.tar.gz`);
    file = positionals[0];
  }
  boundHeapGrowth();
  const database = openDatabase(url);
  try {
    switch (command) {
      case 'export': {
        await migrateToLatest(database.db);
        const report = await exportSite(database, {
          out: values.out!,
          mediaDir: config.mediaDir,
          withSecrets: values['with-secrets'],
          progress: progress('rows'),
        });
        io.out(describeExport('Exported', values.out!, report));
        return 0;
      }
      case 'backup': {
        await migrateToLatest(database.db);
        const sqlitePath =
          dialectOf(url) === 'sqlite' ? url.replace(/^sqlite:(\/\/)?/, '') : undefined;
        const report = await backupSite(database, {
          out: file!,
          mediaDir: config.mediaDir,
          sqlitePath,
          progress: progress('rows'),
        });
        io.out(describeExport('Backed up', file!, report));
        return 0;
      }
      case 'import':
      case 'restore': {
        const report = await importSite(database, file!, {
          mediaDir: config.mediaDir,
          progress: progress('rows'),
        });
        const services = createServices({
          database,
          baseUrl: config.baseUrl,
          mediaDir: config.mediaDir,
        });
        const index = await reindexWithProgress(database, services.search, progress('articles'));
        io.out(
          describeImport(command === 'import' ? 'Imported' : 'Restored', file!, report) +
            ` Search index rebuilt: ${index.total} documents.`,
        );
        if (!report.manifest.secrets) {
          io.out(
            'The archive carried no secrets: every account needs a new password, webhook receivers a new secret, API tokens must be issued again.',
          );
        }
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof TransferError) {
      io.err(error.message);
      return error.exitCode;
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** Rebuilds the search index, counting articles as they are indexed. */
export async function reindexWithProgress(
  database: Database,
  search: { reindexAll: (onArticles?: (count: number) => void) => Promise<ReindexReport> },
  progress: Progress,
) {
  progress.phase('Rebuilding the search index', await countRows(database.db, 'article'));
  const report = await search.reindexAll((articles) => progress.advance(articles));
  progress.stop();
  return { ...report, total: report.counts.reduce((sum, c) => sum + c.count, 0) };
}

function describeExport(verb: string, file: string, { manifest, rows }: ExportReport): string {
  const missing = manifest.media.missing.length;
  return (
    `${verb} ${rows} rows of ${manifest.tables.length} tables and ${manifest.media.files} media files ` +
    `(${(manifest.media.bytes / 1e6).toFixed(1)} MB) to ${file}${manifest.secrets ? ', with secrets' : ', without secrets'}.` +
    (missing
      ? ` ${missing} media files named by rows were not on disk: ${manifest.media.missing.slice(0, 5).join(', ')}${missing > 5 ? '…' : ''}.`
      : '')
  );
}

function describeImport(
  verb: string,
  file: string,
  { manifest, rows, mediaFiles }: ImportReport,
): string {
  return `${verb} ${rows} rows of ${manifest.tables.length} tables and ${mediaFiles} media files from ${file} (a ${manifest.origin.dialect} ${manifest.kind} of ${manifest.createdAt}).`;
}
