// What every importer shares: the database and services, the report, the source name that keys
// its items, and `runItem`, which writes one item whole or not at all (and, in a dry run, rolls
// every item back after checking it, so the report is real and nothing is written).
import type { Db } from '../db/database.js';
import type { Services } from '../services.js';
import { linkingServiceOver } from '../linking/linking.service.js';
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

/**
 * Entity detection over the translations an import wrote, a hundred to a transaction (one each
 * would cost a commit each); how many mentions they have, waiting for review.
 */
export async function detectImported(
  ctx: ImportContext,
  translationIds: string[],
): Promise<number> {
  let mentions = 0;
  for (let i = 0; i < translationIds.length; i += 100) {
    const ids = translationIds.slice(i, i + 100);
    mentions += await ctx.db
      .transaction()
      .execute((trx) => linkingServiceOver(trx, ctx.now).detectMentionsOf(ids));
  }
  return mentions;
}

/** An error's message for the report (driver details stay out of it). */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One item for `itemBatches`: its writes, then what to do once they are committed or refused. */
export interface BatchedItem<T> {
  write: (trx: Db) => Promise<T>;
  /** After its batch is committed (in a dry run: after its check). */
  done: (result: T) => void;
  /** Its writes were rolled back: `error` says why. */
  failed: (error: unknown) => void;
}

/**
 * Writes items `size` at a time in one transaction, each in its own savepoint: an item that fails
 * is rolled back alone — written whole or not at all, as with runItem — while the others are
 * committed together, which spares a commit per item (a commit costs more than most items'
 * statements). A killed import loses at most the batch being written; the next run writes it
 * again. In a dry run every item is rolled back after its check. `afterBatch` runs after each
 * commit (search indexing of what the batch wrote).
 */
export function itemBatches(
  ctx: ImportContext,
  options: { size?: number; afterBatch?: () => Promise<void> } = {},
) {
  const size = options.size ?? 100;
  let pending: BatchedItem<never>[] = [];

  async function flush(): Promise<void> {
    const items = pending;
    pending = [];
    if (items.length === 0) return;
    const outcomes: ({ ok: true; value: never } | { ok: false; error: unknown })[] = [];
    const trx = await ctx.db.startTransaction().execute();
    try {
      for (const item of items) {
        const point = await trx.savepoint('item').execute();
        try {
          const value = await item.write(point);
          if (ctx.dryRun) await point.rollbackToSavepoint('item').execute();
          else await point.releaseSavepoint('item').execute();
          outcomes.push({ ok: true, value });
        } catch (error) {
          await point.rollbackToSavepoint('item').execute();
          await point.releaseSavepoint('item').execute();
          outcomes.push({ ok: false, error });
        }
      }
      if (ctx.dryRun) await trx.rollback().execute();
      else await trx.commit().execute();
    } catch (error) {
      for (const item of items) item.failed(error);
      await trx.rollback().execute();
      return;
    }
    for (const [i, item] of items.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.done(outcome.value);
      else item.failed(outcome.error);
    }
    await options.afterBatch?.();
  }

  return {
    /** Queues an item; writes the batch when it is full. */
    async add<T>(item: BatchedItem<T>): Promise<void> {
      pending.push(item as unknown as BatchedItem<never>);
      if (pending.length >= size) await flush();
    },
    /** Writes what is queued (call it at the end). */
    flush,
  };
}

export type ItemBatches = ReturnType<typeof itemBatches>;
