// `constellation import wordpress EXPORT.xml …` and `constellation import html DIR --config
// MAPPING.json …`: the move-in commands. They print the report and exit 0, 1 when an item failed,
// 2 on a usage error, 65 when the input cannot be imported at all (nothing written), 66 when a
// file cannot be read.
import { createProgress } from '../lib/progress.js';
import { boundHeapGrowth } from '../lib/heap.js';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createServices, type Services } from '../services.js';
import { migrateToLatest } from '../db/migrate.js';
import { parseHtmlMapping } from './html-mapping.js';
import { importHtml } from './html.import.js';
import { ImportInputError } from './import-context.js';
import { formatReport, type ImportReport } from './import-report.js';
import { importWordpress } from './wordpress.import.js';
import { WxrError } from './wxr-reader.js';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where progress is drawn; standard error when absent. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

export const importUsage = `Usage: constellation import wordpress EXPORT.xml [--uploads DIR] [--dry-run]
                                   [--default-language fr|en] [--map FILE] [--database URL]
       constellation import html DIR --config MAPPING.json [--dry-run]
                                   [--default-language fr|en] [--database URL]

  EXPORT.xml is WordPress's Tools → Export file; DIR its wp-content/uploads folder;
  FILE a JSON object mapping category slugs to sector slugs or "skip".
  For html, DIR is a folder of saved pages (wget --mirror) and MAPPING.json says which
  CSS selectors hold each field (src/import/mappings/drupal-news.json is an example).`;

const fileProblem = async (path: string, what: string, directory = false) => {
  try {
    const s = await stat(path);
    if (directory !== s.isDirectory())
      return `${what} “${path}” is ${directory ? 'not a folder' : 'a folder'}.`;
    return undefined;
  } catch {
    return `${what} “${path}” does not exist.`;
  }
};

export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === 'html') return importHtmlCommand(rest, io);
  if (kind !== 'wordpress') {
    io.err(kind === undefined ? importUsage : `Unknown import “${kind}”.\n\n${importUsage}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      uploads: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'default-language': { type: 'string' },
      map: { type: 'string' },
      database: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length) {
    io.err(`import wordpress takes one export file.\n\n${importUsage}`);
    return 2;
  }
  const problem =
    (await fileProblem(file, 'The export')) ??
    (values.uploads ? await fileProblem(values.uploads, 'The uploads folder', true) : undefined) ??
    (values.map ? await fileProblem(values.map, 'The map file') : undefined);
  if (problem) {
    io.err(problem);
    return 66; // EX_NOINPUT
  }
  let map: unknown = {};
  if (values.map) {
    try {
      map = JSON.parse(await readFile(values.map, 'utf8'));
    } catch (error) {
      io.err(
        `The map file “${values.map}” is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 65;
    }
  }
  return runImport(values.database, io, (deps) =>
    importWordpress(deps, {
      file,
      uploadsDir: values.uploads,
      dryRun: values['dry-run'],
      defaultLocale: values['default-language'],
      map,
      progress: createProgress({ stream: io.progressStream }),
    }),
  );
}

async function importHtmlCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'default-language': { type: 'string' },
      database: { type: 'string' },
    },
  });
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length || !values.config) {
    io.err(`import html takes one folder and --config MAPPING.json.\n\n${importUsage}`);
    return 2;
  }
  const problem =
    (await fileProblem(dir, 'The folder', true)) ??
    (await fileProblem(values.config, 'The mapping file'));
  if (problem) {
    io.err(problem);
    return 66;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(values.config, 'utf8'));
  } catch (error) {
    io.err(
      `The mapping file “${values.config}” is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 65;
  }
  const parsed = parseHtmlMapping(raw);
  if ('errors' in parsed) {
    io.err(`The mapping file “${values.config}” is not usable:\n  ${parsed.errors.join('\n  ')}`);
    return 65;
  }
  return runImport(values.database, io, (deps) =>
    importHtml(deps, {
      dir,
      mapping: parsed.mapping,
      dryRun: values['dry-run'],
      defaultLocale: values['default-language'],
    }),
  );
}

/** Opens the database, runs one import, prints its report; the exit code says how it went. */
async function runImport(
  databaseUrl: string | undefined,
  io: CommandIo,
  run: (deps: { database: Database; services: Services }) => Promise<ImportReport>,
): Promise<number> {
  const config = loadConfig();
  boundHeapGrowth();
  const database = openDatabase(databaseUrl ?? config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const services = createServices({
      database,
      baseUrl: config.baseUrl,
      mediaDir: config.mediaDir,
    });
    let report: ImportReport;
    try {
      report = await run({ database, services });
    } catch (error) {
      if (error instanceof WxrError || error instanceof ImportInputError) {
        io.err(error.message);
        return 65; // EX_DATAERR
      }
      throw error;
    }
    // Image variants are made in the background: finish them before the process ends.
    await services.media.idle();
    for (const line of formatReport(report)) io.out(line);
    return report.failures.length ? 1 : 0;
  } finally {
    await database.close();
  }
}
