// Mention review in the editor: the mentions and suggestions of each translation of an article,
// confirmed or rejected one by one, and a suggestion turned into an organisation or person (with
// their affiliation) in one action, then detected and confirmed as a mention of it. Creation is
// idempotent: the same name from another row, another language or a simultaneous request gives
// the same entity (see suggestion-entities.ts).
import { AppError } from '../errors.js';
import { locales } from '../i18n/locales.js';
import type { LinkingService } from '../linking/linking.service.js';
import type { MentionView } from '../linking/mention.presenter.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { ArticleEditorService } from './article-editor.service.js';
import type { Actor } from '../kernel/actor.js';
import { suggestionEntities, type SuggestionEntitiesDeps } from './suggestion-entities.js';

export interface MentionReviewDeps {
  editor: ArticleEditorService;
  linking: LinkingService;
  organisations: SuggestionEntitiesDeps['organisations'];
  people: SuggestionEntitiesDeps['people'];
  now: () => Date;
  /**
   * Told after each decision or creation on an article (public pages link confirmed mentions,
   * and search ranks an article by the mentions it leads with).
   */
  onChanged?: (articleId: string) => void | Promise<void>;
  /** Told of each organisation or person created from a suggestion (revision, index, webhooks). */
  onEntityCreated?: (
    type: 'organisation' | 'person',
    id: string,
    actorId: string | null,
  ) => Promise<void>;
}

/** What the editor may adjust before creating the entity a suggestion names. */
export type SuggestionInput =
  | { kind: 'organisation'; name: string; acronym: string; organisationKind: OrganisationKind }
  | {
      kind: 'person';
      givenName: string;
      familyName: string;
      /** Existing organisation, or a name to create one (empty: no affiliation). */
      organisationId: string | null;
      organisationName: string;
      organisationKind: OrganisationKind;
      role: string;
    };

export interface TranslationMentions {
  locale: string;
  translationId: string;
  mentions: MentionView[];
}

export function mentionReviewService(deps: MentionReviewDeps) {
  const nowIso = () => deps.now().toISOString();
  const entities = suggestionEntities(deps);

  async function review(actor: Actor, articleId: string): Promise<TranslationMentions[]> {
    const article = await deps.editor.getArticle(actor, articleId);
    const out: TranslationMentions[] = [];
    // In the site's language order (as the editor's tabs), not the database's alphabetical one.
    const order = locales.map((l) => l.code);
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    const translations = Object.entries(article.translations).sort(([a], [b]) => rank(a) - rank(b));
    for (const [locale, t] of translations)
      out.push({ locale, translationId: t.id, mentions: await deps.linking.listMentions(t.id) });
    return out;
  }

  /** The mention, if it belongs to one of the article's translations. */
  async function mentionOf(actor: Actor, articleId: string, mentionId: string) {
    for (const t of await review(actor, articleId)) {
      const mention = t.mentions.find((m) => m.id === mentionId);
      if (mention) return { mention, locale: t.locale, translationId: t.translationId };
    }
    throw new AppError('not_found', 'This mention does not belong to this article.');
  }

  return {
    listMentions: review,

    async decideMention(
      actor: Actor,
      articleId: string,
      mentionId: string,
      decision: 'confirm' | 'reject',
      expectedVersion?: number,
    ): Promise<MentionView> {
      await mentionOf(actor, articleId, mentionId);
      if (decision === 'reject') {
        const rejected = await deps.linking.rejectMention(mentionId, expectedVersion);
        await deps.onChanged?.(articleId);
        return rejected;
      }
      const confirmed = await deps.linking.confirmMention(mentionId, expectedVersion);
      // The same entity named in the other languages is the same fact: confirming it once
      // confirms its undecided mentions there too (a rejection stays with its language).
      if (confirmed.entityId !== null)
        for (const t of await review(actor, articleId))
          for (const m of t.mentions)
            if (
              m.id !== confirmed.id &&
              m.state === 'suggested' &&
              m.entityType === confirmed.entityType &&
              m.entityId === confirmed.entityId
            )
              await deps.linking.confirmMention(m.id, m.version);
      await deps.onChanged?.(articleId);
      return confirmed;
    },

    /**
     * Creates what a suggestion names (organisation, or person with their affiliation), or finds
     * it when it already exists under that name, runs detection again on every translation so
     * the suggestion becomes a mention of it there too, and confirms it (undecided mentions in
     * the other languages too, as decideMention does). A mention already turned into a mention
     * of an entity of that kind (by an earlier creation from another language) is confirmed and
     * its entity returned: the request is idempotent.
     */
    async createFromSuggestion(
      actor: Actor,
      articleId: string,
      mentionId: string,
      input: SuggestionInput,
    ): Promise<{ entityType: 'organisation' | 'person'; entityId: string; created: boolean }> {
      const { mention, locale, translationId } = await mentionOf(actor, articleId, mentionId);
      if (mention.entityId !== null && mention.entityType === input.kind) {
        if (mention.state !== 'confirmed') await deps.linking.confirmMention(mention.id);
        await deps.onChanged?.(articleId);
        return { entityType: input.kind, entityId: mention.entityId, created: false };
      }
      if (mention.entityId !== null || !mention.suggestion)
        throw new AppError('bad_request', 'This mention is not a suggestion.');
      const now = nowIso();

      let entityType: 'organisation' | 'person';
      let made: { id: string; created: boolean };
      if (input.kind === 'organisation') {
        entityType = 'organisation';
        made = await entities.organisationNamed(
          { name: input.name, acronym: input.acronym, kind: input.organisationKind },
          now,
        );
      } else {
        entityType = 'person';
        let organisationId = input.organisationId;
        if (!organisationId && input.organisationName.trim()) {
          const organisation = await entities.organisationNamed(
            { name: input.organisationName, acronym: '', kind: input.organisationKind },
            now,
          );
          if (organisation.created)
            await deps.onEntityCreated?.('organisation', organisation.id, actor.id);
          organisationId = organisation.id;
        }
        made = await entities.personNamed(
          {
            givenName: input.givenName,
            familyName: input.familyName,
            affiliation: organisationId ? { organisationId, locale, role: input.role } : null,
          },
          now,
        );
      }
      const entityId = made.id;
      if (made.created) await deps.onEntityCreated?.(entityType, entityId, actor.id);
      // The article's entities changed, whatever detection finds below (a new entity is a
      // draft: no page and no link for readers until an editor publishes it).
      await deps.onChanged?.(articleId);
      const sameEntity = (m: MentionView) => m.entityType === entityType && m.entityId === entityId;
      for (const t of await review(actor, articleId)) {
        const found = (await deps.linking.detectMentions(t.translationId)).find(sameEntity);
        // The editor may have changed the name so that the text no longer names it: the entity
        // exists all the same, and the suggestion stays for them to reject. In the other
        // languages, a rejection made there stands.
        if (found && (t.translationId === translationId || found.state === 'suggested'))
          await deps.linking.confirmMention(found.id);
      }
      await deps.onChanged?.(articleId);
      return { entityType, entityId, created: made.created };
    },
  };
}

export type MentionReviewService = ReturnType<typeof mentionReviewService>;
