// The newsroom's rules for articles over the kernel's versioned save: create and save at a
// version (the checks and rows are article-save.ts), publishing rights, autosave, revisions,
// trash, the admin list and the scheduled queue; mentions are detected after each save.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { type Actor } from '../kernel/actor.js';
import { versionedSave, type RevisionDiff, type RevisionItem } from '../kernel/versioned-save.js';
import { renderMarkdown } from '../lib/markdown.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import type { LinkingService } from '../linking/linking.service.js';
import {
  articleFieldOrder,
  flattenForm,
  formOf,
  parseSnapshot,
  translationFieldOrder,
  type ArticleForm,
  type TranslationForm,
} from './article-editor.form.js';
import { canEditArticle, canTrashArticle, seesAllArticles } from './article-editor.policy.js';
import { articleEditorRepository } from './article-editor.repository.js';
import {
  articleListRepository,
  type AdminListFilter,
  type AdminListRow,
  type AdminListTranslation,
} from './article-list.repository.js';
import { articleOptionsRepository } from './article-options.repository.js';
import { prepareArticle, writeArticle, type StoredArticle } from './article-save.js';
import { publishDueArticles } from './article-schedule.js';

export const revisionEntity = 'article';
export const adminPageSize = 25;

/**
 * What changed, for the search index, caches and webhooks: 'published' when a save or the
 * schedule made a translation public, 'unpublished' when a save took one back (draft, archived,
 * removed), 'saved' for any other save.
 */
export type ArticleChange =
  'saved' | 'published' | 'unpublished' | 'trashed' | 'restored' | 'destroyed';
export type ArticleChangeHook = (articleId: string, change: ArticleChange) => Promise<void>;

export interface ArticleEditorDeps {
  db: Db;
  linking: LinkingService;
  locales: readonly string[];
  now: () => Date;
  /** Called after each committed change; errors are the hook's own business (logged by it). */
  onArticleChanged?: ArticleChangeHook;
}

export interface EditableArticle extends StoredArticle {
  version: number;
  deletedAt: string | null;
  updatedAt: string;
}

export interface AdminArticleItem extends AdminListRow {
  translations: AdminListTranslation[];
}

