// The SQL of the scheduled-publication queue: translations whose time has come, and publishing
// one of them once, whichever instance gets there first.
import type { Db } from '../db/database.js';

export interface DueTranslation {
  id: string;
  article_id: string;
  locale: string;
  scheduled_at: string;
}

export function articleScheduleRepository(db: Db) {
  return {
    /** Scheduled translations of live articles whose time has come, oldest first. */
    async listDueTranslations(now: string, limit: number): Promise<DueTranslation[]> {
      const rows = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select(['t.id', 't.article_id', 't.locale', 't.scheduled_at'])
        .where('t.status', '=', 'scheduled')
        .where('t.scheduled_at', 'is not', null)
        .where('t.scheduled_at', '<=', now)
        .where('a.deleted_at', 'is', null)
        .orderBy('t.scheduled_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ ...r, scheduled_at: r.scheduled_at! }));
    },

    /**
     * Publishes one scheduled translation at its scheduled instant and bumps its article's
     * version (open forms then get a conflict instead of overwriting); false when it was no
     * longer scheduled (another instance or an editor got there first).
     */
    async publishScheduled(translationId: string, at: string, now: string): Promise<boolean> {
      const row = await db
        .updateTable('article_translation')
        .set((eb) => ({
          status: 'published',
          published_at: eb.fn.coalesce('published_at', eb.val(at)),
          scheduled_at: null,
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', translationId)
        .where('status', '=', 'scheduled')
        .returning('article_id')
        .executeTakeFirst();
      if (!row) return false;
      await db
        .updateTable('article')
        .set((eb) => ({
          published_at: eb.fn.coalesce('published_at', eb.val(at)),
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.article_id)
        .execute();
      return true;
    },
  };
}
