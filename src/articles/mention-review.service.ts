// Mention review in the editor: the mentions and suggestions of each translation of an article,
// confirmed or rejected one by one, and a suggestion turned into a new organisation or person
// (with their affiliation) in one action, then detected and confirmed as a mention of it.
import { AppError } from '../errors.js';
import { locales } from '../i18n/locales.js';
import { slugify } from '../lib/slug.js';
import type { LinkingService } from '../linking/linking.service.js';
import type { MentionView } from '../linking/mention.presenter.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { PersonService } from '../people/person.service.js';
import type { ArticleEditorService } from './article-editor.service.js';
import type { Actor } from '../kernel/actor.js';

export interface MentionReviewDeps {
  editor: ArticleEditorService;
  linking: LinkingService;
  organisations: Pick<OrganisationService, 'insertOrganisation'>;
  people: Pick<PersonService, 'insertPerson'>;
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

/** Tries `slug`, then `slug-2`, `slug-3`… while the insert reports a duplicate. */
async function withFreeSlug(base: string, insert: (slug: string) => Promise<string>) {
  const root = base || 'entity';
  for (let n = 1; n <= 20; n++) {
    try {
      return await insert(n === 1 ? root : `${root}-${n}`);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'duplicate')) throw error;
    }
  }
  throw new AppError('duplicate', 'No free address for this entity; create it in the directory.');
}

export function mentionReviewService(deps: MentionReviewDeps) {
  const nowIso = () => deps.now().toISOString();

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
     * Creates what a suggestion names (organisation, or person with their affiliation), runs
     * detection again so the suggestion becomes a mention of the new entity, and confirms it.
     */
    async createFromSuggestion(
      actor: Actor,
      articleId: string,
      mentionId: string,
      input: SuggestionInput,
    ): Promise<{ entityType: 'organisation' | 'person'; entityId: string }> {
      const { mention, locale, translationId } = await mentionOf(actor, articleId, mentionId);
      if (mention.entityId !== null || !mention.suggestion)
        throw new AppError('bad_request', 'This mention is not a suggestion.');
      const now = nowIso();
      const createOrganisation = (name: string, acronym: string, kind: OrganisationKind) =>
        withFreeSlug(slugify(acronym || name), (slug) =>
          deps.organisations.insertOrganisation(
            {
              slug,
              name: name.trim(),
              acronym: acronym.trim() || null,
              kind,
              country: null,
              city: null,
              website: null,
              is_member: false,
              parent_id: null,
              translations: {},
              aliases: [],
              sector_ids: [],
            },
            now,
          ),
        );

      let entityType: 'organisation' | 'person';
      let entityId: string;
      if (input.kind === 'organisation') {
        entityType = 'organisation';
        entityId = await createOrganisation(input.name, input.acronym, input.organisationKind);
        await deps.onEntityCreated?.('organisation', entityId, actor.id);
      } else {
        entityType = 'person';
        let organisationId = input.organisationId;
        if (!organisationId && input.organisationName.trim()) {
          organisationId = await createOrganisation(
            input.organisationName,
            '',
            input.organisationKind,
          );
          await deps.onEntityCreated?.('organisation', organisationId, actor.id);
        }
        entityId = await withFreeSlug(slugify(`${input.givenName} ${input.familyName}`), (slug) =>
          deps.people.insertPerson(
            {
              slug,
              given_name: input.givenName.trim(),
              family_name: input.familyName.trim(),
              honorific: null,
              translations: {},
              affiliations: organisationId
                ? [
                    {
                      organisation_id: organisationId,
                      starts_on: null,
                      ends_on: null,
                      roles: input.role.trim() ? { [locale]: input.role.trim() } : {},
                    },
                  ]
                : [],
            },
            now,
          ),
        );
        await deps.onEntityCreated?.('person', entityId, actor.id);
      }
      // The new entity has a public page now, whatever detection finds below.
      await deps.onChanged?.(articleId);
      const mentions = await deps.linking.detectMentions(translationId);
      const created = mentions.find((m) => m.entityType === entityType && m.entityId === entityId);
      // The editor may have changed the name so that the text no longer names it: the entity
      // exists all the same, and the suggestion stays for them to reject.
      if (created) await deps.linking.confirmMention(created.id);
      await deps.onChanged?.(articleId);
      return { entityType, entityId };
    },
  };
}

export type MentionReviewService = ReturnType<typeof mentionReviewService>;
