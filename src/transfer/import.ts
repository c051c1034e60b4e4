// `constellation import constellation FILE` and `restore FILE`: an export or a backup into an
// empty database of either engine, in one transaction. Media files are written to a staging
// folder inside MEDIA_DIR and moved into place just before the commit; any failure rolls the
// rows back and removes every file written, so nothing is ever half-imported.
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { silentProgress, type Progress } from '../lib/progress.js';
import { archiveError, readArchive, type ArchiveEntry } from './archive.js';
import { listAppliedMigrations, listCatalogTables } from './catalog.repository.js';
import {
  manifestEntry,
  mediaPrefix,
  parseManifest,
  TransferError,
  type Manifest,
} from './format.js';
import { loadTable } from './import-rows.js';
import { isSafeMediaKey, safeMediaPath } from './media-files.js';
import { listNonEmptyTables } from './rows.repository.js';
import { planTables, type PlannedTable } from './table-plan.js';

export interface ImportOptions {
  mediaDir: string;
  progress?: Progress;
}

export interface ImportReport {
  manifest: Manifest;
  rows: number;
  mediaFiles: number;
}

const maxManifestBytes = 16 * 1024 * 1024;

export async function importSite(
  database: Database,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const progress = options.progress ?? silentProgress;
  const entries = readArchive(file);
  try {
    const manifest = await readManifest(entries, file);
    await migrateToLatest(database.db);
    const plan = await checkTarget(database, manifest);
    const staging = join(options.mediaDir, `.import-${randomUUID()}`);
    const moved: string[] = [];
    try {
      let rows = 0;
      let mediaFiles = 0;
      await database.db.transaction().execute(async (trx) => {
        const db = trx;
        let next = 0;
        progress.phase(
          'Importing rows',
          manifest.tables.reduce((sum, t) => sum + t.rows, 0),
        );
        const staged: string[] = [];
        for await (const entry of entries) {
          const table = manifest.tables[next];
          if (table && entry.name === table.file) {
            rows += await loadTable({
              db,
              dialect: database.dialect,
              table: plan.get(table.name)!,
              entry: table,
              body: entry.body,
              progress,
            });
            next += 1;
            if (next === manifest.tables.length)
              progress.phase('Importing media files', manifest.media.files, 'files');
          } else if (entry.name.startsWith(mediaPrefix) && next === manifest.tables.length) {
            staged.push(await stageMedia(entry, staging));
            progress.advance();
          } else {
            throw new TransferError(
              `Unexpected entry “${entry.name}” in the archive` +
                (table ? ` (expected ${table.file} next)` : '') +
                ': it was not written by Constellation’s export, or was edited.',
            );
          }
        }
        if (next < manifest.tables.length) {
          throw new TransferError(
            `The archive ends before ${manifest.tables[next]!.file}: it is truncated.`,
          );
        }
        if (staged.length !== manifest.media.files) {
          throw new TransferError(
            `The archive holds ${staged.length} media files where the manifest announces ${manifest.media.files}: it is truncated or was edited.`,
          );
        }
        for (const key of staged) {
          const target = safeMediaPath(options.mediaDir, key)!;
          await mkdir(dirname(target), { recursive: true });
          await rename(join(staging, key), target);
          moved.push(target);
        }
        mediaFiles = staged.length;
      });
      progress.stop();
      return { manifest, rows, mediaFiles };
    } catch (error) {
      progress.stop();
      for (const path of moved) await rm(path, { force: true });
      // A damaged archive can fail inside a table or media entry being read.
      throw archiveError(error, file);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } finally {
    await entries.return(undefined);
  }
}

async function readManifest(
  entries: AsyncGenerator<ArchiveEntry>,
  file: string,
): Promise<Manifest> {
  const first = await entries.next();
  if (first.done)
    throw new TransferError(`“${file}” is an empty archive, not a Constellation export.`);
  if (first.value.name !== manifestEntry) {
    throw new TransferError(
      `“${file}” is not a Constellation export: it starts with “${first.value.name}”, not ${manifestEntry}.`,
    );
  }
  if (first.value.size > maxManifestBytes)
    throw new TransferError(`The manifest of “${file}” is over 16 MB: refused.`);
  const chunks: Buffer[] = [];
  for await (const chunk of first.value.body) chunks.push(chunk as Buffer);
  return parseManifest(Buffer.concat(chunks).toString('utf8'));
}

/** The target's tables by name, once it is known to be empty and able to hold the export. */
async function checkTarget(
  database: Database,
  manifest: Manifest,
): Promise<Map<string, PlannedTable>> {
  const plan = planTables(await listCatalogTables(database.db, database.dialect));
  const byName = new Map(plan.map((t) => [t.name, t]));
  const known = new Set(await listAppliedMigrations(database.db));
  const unknown = manifest.origin.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new TransferError(
      `This export was made by a newer Constellation (its database has migrations this one does not know: ${unknown.join(', ')}). Upgrade, then import.`,
    );
  }
  const order = plan.map((t) => t.name);
  let last = -1;
  for (const table of manifest.tables) {
    const target = byName.get(table.name);
    if (!target)
      throw new TransferError(
        `The export has a table “${table.name}” that this database does not have.`,
      );
    const position = order.indexOf(table.name);
    if (position < last)
      throw new TransferError(
        `The manifest lists “${table.name}” after a table that refers to it: the archive was edited.`,
      );
    last = position;
    if (table.file !== `tables/${table.name}.jsonl`)
      throw new TransferError(
        `The manifest names an unexpected file for ${table.name}: ${table.file}.`,
      );
    const missing = table.columns.filter((c) => !target.columns.some((t) => t.name === c.name));
    if (missing.length > 0) {
      throw new TransferError(
        `The export has columns that ${table.name} does not have here: ${missing.map((c) => c.name).join(', ')}.`,
      );
    }
  }
  const filled = await listNonEmptyTables(database.db, order);
  if (filled.length > 0) {
    throw new TransferError(
      `The database is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? '…' : ''} already hold rows): ` +
        'import into a new, empty database, so that nothing is overwritten or mixed.',
      1,
    );
  }
  return byName;
}

async function stageMedia(entry: ArchiveEntry, staging: string): Promise<string> {
  const key = entry.name.slice(mediaPrefix.length);
  if (entry.type !== 'file' || !isSafeMediaKey(key)) {
    throw new TransferError(
      `The archive entry “${entry.name}” is not a plain file inside the media folder (a path with “..”, an absolute path or a link): refused, nothing was imported.`,
    );
  }
  const path = join(staging, key);
  await mkdir(dirname(path), { recursive: true });
  // Read chunk by chunk rather than piped: a body cut short by a truncated archive then ends in
  // its error here, where a pipeline to the file waited for an end that never came.
  const handle = await open(path, 'wx');
  try {
    for await (const chunk of entry.body) await handle.write(chunk as Buffer);
  } finally {
    await handle.close();
  }
  return key;
}
