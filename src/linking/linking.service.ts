// Entity linking for articles: detect the entities a translation mentions, store them as
// mentions an editor confirms or rejects, keep those decisions when the text changes, and list
// the confirmed entities for the article page's « In this article » panel.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { defaultLocale as siteDefaultLocale } from '../i18n/locales.js';
import { nameKey } from '../lib/name-key.js';
import { countryName } from './countries.js';
import { detectEntities, translationText, type Detection } from './detect.js';
import { linkingRepository, type LinkingRepository } from './linking.repository.js';
import { buildMatcher, type Matcher } from './matcher.js';
import { toMentionView, type MentionView } from './mention.presenter.js';
import {
  mentionRepository,
  type MentionRepository,
  type TranslationText,
} from './mention.repository.js';
import type { MentionEntityType, MentionState } from '../db/tables/mention.table.js';
import { planMentions, suggestionKeysOf } from './reconcile.js';
import { stopListRepository, type StopListRepository } from './stop-list.repository.js';
import { withoutStopped } from './stop-list.js';

export interface LinkingServiceDeps {
  mentions: MentionRepository;
  linking: LinkingRepository;
  /** Names rejected everywhere from the entity inbox: never suggested again. */
  stopList?: Pick<StopListRepository, 'listStopKeys'>;
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

  async function decide(id: string, state: MentionState, expectedVersion?: number) {
    const row = await mentions.updateMentionState(id, state, expectedVersion, nowIso());
    if (!row) throw new AppError('not_found', 'This mention does not exist.');
    return toMentionView(row);
  }

  async function prepareDetector() {
    const known = await linking.loadKnownEntities();
    // Names rejected everywhere in the entity inbox are never suggested again.
    const stopped = (await deps.stopList?.listStopKeys()) ?? new Set<string>();
    const createdFromSuggestion = suggestionKeysOf(known);
    const matchers = new Map<string, Matcher>();
    const matcherFor = (locale: string) => {
      let matcher = matchers.get(locale);
      if (!matcher) matchers.set(locale, (matcher = buildMatcher(known, locale)));
      return matcher;
    };
    /** Reconciles a translation's stored mentions with a detection made of its text. */
    const apply = (t: TranslationText, detection: Detection) =>
      mentions.reconcileMentions(
        t.id,
        (existing) =>
          planMentions(existing, withoutStopped(detection, stopped), createdFromSuggestion),
        nowIso(),
      );
    return {
      /** The directory as loaded, for detection elsewhere (worker threads). */
      known,
      apply,
      /** Detects in one translation and reconciles its stored mentions (see reconcile.ts). */
      detect: (t: TranslationText, text?: string) =>
        apply(t, detectEntities(matcherFor(t.locale), text ?? translationText(t.title, t.body_md))),
    };
  }

  return {
    /**
     * Runs detection on the translation's title and Markdown body (or on `text`, whose offsets
     * are then stored) and reconciles the stored mentions: new ones are suggested, decisions
     * already made are kept (see reconcile.ts). Returns the translation's mentions.
     */
    async detectMentions(articleTranslationId: string, text?: string): Promise<MentionView[]> {
      const detector = await prepareDetector();
      await detector.detect(await translation(articleTranslationId), text);
      return listMentions(articleTranslationId);
    },

    /**
     * A detector over the directory as it is now, for many translations (an import, `detect
     * --all`): the known entities are loaded once and each language's matcher built once, where
     * `detectMentions` loads them per call. Entities created while it runs are not seen by it.
     */
    prepareDetector,

    /**
     * Detection over many translations (an import's) with one detector; returns how many
     * mentions they have now.
     */
    async detectMentionsOf(articleTranslationIds: Iterable<string>): Promise<number> {
      const detector = await prepareDetector();
      let suggested = 0;
      for (const id of articleTranslationIds) {
        await detector.detect(await translation(id));
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
    stopList: stopListRepository(db),
    defaultLocale: siteDefaultLocale,
    now,
  });
}
