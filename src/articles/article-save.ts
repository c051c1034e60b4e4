// What saving an article checks and writes, between the versioned save's version check and its
// revision: the form's rules (titles, unique slugs, who may set which status, what publishing
// requires), the form as stored (derived slugs filled in), and the article's rows.
import type { Db } from '../db/database.js';
import type { TranslationStatus } from '../db/tables/article.table.js';
import type { Actor } from '../kernel/actor.js';
import { FormError, type FieldErrors } from '../kernel/form-errors.js';
import { cutExcerpt, markdownToPlainText } from '../lib/excerpt.js';
import { renderMarkdown } from '../lib/markdown.js';
import { paths } from '../i18n/paths.js';
import { isSlug, slugify } from '../lib/slug.js';
import { recordPageMoves } from '../redirects/redirect.service.js';
import { articleEditorRepository, type TranslationValues } from './article-editor.repository.js';
import { isBlank, type ArticleForm, type TranslationForm } from './article-editor.form.js';
import { canSetStatus } from './article-editor.policy.js';
import { articleOptionsRepository } from './article-options.repository.js';

/** What a save needs to know of the article as stored (undefined: a new article). */
export interface StoredArticle {
  id: string;
  createdBy: string | null;
  publishedAt: string | null;
  form: ArticleForm;
  /** Stored translation ids and publication instants, by locale. */
  translations: Record<string, { id: string; publishedAt: string | null }>;
}

/** Field errors of a form against the current state; empty when it may be saved. */
async function validate(
  db: Db,
  locales: readonly string[],
  actor: Actor,
  form: ArticleForm,
  current: StoredArticle | undefined,
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
      !before || JSON.stringify({ ...before, status: '' }) !== JSON.stringify({ ...t, status: '' });
    if (!canSetStatus(actor, createdBy, from, t.status) && (t.status !== from || contentChanged))
      errors[`${locale}.status`] = { key: 'editor.error.statusForbidden' };
    if (t.status === 'scheduled' && !t.scheduledAt)
      errors[`${locale}.scheduledAt`] = { key: 'editor.error.scheduleRequired' };
    if (t.status === 'scheduled' || (t.status === 'published' && from !== 'published')) {
      if (t.body.trim() === '') errors[`${locale}.body`] = { key: 'editor.error.bodyRequired' };
      if (form.sectorIds.length === 0) errors.sectors = { key: 'editor.error.sectorRequired' };
      if (form.heroMediaId) {
        const media = await articleOptionsRepository(db).findMediaAlt(form.heroMediaId, locale);
        if (media && media.alt.trim() === '')
          errors.hero = { key: 'editor.error.heroAltMissing', params: { locale } };
      }
    }
  }
  if (present === 0) errors[`${locales[0]}.title`] = { key: 'editor.error.titleRequired' };
  return { errors, duplicate };
}

/** The form as stored (derived slugs filled in), which is what the revision keeps. */
function normalise(form: ArticleForm, locales: readonly string[]): ArticleForm {
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

/** The form checked against the stored article and normalised; FormError when it may not be saved. */
export async function prepareArticle(
  db: Db,
  locales: readonly string[],
  actor: Actor,
  form: ArticleForm,
  current: StoredArticle | undefined,
): Promise<ArticleForm> {
  const { errors, duplicate } = await validate(db, locales, actor, form, current);
  if (Object.keys(errors).length)
    throw new FormError(errors, duplicate ? 'duplicate' : 'missing_field', 'article');
  return normalise(form, locales);
}

function translationValues(
  t: TranslationForm,
  before: StoredArticle['translations'][string] | undefined,
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

/**
 * Writes a normalised form as the article (inserting it when `current` is undefined) inside the
 * save's transaction `trx`: its columns, translations and sectors. Returns the article's id.
 */
export async function writeArticle(
  trx: Db,
  locales: readonly string[],
  actor: Actor,
  clean: ArticleForm,
  current: StoredArticle | undefined,
  now: string,
): Promise<string> {
  const repo = articleEditorRepository(trx);
  const firstPublication = Object.values(clean.translations)
    .filter((t) => t.status === 'published')
    .map(() => now)[0];
  const firstScheduled = Object.values(clean.translations)
    .filter((t) => t.status === 'scheduled' && t.scheduledAt)
    .map((t) => t.scheduledAt!)
    .sort()[0];
  const values = {
    kind: clean.kind,
    hero_media_id: clean.heroMediaId,
    hero_credit: clean.heroCredit.trim() || null,
    event_id: clean.eventId,
    project_id: clean.projectId,
    published_at: current?.publishedAt ?? firstPublication ?? firstScheduled ?? null,
  };
  let id: string;
  if (current) {
    id = current.id;
    await repo.updateArticle(id, values);
  } else id = await repo.insertArticle({ ...values, created_by: actor.id }, now);
  for (const locale of locales) {
    const t = clean.translations[locale];
    if (!t) {
      if (current?.translations[locale]) await repo.deleteTranslation(id, locale);
      continue;
    }
    const before = current?.translations[locale];
    const beforeStatus = current?.form.translations[locale]?.status;
    await repo.upsertTranslation(id, locale, translationValues(t, before, beforeStatus, now), now);
  }
  await repo.replaceSectors(id, clean.sectorIds);
  // A published translation whose slug changed keeps its old address as a 301.
  await recordPageMoves(
    trx,
    now,
    Object.entries(current?.form.translations ?? {})
      .filter(([locale, before]) => before.status === 'published' && clean.translations[locale])
      .map(([locale, before]) => [
        paths.article(locale, before.slug),
        paths.article(locale, clean.translations[locale]!.slug),
      ]),
  );
  return id;
}
