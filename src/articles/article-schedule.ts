// Publishing what is due: each scheduled translation whose time has come is published in its own
// transaction with a revision by nobody (the schedule), once, whichever instance gets there first.
import type { Db } from '../db/database.js';
import type { VersionedSave } from '../kernel/versioned-save.js';
import type { ArticleForm } from './article-editor.form.js';
import { articleScheduleRepository } from './article-schedule.repository.js';

/** Scheduled translations published per run of the queue; the next run takes the rest. */
const duePerRun = 50;

/** Publishes what is due at `now` on `on` (a connection holding the scheduler's lock); the ids. */
export async function publishDueArticles(
  on: Db,
  history: VersionedSave<ArticleForm>,
  now: string,
): Promise<string[]> {
  const due = await articleScheduleRepository(on).listDueTranslations(now, duePerRun);
  const published = new Set<string>();
  for (const item of due) {
    const ok = await on.transaction().execute(async (trx) => {
      const repo = articleScheduleRepository(trx);
      if (!(await repo.publishScheduled(item.id, item.scheduled_at, now))) return false;
      const after = await history.find(item.article_id, trx);
      await history.record(
        trx,
        {
          id: item.article_id,
          version: after.version,
          form: after.form,
          authorId: null,
          reason: `scheduled publication (${item.locale})`,
        },
        now,
      );
      return true;
    });
    if (ok) published.add(item.article_id);
  }
  return [...published];
}
