// Merging two directory entries that are one organisation or one person (made twice, from two
// spellings): in one transaction, the removed entry's mentions, affiliations, event and project
// roles, links and names move to the kept one, the removed name becomes an alias (organisations;
// people have no aliases yet), the removed entry goes to the trash, and each of its public
// addresses answers with a 301 to the kept one's. The merge is audited in the same transaction.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { paths } from '../i18n/paths.js';
import type { AuditRecorder } from '../kernel/actor.js';
import { can } from '../kernel/permissions.js';
import { recordPageMoves } from '../redirects/redirect.service.js';
import { entityMergeRepository, type MergeCounts } from './entity-merge.repository.js';
import type { Decider } from './inbox.service.js';

export interface EntityMergeDeps {
  db: Db;
  locales: readonly string[];
  now: () => Date;
  auditIn: (trx: Db) => AuditRecorder;
  /** Told after the merge: the articles whose mentions moved, the two entities. */
  onMerged?: (change: {
    type: 'organisation' | 'person';
    kept: string;
    removed: string;
    articles: string[];
  }) => Promise<void>;
}

export interface MergeResult {
  counts: MergeCounts;
  keptName: string;
  removedName: string;
}

export function entityMergeService(deps: EntityMergeDeps) {
  return {
    async mergeEntities(
      who: Decider,
      type: 'organisation' | 'person',
      keptId: string,
      removedId: string,
    ): Promise<MergeResult> {
      if (!can(who.actor.role, 'directory.edit'))
        throw new AppError('forbidden', 'Your role does not allow editing the directory.');
      if (keptId === removedId)
        throw new AppError('bad_request', 'An entry cannot be merged with itself: choose two.');
      const now = deps.now().toISOString();
      const result = await deps.db.transaction().execute(async (trx) => {
        const repo = entityMergeRepository(trx);
        const find = (id: string) =>
          type === 'organisation' ? repo.findOrganisation(id) : repo.findPerson(id);
        const [kept, removed] = [await find(keptId), await find(removedId)];
        if (!kept || !removed)
          throw new AppError(
            'not_found',
            `Both entries must be ${type === 'organisation' ? 'organisations' : 'people'} of the directory, not in the trash.`,
          );
        const merged =
          type === 'organisation'
            ? await repo.mergeOrganisations(keptId, removedId, now)
            : await repo.mergePeople(keptId, removedId, now);
        const page = type === 'organisation' ? paths.organisation : paths.person;
        await recordPageMoves(
          trx,
          now,
          deps.locales.map((l) => [page(l, removed.slug), page(l, kept.slug)]),
        );
        const nameOf = (e: typeof kept) =>
          'name' in e ? e.name : `${e.given_name} ${e.family_name}`;
        await deps.auditIn(trx).record({
          actorId: who.actor.id,
          action: `${type}.merge`,
          entityType: type,
          entityId: keptId,
          ip: who.client?.ip ?? null,
          userAgent: who.client?.userAgent ?? null,
          detail: { removed: removedId, removedName: nameOf(removed), ...merged.counts },
        });
        return {
          counts: merged.counts,
          keptName: nameOf(kept),
          removedName: nameOf(removed),
          articles: merged.articleIds,
        };
      });
      await deps.onMerged?.({ type, kept: keptId, removed: removedId, articles: result.articles });
      return { counts: result.counts, keptName: result.keptName, removedName: result.removedName };
    },
  };
}

export type EntityMergeService = ReturnType<typeof entityMergeService>;
