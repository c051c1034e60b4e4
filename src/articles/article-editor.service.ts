// The newsroom's rules for articles: create and save with a version check, a revision at every
// save, publishing requirements and rights, autosave, restore, trash, and the scheduled queue.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { cutExcerpt, markdownToPlainText } from '../lib/excerpt.js';
import { renderMarkdown } from '../lib/markdown.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import { isSlug, slugify } from '../lib/slug.js';
import type { LinkingService } from '../linking/linking.service.js';
import { diffFields, type FieldDiff } from '../kernel/diff.js';
import { revisionRepository, type RevisionRow } from '../kernel/revision.repository.js';
import {
  articleEditorRepository,
  type AdminListFilter,
  type AdminListTranslation,
  type AdminListRow,
  type EditorArticleRow,
  type TranslationValues,
} from './article-editor.repository.js';
import { ConflictError, FormError, type FieldErrors } from '../kernel/form-errors.js';
import {
  articleFieldOrder,
  flattenForm,
  formOf,
  isBlank,
  parseSnapshot,
  translationFieldOrder,
  type ArticleForm,
  type TranslationForm,
} from './article-editor.form.js';
import {
  canEditArticle,
  canEmptyTrash,
  canSetStatus,
  canTrashArticle,
  seesAllArticles,
} from './article-editor.policy.js';
import { type Actor } from '../kernel/actor.js';
import type { TranslationStatus } from '../db/tables/article.table.js';

export const revisionEntity = 'article';
export const adminPageSize = 25;
/** Scheduled translations published per run of the queue; the next run takes the rest. */
const duePerRun = 50;

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

export interface EditableArticle {
  id: string;
  version: number;
  createdBy: string | null;
  deletedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  form: ArticleForm;
  /** Stored translation ids and publication instants, by locale. */
  translations: Record<string, { id: string; publishedAt: string | null }>;
}

export interface AdminArticleItem extends AdminListRow {
  translations: AdminListTranslation[];
}

export interface RevisionItem {
  id: string;
  version: number;
  authorName: string | null;
  reason: string;
  createdAt: string;
}

