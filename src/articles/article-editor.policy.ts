// What the permission matrix (src/users/permissions.ts) means for one article: contributors
// write drafts and submit them for review, authors publish their own articles, editors and
// admins any article; moving to the trash is editorial, emptying it is for admins.
import type { Actor } from '../kernel/actor.js';
import { can } from '../kernel/permissions.js';
import type { TranslationStatus } from '../db/tables/article.table.js';

const draftStatuses: readonly TranslationStatus[] = ['draft', 'in_review'];

const owner = (actor: Actor, createdBy: string | null) => ({
  ownerId: createdBy,
  userId: actor.id ?? '',
});

export function canEditArticle(actor: Actor, createdBy: string | null): boolean {
  return can(actor.role, 'article.edit.own', owner(actor, createdBy));
}

/** Editors and admins see every article in the list; others only their own. */
export function seesAllArticles(actor: Actor): boolean {
  return can(actor.role, 'article.edit.any');
}

/**
 * Whether `actor` may move a translation from `from` (null: new) to `to`. Between draft and
 * in review it is writing; anything touching scheduled, published or archived is publishing.
 */
export function canSetStatus(
  actor: Actor,
  createdBy: string | null,
  from: TranslationStatus | null,
  to: TranslationStatus,
): boolean {
  if (!canEditArticle(actor, createdBy)) return false;
  const writing = draftStatuses.includes(to) && (from === null || draftStatuses.includes(from));
  if (writing) return can(actor.role, 'article.submit') || to === from;
  return can(actor.role, 'article.publish.own', owner(actor, createdBy));
}

export const canTrashArticle = (actor: Actor) => can(actor.role, 'article.delete');
export const canReviewMentions = (actor: Actor) => can(actor.role, 'mention.review');

/** The statuses offered in the form's select for this actor and current status. */
export function statusChoices(
  actor: Actor,
  createdBy: string | null,
  from: TranslationStatus | null,
): TranslationStatus[] {
  const all: TranslationStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];
  return all.filter((to) => to === from || canSetStatus(actor, createdBy, from, to));
}
