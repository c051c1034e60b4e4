// The editor form's POST body → an ArticleForm, validated once here. Field names: `kind`,
// `sectors` (repeated), `hero_media_id`, `hero_credit`, `event_id`, `project_id`, `version`,
// and per locale `fr.title`, `fr.slug`, `fr.kicker`, `fr.credit_line`, `fr.body`, `fr.excerpt`,
// `fr.seo_description`, `fr.hero_caption`, `fr.status`, `fr.scheduled_at` (Brussels time).
import { z } from 'zod';
import {
  articleKinds,
  translationStatuses,
  type ArticleForm,
  type TranslationForm,
} from './article-editor.form.js';
import { FormError, type FieldErrors } from '../kernel/form-errors.js';
import { zonedToIso } from '../lib/zoned-time.js';

export const editorTimeZone = 'Europe/Brussels';

type Body = Record<string, string | File | (string | File)[]>;

/** Textareas send CRLF; revisions and diffs compare LF text. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(/\r\n?/g, '\n'));
const optionalId = z
  .string()
  .max(64)
  .transform((s) => (s.trim() === '' ? null : s.trim()));

const translationSchema = z.object({
  title: text(300),
  slug: text(200),
  kicker: text(300),
  credit_line: text(300),
  body: text(200_000),
  excerpt: text(1_000),
  seo_description: text(400),
  hero_caption: text(500),
  status: z.enum(translationStatuses as [string, ...string[]]),
  scheduled_at: z.string().max(40),
});

const articleSchema = z.object({
  kind: z.enum(articleKinds as [string, ...string[]]),
  sectors: z.array(z.string().min(1).max(64)).max(50),
  hero_media_id: optionalId,
  hero_credit: text(300),
  event_id: optionalId,
  project_id: optionalId,
});

const versionSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

function one(body: Body, name: string): string {
  const value = body[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

function many(body: Body, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

const fieldName: Record<string, string> = {
  hero_media_id: 'hero',
  hero_credit: 'heroCredit',
  event_id: 'event',
  project_id: 'project',
};

/** The submitted version of the article (what the editor read); 400 when missing or junk. */
export function parseVersion(body: Body): number {
  const parsed = versionSchema.safeParse(one(body, 'version'));
  if (!parsed.success) throw new FormError({}, 'bad_request', 'article');
  return parsed.data;
}

/**
 * Reads the form. What does not validate becomes field errors, and the form comes back as typed
 * (statuses and kinds outside the lists fall back to the defaults) so the page can show it again.
 */
export function readArticleForm(
  body: Body,
  locales: readonly string[],
): { form: ArticleForm; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const raw = {
    kind: one(body, 'kind') || 'news',
    sectors: many(body, 'sectors'),
    hero_media_id: one(body, 'hero_media_id'),
    hero_credit: one(body, 'hero_credit'),
    event_id: one(body, 'event_id'),
    project_id: one(body, 'project_id'),
  };
  const article = articleSchema.safeParse(raw);
  if (!article.success)
    for (const issue of article.error.issues) {
      const key = String(issue.path[0] ?? 'kind');
      errors[fieldName[key] ?? key] = { key: 'editor.error.invalid' };
    }
  const translations: Record<string, TranslationForm> = {};
  for (const locale of locales) {
    const field = (name: string) => one(body, `${locale}.${name}`);
    const input = {
      title: field('title'),
      slug: field('slug'),
      kicker: field('kicker'),
      credit_line: field('credit_line'),
      body: field('body'),
      excerpt: field('excerpt'),
      seo_description: field('seo_description'),
      hero_caption: field('hero_caption'),
      status: field('status') || 'draft',
      scheduled_at: field('scheduled_at'),
    };
    const parsed = translationSchema.safeParse(input);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors[`${locale}.${camel(String(issue.path[0]))}`] = { key: 'editor.error.invalid' };
    const t = parsed.success
      ? parsed.data
      : {
          ...input,
          status: translationStatuses.includes(input.status as never) ? input.status : 'draft',
        };
    let scheduledAt: string | null = null;
    if (t.scheduled_at.trim()) {
      scheduledAt = zonedToIso(t.scheduled_at.trim(), editorTimeZone) ?? null;
      if (!scheduledAt) errors[`${locale}.scheduledAt`] = { key: 'editor.error.invalid' };
    }
    translations[locale] = {
      title: t.title,
      slug: t.slug.trim(),
      kicker: t.kicker,
      creditLine: t.credit_line,
      body: t.body.replace(/\r\n?/g, '\n'),
      excerpt: t.excerpt,
      seoDescription: t.seo_description,
      heroCaption: t.hero_caption,
      status: t.status as TranslationForm['status'],
      scheduledAt,
    };
  }
  const a = article.success
    ? article.data
    : {
        ...raw,
        kind: articleKinds.includes(raw.kind as never) ? raw.kind : 'news',
        hero_media_id: raw.hero_media_id || null,
        event_id: raw.event_id || null,
        project_id: raw.project_id || null,
      };
  return {
    form: {
      kind: a.kind as ArticleForm['kind'],
      sectorIds: [...new Set(a.sectors)],
      heroMediaId: a.hero_media_id,
      heroCredit: a.hero_credit,
      eventId: a.event_id,
      projectId: a.project_id,
      translations,
    },
    errors,
  };
}

function camel(name: string): string {
  return name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}