export function articleEditorService(deps: ArticleEditorDeps) {
  const { db, locales } = deps;
  const nowIso = () => deps.now().toISOString();
  const changed = async (id: string, change: ArticleChange) => {
    if (deps.onArticleChanged) await deps.onArticleChanged(id, change);
  };

  async function load(id: string, on: Db = db): Promise<EditableArticle> {
    const repo = articleEditorRepository(on);
    const article = await repo.findArticle(id);
    if (!article) throw new AppError('not_found', 'This article does not exist.');
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

  /** Field errors of a form against the current state; empty when it may be saved. */
  async function validate(
    actor: Actor,
    form: ArticleForm,
    current: EditableArticle | undefined,
  ): Promise<{ errors: FieldErrors; duplicate: boolean }> {
    const repo = articleEditorRepository(db);
    const errors: FieldErrors = {};
    let duplicate = false;
    const createdBy = current ? current.createdBy : actor.id;
    let present = 0;
    for (const locale of locales) {
      const t = form.translations[locale];
      const before = current?.form.translations[locale];
      if (!t || isBlank(t)) {
        if (
          before &&
          !canSetStatus(actor, createdBy, before.status, 'draft') &&
          before.status !== 'draft'
        )
          errors[`${locale}.title`] = { key: 'editor.error.cannotRemove' };
        continue;
      }
      present++;
      if (t.title.trim() === '') errors[`${locale}.title`] = { key: 'editor.error.titleRequired' };
      const slug = t.slug.trim() || slugify(t.title);
      if (!isSlug(slug)) errors[`${locale}.slug`] = { key: 'editor.error.slugInvalid' };
      else if (await repo.isSlugTaken(locale, slug, current?.id ?? null)) {
        errors[`${locale}.slug`] = { key: 'editor.error.slugTaken', params: { slug } };
        duplicate = true;
      }
      const from = before?.status ?? null;
      const contentChanged =
        !before ||
        JSON.stringify({ ...before, status: '' }) !== JSON.stringify({ ...t, status: '' });
      if (!canSetStatus(actor, createdBy, from, t.status) && (t.status !== from || contentChanged))
        errors[`${locale}.status`] = { key: 'editor.error.statusForbidden' };
      if (t.status === 'scheduled' && !t.scheduledAt)
        errors[`${locale}.scheduledAt`] = { key: 'editor.error.scheduleRequired' };
      if (t.status === 'scheduled' || (t.status === 'published' && from !== 'published')) {
        if (t.body.trim() === '') errors[`${locale}.body`] = { key: 'editor.error.bodyRequired' };
        if (form.sectorIds.length === 0) errors.sectors = { key: 'editor.error.sectorRequired' };
        if (form.heroMediaId) {
          const media = await repo.findMediaAlt(form.heroMediaId, locale);
          if (media && media.alt.trim() === '')
            errors.hero = { key: 'editor.error.heroAltMissing', params: { locale } };
        }
      }
    }
    if (present === 0) errors[`${locales[0]}.title`] = { key: 'editor.error.titleRequired' };
    return { errors, duplicate };
  }

  function translationValues(
    t: TranslationForm,
    before: EditableArticle['translations'][string] | undefined,
    beforeStatus: TranslationStatus | undefined,
    now: string,
  ): TranslationValues {
    const manual = t.excerpt.trim();
    const publishing = t.status === 'published' && beforeStatus !== 'published';
    return {
      status: t.status,
      published_at: publishing ? (before?.publishedAt ?? now) : (before?.publishedAt ?? null),
      scheduled_at: t.status === 'scheduled' ? t.scheduledAt : null,
      slug: t.slug.trim() || slugify(t.title),
      title: t.title.trim(),
      kicker: t.kicker.trim(),
      credit_line: t.creditLine.trim(),
      body_md: t.body,
      body_html: renderMarkdown(t.body),
      excerpt: manual ? manual : cutExcerpt(markdownToPlainText(t.body)),
      excerpt_is_manual: manual ? 1 : 0,
      seo_description: t.seoDescription.trim(),
      hero_caption: t.heroCaption.trim(),
    };
  }

  /** The form as stored (derived slugs filled in), which is what the revision keeps. */
  function normalise(form: ArticleForm): ArticleForm {
    const translations: Record<string, TranslationForm> = {};
    for (const locale of locales) {
      const t = form.translations[locale];
      if (!t || isBlank(t)) continue;
      translations[locale] = {
        ...t,
        title: t.title.trim(),
        slug: t.slug.trim() || slugify(t.title),
        scheduledAt: t.status === 'scheduled' ? t.scheduledAt : null,
      };
    }
    return { ...form, sectorIds: [...new Set(form.sectorIds)].sort(), translations };
  }

  async function detect(id: string) {
    const article = await load(id);
    for (const { id: translationId } of Object.values(article.translations))
      await deps.linking.detectMentions(translationId);
  }

  async function afterSave(id: string, form: ArticleForm, before: EditableArticle | undefined) {
    await detect(id);
    const published = Object.entries(form.translations).some(
      ([l, t]) => t.status === 'published' && before?.form.translations[l]?.status !== 'published',
    );
    const unpublished = Object.entries(before?.form.translations ?? {}).some(
      ([l, t]) => t.status === 'published' && form.translations[l]?.status !== 'published',
    );
    await changed(id, published ? 'published' : unpublished ? 'unpublished' : 'saved');
  }

  /** Writes `form` over `current` (or a new article) in one transaction; returns id and version. */
  async function write(
    actor: Actor,
    form: ArticleForm,
    current: EditableArticle | undefined,
    expectedVersion: number,
    reason: string,
  ): Promise<{ id: string; version: number }> {
    const { errors, duplicate } = await validate(actor, form, current);
    if (Object.keys(errors).length)
      throw new FormError(errors, duplicate ? 'duplicate' : 'missing_field', 'article');
    const clean = normalise(form);
    const now = nowIso();
    const firstPublication = Object.values(clean.translations)
      .filter((t) => t.status === 'published')
      .map(() => now)[0];
    const firstScheduled = Object.values(clean.translations)
      .filter((t) => t.status === 'scheduled' && t.scheduledAt)
      .map((t) => t.scheduledAt!)
      .sort()[0];
    const articleValues = {
      kind: clean.kind,
      hero_media_id: clean.heroMediaId,
      hero_credit: clean.heroCredit.trim() || null,
      event_id: clean.eventId,
      project_id: clean.projectId,
      published_at: current?.publishedAt ?? firstPublication ?? firstScheduled ?? null,
    };
    const result = await db.transaction().execute(async (trx) => {
      const repo = articleEditorRepository(trx);
      let id: string;
      let version: number;
      if (current) {
        id = current.id;
        if (!(await repo.updateArticle(id, expectedVersion, articleValues, now))) {
          const theirs = await load(id, trx);
          throw new ConflictError(theirs.form, theirs.version, 'article');
        }
        version = expectedVersion + 1;
      } else {
        id = await repo.insertArticle({ ...articleValues, created_by: actor.id }, now);
        version = 1;
      }
      for (const locale of locales) {
        const t = clean.translations[locale];
        if (!t) {
          if (current?.translations[locale]) await repo.deleteTranslation(id, locale);
          continue;
        }
        await repo.upsertTranslation(
          id,
          locale,
          translationValues(
            t,
            current?.translations[locale],
            current?.form.translations[locale]?.status,
            now,
          ),
          now,
        );
      }
      await repo.replaceSectors(id, clean.sectorIds);
      const revisions = revisionRepository(trx);
      await revisions.deleteAutosaves(revisionEntity, id, actor.id);
      await revisions.insertRevision(
        {
          entity_type: revisionEntity,
          entity_id: id,
          entity_version: version,
          snapshot: clean,
          author_id: actor.id,
          reason,
        },
        now,
      );
      return { id, version };
    });
    await afterSave(result.id, clean, current);
    return result;
  }

  async function editable(actor: Actor, id: string): Promise<EditableArticle> {
    const article = await load(id);
    if (!canEditArticle(actor, article.createdBy))
      throw new AppError('forbidden', 'You may not edit this article.');
    return article;
  }

  function toItem(r: RevisionRow): RevisionItem {
    return {
      id: r.id,
      version: r.entity_version,
      authorName: r.author_name,
      reason: r.reason,
      createdAt: r.created_at,
    };
  }

  async function revision(articleId: string, revisionId: string): Promise<RevisionRow> {
    const row = await revisionRepository(db).findRevision(revisionEntity, articleId, revisionId);
    if (!row) throw new AppError('not_found', 'This revision does not exist.');
    return row;
  }

  /** Publishes what is due on `on` (a connection holding the scheduler's lock); returns ids. */
  async function publishDue(on: Db = db): Promise<string[]> {
    const now = nowIso();
    const due = await articleEditorRepository(on).listDueTranslations(now, duePerRun);
    const published = new Set<string>();
    for (const item of due) {
      const ok = await on.transaction().execute(async (trx) => {
        const repo = articleEditorRepository(trx);
        if (!(await repo.publishScheduled(item.id, item.scheduled_at, now))) return false;
        const after = await load(item.article_id, trx);
        await revisionRepository(trx).insertRevision(
          {
            entity_type: revisionEntity,
            entity_id: item.article_id,
            entity_version: after.version,
            snapshot: after.form,
            author_id: null,
            reason: `scheduled publication (${item.locale})`,
          },
          now,
        );
        return true;
      });
      if (ok) published.add(item.article_id);
    }
    for (const id of published) await changed(id, 'published');
    return [...published];
  }

  return {
    getArticle: editable,

    /** Creates an article from the form; its first revision says « created ». */
    async createArticle(actor: Actor, form: ArticleForm): Promise<{ id: string; version: number }> {
      return write(actor, form, undefined, 0, 'created');
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
      if (current.version !== expectedVersion)
        throw new ConflictError(current.form, current.version, 'article');
      return write(actor, form, current, expectedVersion, reason);
    },

    /**
     * Keeps the form as the author's autosave revision (replacing their previous one) without
     * touching the article; a stale version is a conflict, so the author learns it early.
     */
    async autosave(actor: Actor, id: string, expectedVersion: number, form: ArticleForm) {
      const current = await editable(actor, id);
      if (current.version !== expectedVersion)
        throw new ConflictError(current.form, current.version, 'article');
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const revisions = revisionRepository(trx);
        await revisions.deleteAutosaves(revisionEntity, id, actor.id);
        const revisionId = await revisions.insertRevision(
          {
            entity_type: revisionEntity,
            entity_id: id,
            entity_version: expectedVersion,
            snapshot: form,
            author_id: actor.id,
            reason: 'autosave',
          },
          now,
        );
        return { revisionId, savedAt: now };
      });
    },

    /** The actor's autosave newer than the article's last save, if any. */
    async findAutosave(actor: Actor, id: string) {
      const article = await load(id);
      const row = await revisionRepository(db).findLatestAutosave(revisionEntity, id, actor.id);
      if (!row || row.entity_version !== article.version) return undefined;
      return { ...toItem(row), form: parseSnapshot(row.snapshot) };
    },

    async listRevisions(actor: Actor, id: string): Promise<RevisionItem[]> {
      await editable(actor, id);
      return (await revisionRepository(db).listRevisions(revisionEntity, id)).map(toItem);
    },

    async getRevision(actor: Actor, id: string, revisionId: string) {
      await editable(actor, id);
      const row = await revision(id, revisionId);
      return { ...toItem(row), form: parseSnapshot(row.snapshot) };
    },

    /** A line diff of every field between two revisions (`from` older, `to` newer). */
    async diffRevisions(
      actor: Actor,
      id: string,
      fromId: string,
      toId: string,
    ): Promise<{ from: RevisionItem; to: RevisionItem; fields: FieldDiff[] }> {
      await editable(actor, id);
      const [a, b] = await Promise.all([revision(id, fromId), revision(id, toId)]);
      const order = [
        ...articleFieldOrder,
        ...locales.flatMap((l) => translationFieldOrder.map((f) => `${l}.${f}`)),
      ];
      return {
        from: toItem(a),
        to: toItem(b),
        fields: diffFields(
          flattenForm(parseSnapshot(a.snapshot), locales),
          flattenForm(parseSnapshot(b.snapshot), locales),
          order,
        ),
      };
    },

    /**
     * Brings back the content of a revision as a new save (history is never rewritten). The
     * translations keep their current status: a restore changes words, not publication.
     */
    async restoreRevision(actor: Actor, id: string, revisionId: string, expectedVersion: number) {
      const current = await editable(actor, id);
      const row = await revision(id, revisionId);
      const old = parseSnapshot(row.snapshot);
      const translations: Record<string, TranslationForm> = {};
      for (const [locale, t] of Object.entries(old.translations)) {
        const now = current.form.translations[locale];
        translations[locale] = now
          ? { ...t, status: now.status, scheduledAt: now.scheduledAt }
          : { ...t, status: 'draft', scheduledAt: null };
      }
      return this.saveArticle(
        actor,
        id,
        expectedVersion,
        { ...old, translations },
        `restored revision of ${row.created_at}`,
      );
    },

    /** One page of the newsroom list; contributors and authors see their own articles. */
    async listArticles(
      actor: Actor,
      filter: Omit<AdminListFilter, 'createdBy'>,
      page: number,
    ): Promise<{ items: AdminArticleItem[]; page: PageInfo }> {
      const repo = articleEditorRepository(db);
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
      if (!canTrashArticle(actor)) throw new AppError('forbidden', 'You may not delete articles.');
      const article = await load(id);
      if (article.deletedAt) return;
      await setDeleted(actor, article, nowIso(), 'moved to trash');
      await changed(id, 'trashed');
    },

    async restoreFromTrash(actor: Actor, id: string): Promise<void> {
      if (!canTrashArticle(actor)) throw new AppError('forbidden', 'You may not restore articles.');
      const article = await load(id);
      if (!article.deletedAt) return;
      await setDeleted(actor, article, null, 'restored from trash');
      await changed(id, 'restored');
    },

    /** Destroys every article in the trash, with its revisions; admins only. */
    async emptyTrash(actor: Actor): Promise<number> {
      if (!canEmptyTrash(actor))
        throw new AppError('forbidden', 'Only an administrator may empty the trash.');
      const ids = await db.transaction().execute(async (trx) => {
        const repo = articleEditorRepository(trx);
        const trashed = await repo.listTrashedIds();
        await revisionRepository(trx).deleteRevisionsOf(revisionEntity, trashed);
        await repo.deleteArticles(trashed);
        return trashed;
      });
      for (const id of ids) await changed(id, 'destroyed');
      return ids.length;
    },

    publishDue,

    /** Options of the form's selects. */
    async formOptions(locale: string) {
      const repo = articleEditorRepository(db);
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

  async function setDeleted(
    actor: Actor,
    article: EditableArticle,
    deletedAt: string | null,
    reason: string,
  ) {
    const now = nowIso();
    await db.transaction().execute(async (trx) => {
      const repo = articleEditorRepository(trx);
      if (!(await repo.updateArticle(article.id, article.version, { deleted_at: deletedAt }, now)))
        throw new AppError('conflict', 'This article changed meanwhile; nothing was done.');
      await revisionRepository(trx).insertRevision(
        {
          entity_type: revisionEntity,
          entity_id: article.id,
          entity_version: article.version + 1,
          snapshot: article.form,
          author_id: actor.id,
          reason,
        },
        now,
      );
    });
  }
}

export type ArticleEditorService = ReturnType<typeof articleEditorService>;
export type { EditorArticleRow };
