// Writes one imported article translation inside the importer's transaction, through the
// newsroom's own repositories: the article row (created, or updated at its current version),
// the translation, the sectors (added to those it has), a revision « imported », and nothing at
// all when the stored article already says the same (so a second import changes nothing).
import type { Db } from '../db/database.js';
import { cutExcerpt, markdownToPlainText } from '../lib/excerpt.js';
import { renderMarkdown } from '../lib/markdown.js';
// An import item is written inside the importer's own transaction, which the kernel's versioned
// save (it opens its own) cannot join: its version bump and revision go through its repositories.
// eslint-disable-next-line no-restricted-imports -- see above; to move into the kernel's API
import { revisionRepository } from '../kernel/revision.repository.js';
// eslint-disable-next-line no-restricted-imports -- see above
import { versionedSaveRepository } from '../kernel/versioned-save.repository.js';
import { articleEditorRepository } from './article-editor.repository.js';
import { formOf } from './article-editor.form.js';
import { revisionEntity } from './article-editor.service.js';
import { articleImportRepository } from './article-import.repository.js';
import type { TranslationStatus } from '../db/tables/article.table.js';

export interface ImportedArticle {
  publishedAt: string | null;
  heroMediaId: string | null;
  heroCredit: string | null;
  sectorIds: string[];
  /** When the article is in the trash (a post in WordPress's trash), else null. */
  deletedAt: string | null;
  /** The source's creation and last modification instants, kept as the article's own. */
  createdAt: string | null;
  modifiedAt: string | null;
}

export interface ImportedTranslation {
  locale: string;
  status: TranslationStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  slug: string;
  title: string;
  kicker: string;
  creditLine: string;
  bodyMd: string;
  /** A manual excerpt, or '' to derive one from the body. */
  excerpt: string;
  keywords: string;
  heroCaption: string;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** Writes `translation` of the article `articleId` (or a new one); says what happened. */
export async function writeImportedArticle(
  trx: Db,
  articleId: string | undefined,
  article: ImportedArticle,
  translation: ImportedTranslation,
  now: string,
): Promise<{ id: string; translationId: string; outcome: ImportOutcome }> {
  const repo = articleEditorRepository(trx);
  const extra = articleImportRepository(trx);
  const current = articleId ? await repo.findArticle(articleId) : undefined;
  const manual = translation.excerpt.trim();
  const values = {
    status: translation.status,
    published_at: translation.publishedAt,
    scheduled_at: translation.scheduledAt,
    slug: translation.slug,
    title: translation.title,
    kicker: translation.kicker,
    credit_line: translation.creditLine,
    body_md: translation.bodyMd,
    body_html: renderMarkdown(translation.bodyMd),
    excerpt: manual || cutExcerpt(markdownToPlainText(translation.bodyMd)),
    excerpt_is_manual: manual ? 1 : 0,
    seo_description: '',
    hero_caption: translation.heroCaption,
  };
  const articleValues = {
    kind: 'news' as const,
    published_at: article.publishedAt,
    // A translation without a featured image keeps the one its group already has.
    hero_media_id: article.heroMediaId ?? current?.hero_media_id ?? null,
    hero_credit: article.heroCredit,
    event_id: null,
    project_id: null,
  };
  let id: string;
  let version: number;
  let outcome: ImportOutcome;
  if (!current) {
    id = await repo.insertArticle({ ...articleValues, created_by: null }, now);
    version = 1;
    outcome = 'created';
  } else {
    id = current.id;
    const stored = (await extra.listTranslations(id)).find((t) => t.locale === translation.locale);
    const sectors = await repo.listSectorIds(id);
    const same =
      stored !== undefined &&
      (Object.keys(values) as (keyof typeof values)[]).every(
        (k) =>
          k === 'body_html' ||
          k === 'excerpt_is_manual' ||
          k === 'seo_description' ||
          k === 'hero_caption' ||
          stored[k as keyof typeof stored] === values[k],
      ) &&
      stored.keywords === translation.keywords &&
      current.hero_media_id === articleValues.hero_media_id &&
      (current.deleted_at !== null) === (article.deletedAt !== null) &&
      article.sectorIds.every((s) => sectors.includes(s));
    if (same) return { id, translationId: stored.id, outcome: 'unchanged' };
    // The earliest publication of the group is the article's.
    const publishedAt =
      [current.published_at, article.publishedAt].filter(Boolean).sort()[0] ?? null;
    await versionedSaveRepository(trx).updateVersion('article', id, current.version, now);
    await repo.updateArticle(id, { ...articleValues, published_at: publishedAt });
    version = current.version + 1;
    // A new translation of an existing article (the second post of a translation group) is new.
    outcome = stored ? 'updated' : 'created';
  }
  const translationId = await repo.upsertTranslation(id, translation.locale, values, now);
  await extra.setKeywords(translationId, translation.keywords);
  await extra.setDeletedAt(id, article.deletedAt);
  if (article.createdAt && article.modifiedAt) {
    // The group's first creation and last modification (ISO instants sort as text).
    const created = [current?.created_at, article.createdAt].filter(Boolean).sort()[0]!;
    const updated = [current?.updated_at, article.modifiedAt].filter(Boolean).sort().pop()!;
    await extra.setDates(id, created, updated);
  }
  const sectorIds = [...new Set([...(await repo.listSectorIds(id)), ...article.sectorIds])];
  await repo.replaceSectors(id, sectorIds);
  const stored = await repo.findArticle(id);
  await revisionRepository(trx).insertRevision(
    {
      entity_type: revisionEntity,
      entity_id: id,
      entity_version: version,
      snapshot: formOf(stored!, await repo.listTranslations(id), sectorIds),
      author_id: null,
      reason: 'imported',
    },
    now,
  );
  return { id, translationId, outcome };
}

/** `slug`, or `slug-2`, `slug-3`… : the first not used by another article in `locale`. */
export async function freeArticleSlug(
  trx: Db,
  locale: string,
  slug: string,
  articleId: string | undefined,
): Promise<string> {
  const repo = articleEditorRepository(trx);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug.slice(0, 90)}-${n}`;
    if (!(await repo.isSlugTaken(locale, candidate, articleId ?? null))) return candidate;
  }
}
