// What every importer shares: the database and services, the report, the source name that keys
// its items, and `runItem`, which writes one item whole or not at all (and, in a dry run, rolls
// every item back after checking it, so the report is real and nothing is written).
import type { Db } from '../db/database.js';
import type { Services } from '../services.js';
import type { ImportReport } from './import-report.js';

export interface ImportContext {
  db: Db;
  services: Services;
  report: ImportReport;
  /** Keys items of one origin: `wordpress https://old.example.org`, `html`. */
  source: string;
  dryRun: boolean;
  defaultLocale: string;
  locales: readonly string[];
  now: () => Date;
}

/** The input or the options cannot be imported at all; the message says why (CLI exit 65). */
export class ImportInputError extends Error {
  override name = 'ImportInputError';
}

class DryRunRollback extends Error {}

/** Runs `write` in its own transaction; in a dry run, rolls it back and returns its result. */
export async function runItem<T>(ctx: ImportContext, write: (trx: Db) => Promise<T>): Promise<T> {
  if (!ctx.dryRun) return ctx.db.transaction().execute(write);
  let result: T | undefined;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      result = await write(trx);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return result as T;
}

/** An error's message for the report (driver details stay out of it). */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
