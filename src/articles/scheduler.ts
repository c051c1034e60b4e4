// The scheduled-publication job: every `intervalMs` it publishes the translations whose time has
// come, with no request needed. On PostgreSQL an advisory lock lets one instance run it at a time.
import type { DialectName, Db } from '../db/database.js';
import type { Logger } from '../http/logger.js';
import type { ArticleEditorService } from './article-editor.service.js';
import { withPublishLock as postgresLock } from './publish-lock.postgres.js';
import { withPublishLock as sqliteLock } from './publish-lock.sqlite.js';

export const defaultScheduleIntervalMs = 30_000;

export interface SchedulerDeps {
  db: Db;
  dialect: DialectName;
  /** Its clock decides what is due (tests give it a controllable one). */
  editor: ArticleEditorService;
  logger: Pick<Logger, 'info' | 'error'>;
  intervalMs?: number;
}

export interface Scheduler {
  /** One pass over the queue; resolves with the ids of the articles it published. */
  runOnce: () => Promise<string[]>;
  stop: () => void;
}

/** A scheduler that does not start by itself: `startScheduler` adds the timer. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const lock = deps.dialect === 'postgres' ? postgresLock : sqliteLock;
  let running: Promise<string[]> | undefined;
  const runOnce = async (): Promise<string[]> => {
    // Never overlap with a slow previous pass.
    if (running) return [];
    running = (async () => (await lock(deps.db, (on) => deps.editor.publishDue(on))) ?? [])();
    try {
      const published = await running;
      if (published.length) deps.logger.info({ published }, 'scheduled articles published');
      return published;
    } finally {
      running = undefined;
    }
  };
  return { runOnce, stop: () => undefined };
}

/** Starts the job on a timer that does not keep the process alive; `stop` ends it. */
export function startScheduler(deps: SchedulerDeps): Scheduler {
  const scheduler = createScheduler(deps);
  const timer = setInterval(() => {
    scheduler.runOnce().catch((error: unknown) => {
      deps.logger.error({ err: error }, 'scheduled publication failed');
    });
  }, deps.intervalMs ?? defaultScheduleIntervalMs);
  timer.unref();
  return { runOnce: scheduler.runOnce, stop: () => clearInterval(timer) };
}
