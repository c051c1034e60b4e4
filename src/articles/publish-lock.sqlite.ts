// SQLite: one process owns the file, so there is no one to race; the job runs as is.
import type { Db } from '../db/database.js';

export async function withPublishLock<T>(db: Db, run: (on: Db) => Promise<T>): Promise<T> {
  return run(db);
}