export function articleEditorService(deps: ArticleEditorDeps) {
  const { db, locales } = deps;
  const nowIso = () => deps.now().toISOString();
  const changed = async (id: string, change: ArticleChange) => {
    if (deps.onArticleChanged) await deps.onArticleChanged(id, change);
  };
  const fieldOrder = [
    ...articleFieldOrder,
    ...locales.flatMap((l) => translationFieldOrder.map((f) => `${l}.${f}`)),
  ];

  async function read(id: string, on: Db): Promise<EditableArticle | undefined> {
    const repo = articleEditorRepository(on);
    const article = await repo.findArticle(id);
    if (!article) return undefined;
    const [translations, sectorIds] = await Promise.all([
      repo.listTranslations(id),
      repo.listSectorIds(id),
    ]);
    return {
      id,
      version: article.version,
      createdBy: article.created_by,
      deletedAt: article.deleted_at,
      publishedAt: article.published_at,
      updatedAt: article.updated_at,
      form: formOf(article, translations, sectorIds),
      translations: Object.fromEntries(
        translations.map((t) => [t.locale, { id: t.id, publishedAt: t.published_at }]),
      ),
    };
  }

  const history = versionedSave<ArticleForm>(
    {
      table: 'article',
      entity: revisionEntity,
      what: 'article',
      load: async (on, id) => (await read(id, on))?.form,
      parse: parseSnapshot,
      flatten: (form) => flattenForm(form, locales),
      fieldOrder: () => fieldOrder,
    },
    deps,
  );

  async function load(id: string): Promise<EditableArticle> {
    const article = await read(id, db);
    if (!article) throw new AppError('not_found', 'This article does not exist.');
    return article;
  }

  async function editable(actor: Actor, id: string): Promise<EditableArticle> {
    const article = await load(id);
    if (!canEditArticle(actor, article.createdBy))
      throw new AppError('forbidden', 'You may not edit this article.');
    return article;
  }

  async function afterSave(id: string, form: ArticleForm, before: EditableArticle | undefined) {
    const article = await load(id);
    for (const { id: translationId } of Object.values(article.translations))
      await deps.linking.detectMentions(translationId);
    const published = Object.entries(form.translations).some(
      ([l, t]) => t.status === 'published' && before?.form.translations[l]?.status !== 'published',
    );
    const unpublished = Object.entries(before?.form.translations ?? {}).some(
      ([l, t]) => t.status === 'published' && form.translations[l]?.status !== 'published',
    );
    await changed(id, published ? 'published' : unpublished ? 'unpublished' : 'saved');
  }

  async function setTrashed(actor: Actor, id: string, trashed: boolean): Promise<void> {
    if (!canTrashArticle(actor))
      throw new AppError('forbidden', `You may not ${trashed ? 'delete' : 'restore'} articles.`);
    if (await history.setTrashed(actor, id, trashed))
      await changed(id, trashed ? 'trashed' : 'restored');
  }

  return {
    getArticle: editable,

    /** Creates an article from the form; its first revision says « created ». */
    async createArticle(actor: Actor, form: ArticleForm): Promise<{ id: string; version: number }> {
      const created = await history.create(actor, {
        prepare: () => prepareArticle(db, locales, actor, form, undefined),
        insert: (trx, clean, now) => writeArticle(trx, locales, actor, clean, undefined, now),
      });
      await afterSave(created.id, created.form, undefined);
      return { id: created.id, version: created.version };
    },

    /**
     * Saves the form over the article if nobody saved since `expectedVersion`; otherwise throws
     * ConflictError with their version and writes nothing.
     */
    async saveArticle(
      actor: Actor,
      id: string,
      expectedVersion: number,
      form: ArticleForm,
      reason = 'saved',
    ): Promise<{ id: string; version: number }> {
      const current = await editable(actor, id);
      if (current.deletedAt) throw new AppError('not_found', 'This article is in the trash.');
      const saved = await history.save(
        actor,
        current,
        expectedVersion,
        {
          prepare: () => prepareArticle(db, locales, actor, form, current),
          write: async (trx, clean, now) => {
            await writeArticle(trx, locales, actor, clean, current, now);
          },
        },
        reason,
      );
      await afterSave(id, saved.form, current);
      return { id, version: saved.version };
    },

    /**
     * Keeps the form as the author's autosave revision (replacing their previous one) without
     * touching the article; a stale version is a conflict, so the author learns it early.
     */
    async autosave(actor: Actor, id: string, expectedVersion: number, form: ArticleForm) {
      return history.autosave(actor, await editable(actor, id), expectedVersion, form);
    },

    /** The actor's autosave newer than the article's last save, if any. */
    async findAutosave(actor: Actor, id: string) {
      const article = await load(id);
      return history.findAutosave(actor, id, article.version);
    },

    async listRevisions(actor: Actor, id: string): Promise<RevisionItem[]> {
      await editable(actor, id);
      return history.listRevisions(id);
    },

    async getRevision(actor: Actor, id: string, revisionId: string) {
      await editable(actor, id);
      return history.getRevision(id, revisionId);
    },

    /** A line diff of every field between two revisions (`from` older, `to` newer). */
    async diffRevisions(
      actor: Actor,
      id: string,
      fromId: string,
      toId: string,
    ): Promise<RevisionDiff> {
      await editable(actor, id);
      return history.diffRevisions(id, fromId, toId);
    },

    /**
     * Brings back the content of a revision as a new save (history is never rewritten). The
     * translations keep their current status: a restore changes words, not publication.
     */
    async restoreRevision(actor: Actor, id: string, revisionId: string, expectedVersion: number) {
      const current = await editable(actor, id);
      const { form: old, reason } = await history.restoring(id, revisionId);
      const translations: Record<string, TranslationForm> = {};
      for (const [locale, t] of Object.entries(old.translations)) {
        const now = current.form.translations[locale];
        translations[locale] = now
          ? { ...t, status: now.status, scheduledAt: now.scheduledAt }
          : { ...t, status: 'draft', scheduledAt: null };
      }
      return this.saveArticle(actor, id, expectedVersion, { ...old, translations }, reason);
    },

    /** One page of the newsroom list; contributors and authors see their own articles. */
    async listArticles(
      actor: Actor,
      filter: Omit<AdminListFilter, 'createdBy'>,
      page: number,
    ): Promise<{ items: AdminArticleItem[]; page: PageInfo }> {
      const repo = articleListRepository(db);
      const scoped: AdminListFilter = seesAllArticles(actor)
        ? filter
        : { ...filter, createdBy: actor.id ?? '' };
      const { rows, total } = await repo.listArticles(
        scoped,
        adminPageSize,
        (page - 1) * adminPageSize,
      );
      const info = pageInfo(page, adminPageSize, total);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      const translations = await repo.listTranslationsOf(rows.map((r) => r.id));
      // Languages in the site's order (French first), not the database's alphabetical one.
      const rank = (code: string) =>
        locales.includes(code) ? locales.indexOf(code) : locales.length;
      return {
        items: rows.map((r) => ({
          ...r,
          translations: translations
            .filter((t) => t.article_id === r.id)
            .sort((a, b) => rank(a.locale) - rank(b.locale)),
        })),
        page: info,
      };
    },

    async trashArticle(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, true);
    },

    async restoreFromTrash(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, false);
    },

    /** Destroys every article in the trash, with its revisions; admins only. */
    async emptyTrash(actor: Actor): Promise<number> {
      const ids = await history.emptyTrash(actor);
      for (const id of ids) await changed(id, 'destroyed');
      return ids.length;
    },

    /** Publishes what is due on `on` (a connection holding the scheduler's lock); returns ids. */
    async publishDue(on: Db = db): Promise<string[]> {
      const published = await publishDueArticles(on, history, nowIso());
      for (const id of published) await changed(id, 'published');
      return published;
    },

    /** Options of the form's selects. */
    async formOptions(locale: string) {
      const repo = articleOptionsRepository(db);
      const [media, events, projects] = await Promise.all([
        repo.listMediaOptions(),
        repo.listEventOptions(locale),
        repo.listProjectOptions(),
      ]);
      return { media, events, projects };
    },

    /** Sanitised HTML of Markdown, as the public page would show it. */
    preview: (markdown: string) => renderMarkdown(markdown),
  };
}

export type ArticleEditorService = ReturnType<typeof articleEditorService>;
