// `constellation detect`: on one file, print as JSON what detection finds (to try it on a text);
// with --all, run detection again over the archive and store what it finds, with progress.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { defaultLocale, isLocale, locales } from '../i18n/locales.js';
import { createProgress, type Progress } from '../lib/progress.js';
import { detectEntities, detectionJson } from './detect.js';
import { linkingRepository } from './linking.repository.js';
import { linkingServiceOver } from './linking.service.js';
import { buildMatcher } from './matcher.js';
import { mentionRepository } from './mention.repository.js';
import { redetectArchive } from './redetect.js';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function detectCommand(
  args: string[],
  io: Io,
  usage: string,
  progress: Progress = createProgress({ unit: 'translations' }),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      database: { type: 'string' },
      all: { type: 'boolean', default: false },
      since: { type: 'string' },
    },
  });
  if (values.all) {
    if (positionals.length > 0 || values.lang !== undefined) {
      io.err(`detect --all reads the archive: it takes no file and no --lang.\n\n${usage}`);
      return 2;
    }
    const since = values.since === undefined ? undefined : sinceDate(values.since);
    if (since === null) {
      io.err(`--since takes a date such as 2024-01-31 (UTC) or 2024-01-31T08:00:00Z.`);
      return 2;
    }
    return redetect(values.database, since, io, progress);
  }
  if (values.since !== undefined) {
    io.err(`--since goes with --all: constellation detect --all --since DATE.\n\n${usage}`);
    return 2;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.err(`detect takes one file: constellation detect FILE [--lang fr|en].\n\n${usage}`);
    return 2;
  }
  const lang = values.lang ?? defaultLocale;
  if (!isLocale(lang)) {
    io.err(`Unknown language “${lang}”: use ${locales.map((l) => l.code).join(' or ')}.`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`Cannot read “${file}”: ${readError(error)}.`);
    return 66; // EX_NOINPUT
  }
  const database = openDatabase(values.database ?? loadConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const known = await linkingRepository(database.db).loadKnownEntities();
    const detection = detectEntities(buildMatcher(known, lang), text);
    io.out(JSON.stringify(detectionJson(detection), null, 2));
    return 0;
  } finally {
    await database.close();
  }
}

async function redetect(
  url: string | undefined,
  since: string | undefined,
  io: Io,
  progress: Progress,
): Promise<number> {
  const database = openDatabase(url ?? loadConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const started = Date.now();
    const report = await redetectArchive(
      { linking: linkingServiceOver(database.db), mentions: mentionRepository(database.db) },
      { since, progress },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(
      `Detection ran over ${report.translations} article translations` +
        `${since ? ` published since ${since}` : ''} in ${seconds} s; suggestions of new entities awaiting review: ` +
        `${report.suggestedBefore} before, ${report.suggestedAfter} after.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** An ISO date or date-time as the ISO instant stored timestamps are compared with; null if not one. */
export function sinceDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value))
    return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  // 2024-02-30 rolls over to March: not the date the user meant.
  return iso.slice(0, 10) === value.slice(0, 10) || value.length > 10 ? iso : null;
}

function readError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
