// The article as the editor's form holds it (and as revisions snapshot it), with conversions
// from stored rows and to the flat text fields a revision diff compares.
import type { EditorArticleRow, EditorTranslationRow } from './article-editor.repository.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';

export const articleKinds: readonly ArticleKind[] = [
  'news',
  'interview',
  'event_report',
  'press_release',
];
export const translationStatuses: readonly TranslationStatus[] = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'archived',
];

export interface TranslationForm {
  title: string;
  /** Empty: derived from the title at save. */
  slug: string;
  kicker: string;
  creditLine: string;
  body: string;
  /** Empty: derived from the body at save. */
  excerpt: string;
  seoDescription: string;
  heroCaption: string;
  status: TranslationStatus;
  /** ISO instant; only meaningful with status `scheduled`. */
  scheduledAt: string | null;
}

export interface ArticleForm {
  kind: ArticleKind;
  sectorIds: string[];
  heroMediaId: string | null;
  heroCredit: string;
  eventId: string | null;
  projectId: string | null;
  /** By locale; a locale whose title and body are both empty has no translation. */
  translations: Record<string, TranslationForm>;
}

export function emptyTranslation(): TranslationForm {
  return {
    title: '',
    slug: '',
    kicker: '',
    creditLine: '',
    body: '',
    excerpt: '',
    seoDescription: '',
    heroCaption: '',
    status: 'draft',
    scheduledAt: null,
  };
}

/** True when the form holds nothing for this locale (no translation to create or keep). */
export function isBlank(t: TranslationForm): boolean {
  return t.title.trim() === '' && t.body.trim() === '';
}

export function formOf(
  article: EditorArticleRow,
  translations: EditorTranslationRow[],
  sectorIds: string[],
): ArticleForm {
  return {
    kind: article.kind,
    sectorIds: [...sectorIds].sort(),
    heroMediaId: article.hero_media_id,
    heroCredit: article.hero_credit ?? '',
    eventId: article.event_id,
    projectId: article.project_id,
    translations: Object.fromEntries(
      translations.map((t) => [
        t.locale,
        {
          title: t.title,
          slug: t.slug,
          kicker: t.kicker,
          creditLine: t.credit_line,
          body: t.body_md,
          excerpt: t.excerpt_is_manual ? t.excerpt : '',
          seoDescription: t.seo_description,
          heroCaption: t.hero_caption,
          status: t.status,
          scheduledAt: t.scheduled_at,
        },
      ]),
    ),
  };
}

/** Field labels of the flat view, in the order a diff shows them. */
export const articleFieldOrder = ['kind', 'sectors', 'hero', 'heroCredit', 'event', 'project'];
export const translationFieldOrder: readonly (keyof TranslationForm)[] = [
  'status',
  'scheduledAt',
  'title',
  'slug',
  'kicker',
  'creditLine',
  'body',
  'excerpt',
  'seoDescription',
  'heroCaption',
];

/** One text per field (`fr.title`, `sectors`…), for a line diff between two revisions. */
export function flattenForm(form: ArticleForm, locales: readonly string[]): Record<string, string> {
  const flat: Record<string, string> = {
    kind: form.kind,
    sectors: [...form.sectorIds].sort().join('\n'),
    hero: form.heroMediaId ?? '',
    heroCredit: form.heroCredit,
    event: form.eventId ?? '',
    project: form.projectId ?? '',
  };
  for (const locale of locales) {
    const t = form.translations[locale];
    if (!t) continue;
    for (const field of translationFieldOrder) flat[`${locale}.${field}`] = String(t[field] ?? '');
  }
  return flat;
}

/** Reads a stored snapshot back; old or foreign shapes become an empty form, never a crash. */
export function parseSnapshot(json: string): ArticleForm {
  const fallback: ArticleForm = {
    kind: 'news',
    sectorIds: [],
    heroMediaId: null,
    heroCredit: '',
    eventId: null,
    projectId: null,
    translations: {},
  };
  try {
    const value = JSON.parse(json) as Partial<ArticleForm>;
    const translations: Record<string, TranslationForm> = {};
    for (const [locale, t] of Object.entries(value.translations ?? {}))
      translations[locale] = { ...emptyTranslation(), ...t };
    return { ...fallback, ...value, translations };
  } catch {
    return fallback;
  }
}
