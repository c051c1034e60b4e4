// The rules of redirects: sources and targets in normal form, no loops, chains collapsed to one
// hop on every write (A→B when B→C exists stores A→C; B→C when A→B exists rewrites A→C), and the
// lookup that answers an old address before the 404, counting hits.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { redirectRepository, type RedirectRow } from './redirect.repository.js';
import {
  candidateSources,
  localKey,
  locationFor,
  normaliseSource,
  normaliseTarget,
} from './redirect.paths.js';
import type { RedirectOrigin, RedirectStatus } from '../db/tables/redirect.table.js';

export interface RedirectInput {
  source: string;
  target: string;
  status?: RedirectStatus;
  origin?: RedirectOrigin;
}

export interface RedirectServiceDeps {
  db: Db;
  now: () => Date;
}

export const redirectPageSize = 50;

/** Why an input cannot be a redirect, in words for the admin; undefined when it can. */
export function redirectProblem(input: RedirectInput): string | undefined {
  if (normaliseSource(input.source) === undefined)
    return 'The old address must be a path starting with / (not under /admin, /api, /media or /assets) or an http(s) URL.';
  if (normaliseTarget(input.target) === undefined)
    return 'The new address must be a path starting with / or an absolute http(s) URL.';
  return undefined;
}

export function redirectService(deps: RedirectServiceDeps) {
  const { db } = deps;
  const nowIso = () => deps.now().toISOString();
  const inTransaction = <T>(run: (trx: Db) => Promise<T>): Promise<T> =>
    db.isTransaction ? run(db) : db.transaction().execute(run);

  /** Writes one redirect (new, or `id`, or the one at its source when `replace`), collapsed. */
  async function save(
    input: RedirectInput,
    options: { id?: string; replace?: boolean } = {},
  ): Promise<string> {
    const problem = redirectProblem(input);
    if (problem) throw new AppError('bad_request', problem);
    const source = normaliseSource(input.source)!;
    let target = normaliseTarget(input.target)!;
    const loop = () =>
      new AppError('bad_request', `A redirect from ${source} to ${target} would loop.`);
    return inTransaction(async (trx) => {
      const repo = redirectRepository(trx);
      const now = nowIso();
      if (localKey(target) === source) throw loop();
      const next = await repo.findBySource(localKey(target) ?? '');
      if (next && next.id !== options.id) target = next.target;
      if (localKey(target) === source) throw loop();
      const values = {
        source_path: source,
        target,
        status_code: input.status ?? 301,
        origin: input.origin ?? 'manual',
      };
      const existing = await repo.findBySource(source);
      let id = options.id;
      if (existing && existing.id !== options.id) {
        if (!options.replace)
          throw new AppError('duplicate', `A redirect from ${source} already exists.`);
        id = existing.id;
      }
      if (id) await repo.updateRedirect(id, values, now);
      else id = await repo.insertRedirect(values, now);
      await repo.retarget(source, target, now);
      return id;
    });
  }

  async function getRedirect(id: string): Promise<RedirectRow> {
    const row = await redirectRepository(db).findById(id);
    if (!row) throw new AppError('not_found', 'This redirect does not exist.');
    return row;
  }

  return {
    getRedirect,

    /** Adds a redirect; an existing one at the same source is `duplicate` unless `replace`. */
    addRedirect: (input: RedirectInput, options: { replace?: boolean } = {}) =>
      save(input, options),

    async updateRedirect(id: string, input: RedirectInput): Promise<void> {
      await getRedirect(id);
      await save(input, { id });
    },

    async deleteRedirect(id: string): Promise<void> {
      await getRedirect(id);
      await redirectRepository(db).deleteRedirect(id);
    },

    async listRedirects(q: string, page: number) {
      const { rows, total } = await redirectRepository(db).listRedirects(
        q.trim(),
        redirectPageSize,
        (page - 1) * redirectPageSize,
      );
      return { rows, total, page, pageSize: redirectPageSize };
    },

    listAll: () => redirectRepository(db).listAll(),

    /** Adds or replaces each redirect in one transaction: all of them, or none on an error. */
    async importRedirects(inputs: RedirectInput[]): Promise<{ created: number; updated: number }> {
      return inTransaction(async (trx) => {
        const inner = redirectService({ db: trx, now: deps.now });
        const repo = redirectRepository(trx);
        let updated = 0;
        for (const input of inputs) {
          if (await repo.findBySource(normaliseSource(input.source) ?? '')) updated++;
          await inner.addRedirect(input, { replace: true });
        }
        return { created: inputs.length - updated, updated };
      });
    },

    /**
     * A page moved from `from` to `to` (a slug change, an import): `to` serves a page now, so a
     * redirect from it is dropped, then `from` → `to` is added (replacing one at `from`).
     */
    async recordMove(from: string, to: string, origin: RedirectOrigin = 'slug'): Promise<void> {
      const source = normaliseSource(from);
      if (source === undefined || source === normaliseSource(to)) return;
      await inTransaction(async (trx) => {
        await redirectRepository(trx).deleteBySource(normaliseSource(to) ?? '');
        await redirectService({ db: trx, now: deps.now }).addRedirect(
          { source, target: to, status: 301, origin },
          { replace: true },
        );
      });
    },

    /** Where a request for `pathname` + `search` is sent, if a redirect matches; counts the hit. */
    async resolve(
      pathname: string,
      search: string,
    ): Promise<{ location: string; status: RedirectStatus } | undefined> {
      const repo = redirectRepository(db);
      const row = await repo.findFirstBySource(candidateSources(pathname, search));
      if (!row) return undefined;
      await repo.recordHit(row.id, nowIso());
      return {
        location: locationFor(row.target, row.source_path, search),
        status: row.status_code === 302 ? 302 : 301,
      };
    },
  };
}

export type RedirectService = ReturnType<typeof redirectService>;

/**
 * Inside an editor's save transaction: each page that moved (old path, new path; undefined when
 * the page has none) keeps its old address as a 301 (`origin` slug).
 */
export async function recordPageMoves(
  trx: Db,
  now: string,
  moves: [string | undefined, string | undefined][],
): Promise<void> {
  const redirects = redirectService({ db: trx, now: () => new Date(now) });
  for (const [from, to] of moves)
    if (from && to && from !== to) await redirects.recordMove(from, to);
}
