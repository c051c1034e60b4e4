// Every SQL statement about redirects.
import type { Selectable } from 'kysely';
import { translateErrors, type Db } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { RedirectTable } from '../db/tables/redirect.table.js';

export type RedirectRow = Selectable<RedirectTable>;

export interface RedirectValues {
  source_path: string;
  target: string;
  status_code: number;
  origin: string;
}

export function redirectRepository(db: Db) {
  return {
    async findById(id: string): Promise<RedirectRow | undefined> {
      return db.selectFrom('redirect').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findBySource(sourcePath: string): Promise<RedirectRow | undefined> {
      return db
        .selectFrom('redirect')
        .selectAll()
        .where('source_path', '=', sourcePath)
        .executeTakeFirst();
    },

    /** The first of `sources` that is a redirect's source, in the order given. */
    async findFirstBySource(sources: string[]): Promise<RedirectRow | undefined> {
      if (sources.length === 0) return undefined;
      const rows = await db
        .selectFrom('redirect')
        .selectAll()
        .where('source_path', 'in', sources)
        .execute();
      return sources.map((s) => rows.find((r) => r.source_path === s)).find(Boolean);
    },

    /** A page of redirects whose source or target contains `q` (case-insensitive), newest first. */
    async listRedirects(
      q: string,
      limit: number,
      offset: number,
    ): Promise<{ rows: RedirectRow[]; total: number }> {
      // `%` and `_` in the words act as wildcards: harmless in an admin's search box.
      const pattern = `%${q.toLowerCase()}%`;
      let query = db.selectFrom('redirect');
      if (q)
        query = query.where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['source_path']), 'like', pattern),
            eb(eb.fn('lower', ['target']), 'like', pattern),
          ]),
        );
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** Every redirect, oldest first (the CSV export). */
    async listAll(): Promise<RedirectRow[]> {
      return db.selectFrom('redirect').selectAll().orderBy('created_at').orderBy('id').execute();
    },

    async insertRedirect(values: RedirectValues, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Redirect', () =>
        db
          .insertInto('redirect')
          .values({ id, ...values, hits: 0, last_hit_at: null, created_at: now, updated_at: now })
          .execute(),
      );
      return id;
    },

    async updateRedirect(id: string, values: RedirectValues, now: string): Promise<void> {
      await translateErrors('Redirect', () =>
        db
          .updateTable('redirect')
          .set({ ...values, updated_at: now })
          .where('id', '=', id)
          .execute(),
      );
    },

    /** Points every redirect to `from` at `to` instead (a chain collapsed to one hop). */
    async retarget(from: string, to: string, now: string): Promise<number> {
      const result = await db
        .updateTable('redirect')
        .set({ target: to, updated_at: now })
        .where('target', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async deleteRedirect(id: string): Promise<void> {
      await db.deleteFrom('redirect').where('id', '=', id).execute();
    },

    async deleteBySource(sourcePath: string): Promise<void> {
      await db.deleteFrom('redirect').where('source_path', '=', sourcePath).execute();
    },

    async recordHit(id: string, now: string): Promise<void> {
      await db
        .updateTable('redirect')
        .set((eb) => ({ hits: eb('hits', '+', 1), last_hit_at: now }))
        .where('id', '=', id)
        .execute();
    },
  };
}
