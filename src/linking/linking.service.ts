// Entity linking for articles: detect the entities a translation mentions, store them as
// mentions an editor confirms or rejects, keep those decisions when the text changes, and list
// the confirmed entities for the article page's « In this article » panel.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { defaultLocale as siteDefaultLocale } from '../i18n/locales.js';
import { nameKey } from '../lib/name-key.js';
import { countryName } from './countries.js';
import { detectEntities, translationText } from './detect.js';
import type { KnownEntities } from './known-entities.js';
import { linkingRepository, type LinkingRepository } from './linking.repository.js';
import { buildMatcher, type Matcher } from './matcher.js';
import { toMentionView, type MentionView } from './mention.presenter.js';
import { mentionRepository, type MentionRepository } from './mention.repository.js';
import type { MentionEntityType, MentionState } from '../db/tables/mention.table.js';
import { planMentions, suggestionKeysOf } from './reconcile.js';

export interface LinkingServiceDeps {
  mentions: MentionRepository;
  linking: LinkingRepository;
  defaultLocale: string;
  now: () => Date;
}

/** The entities an article speaks of, as its page lists them, in order of first appearance. */
export interface ArticleEntities {
  organisations: { id: string; slug: string; name: string; acronym: string | null }[];
  people: { id: string; slug: string; name: string }[];
  /** The article's own event first, then events confirmed in the text. */
  events: { id: string; slug: string; title: string }[];
  /** The article's own project first, then projects confirmed in the text. */
  projects: { id: string; slug: string; name: string; acronym: string | null }[];
  countries: { code: string; name: string }[];
}

export type ArticleRef = { articleId: string } | { translationId: string };

export function linkingService(deps: LinkingServiceDeps) {
  const { mentions, linking } = deps;
  const nowIso = () => deps.now().toISOString();

  async function translation(id: string) {
    const found = await mentions.findTranslationText(id);
    if (!found) throw new AppError('not_found', 'This article translation does not exist.');
    return found;
  }

  async function listMentions(articleTranslationId: string): Promise<MentionView[]> {
    await translation(articleTranslationId);
    return (await mentions.listMentions(articleTranslationId)).map(toMentionView);
  }

  async function detectWith(
    known: KnownEntities,
    matchers: Map<string, Matcher>,
    articleTranslationId: string,
    text?: string,
  ): Promise<void> {
    const t = await translation(articleTranslationId);
    let matcher = matchers.get(t.locale);
    if (!matcher) matchers.set(t.locale, (matcher = buildMatcher(known, t.locale)));
    const detection = detectEntities(matcher, text ?? translationText(t.title, t.body_md));
    const createdFromSuggestion = suggestionKeysOf(known);
    await mentions.reconcileMentions(
      articleTranslationId,
      (existing) => planMentions(existing, detection, createdFromSuggestion),
      nowIso(),
    );
  }

  async function decide(id: string, state: MentionState, expectedVersion?: number) {
    const row = await mentions.updateMentionState(id, state, expectedVersion, nowIso());
    if (!row) throw new AppError('not_found', 'This mention does not exist.');
    return toMentionView(row);
  }

  return {
    /**
     * Runs detection on the translation's title and Markdown body (or on `text`, whose offsets
     * are then stored) and reconciles the stored mentions: new ones are suggested, decisions
     * already made are kept (see reconcile.ts). Returns the translation's mentions.
     */
    async detectMentions(articleTranslationId: string, text?: string): Promise<MentionView[]> {
      await detectWith(await linking.loadKnownEntities(), new Map(), articleTranslationId, text);
      return listMentions(articleTranslationId);
    },

    /**
     * Detection over many translations (an import's), the known entities loaded and each
     * language's matcher built once; returns how many mentions they have now.
     */
    async detectMentionsOf(articleTranslationIds: Iterable<string>): Promise<number> {
      const known = await linking.loadKnownEntities();
      const matchers = new Map<string, Matcher>();
      let suggested = 0;
      for (const id of articleTranslationIds) {
        await detectWith(known, matchers, id);
        suggested += (await mentions.listMentions(id)).length;
      }
      return suggested;
    },

    /** Confirms a mention (idempotent); with `expectedVersion`, a stale one is a conflict. */
    confirmMention: (id: string, expectedVersion?: number) =>
      decide(id, 'confirmed', expectedVersion),

    /** Rejects a mention: detection will not suggest it again while the text keeps it. */
    rejectMention: (id: string, expectedVersion?: number) =>
      decide(id, 'rejected', expectedVersion),

    listMentions,

    /**
     * The live organisation whose name, acronym, alias or former name, or the live person whose
     * full name, has the same key as `name` (see nameKey): what a suggestion of that name is.
     */
    async findEntityNamed(
      kind: 'organisation' | 'person',
      name: string,
    ): Promise<string | undefined> {
      const key = nameKey(name);
      if (!key) return undefined;
      const known = await linking.loadKnownEntities();
      const names =
        kind === 'organisation'
          ? known.organisations.map((o) => ({
              id: o.id,
              names: [o.name, o.acronym ?? '', ...o.aliases.map((a) => a.alias)],
            }))
          : known.people.map((p) => ({ id: p.id, names: [`${p.givenName} ${p.familyName}`] }));
      return names.find((e) => e.names.some((n) => nameKey(n) === key))?.id;
    },

    /**
     * Confirmed entities of one translation, or of every translation of an article (those in
     * `locale` first), plus the article's event and project; names in `locale`.
     */
    async listConfirmedEntities(ref: ArticleRef, locale: string): Promise<ArticleEntities> {
      let articleId: string;
      let translationIds: string[];
      if ('translationId' in ref) {
        const t = await translation(ref.translationId);
        articleId = t.article_id;
        translationIds = [t.id];
      } else {
        articleId = ref.articleId;
        translationIds = await mentions.listTranslationIdsOfArticle(articleId, locale);
      }
      const links = await linking.findArticleLinks(articleId);
      if (!links) throw new AppError('not_found', 'This article does not exist.');

      const ids: Record<MentionEntityType, string[]> = {
        organisation: [],
        person: [],
        event: links.event_id ? [links.event_id] : [],
        project: links.project_id ? [links.project_id] : [],
        country: [],
      };
      for (const r of await mentions.listConfirmedRefs(translationIds))
        if (!ids[r.entity_type].includes(r.entity_id)) ids[r.entity_type].push(r.entity_id);
      const cards = await linking.listEntityCards(ids, locale, deps.defaultLocale);
      const inOrder = <T extends { id: string }>(order: string[], rows: T[]): T[] =>
        order.flatMap((id) => rows.filter((r) => r.id === id));
      return {
        organisations: inOrder(ids.organisation, cards.organisations),
        people: inOrder(ids.person, cards.people).map((p) => ({
          id: p.id,
          slug: p.slug,
          name: `${p.given_name} ${p.family_name}`,
        })),
        events: inOrder(ids.event, cards.events),
        projects: inOrder(ids.project, cards.projects),
        countries: ids.country.map((code) => ({ code, name: countryName(code, locale) })),
      };
    },
  };
}

export type LinkingService = ReturnType<typeof linkingService>;

/** The service over one database, wired as createServices would wire it. */
export function linkingServiceOver(db: Db, now: () => Date = () => new Date()): LinkingService {
  return linkingService({
    mentions: mentionRepository(db),
    linking: linkingRepository(db),
    defaultLocale: siteDefaultLocale,
    now,
  });
}
