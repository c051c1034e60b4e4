// What every article admin route shares: the id in the path, the form body, the flash messages,
// the audit details of a save, and AppErrors shown in the admin shell.
import type { Context } from 'hono';
import { AppError, isAppError } from '../errors.js';
import { locales } from '../i18n/locales.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { adminContext } from '../kernel/admin-context.js';
import type { AppEnv } from '../kernel/auth.js';
import type { SectorService } from '../sectors/sector.service.js';
import { AdminMessagePage } from '../views/admin-layout.js';
import type { ArticleForm } from './article-editor.form.js';
import type { ArticleEditorService } from './article-editor.service.js';
import type { MentionReviewService } from './mention-review.service.js';

/** What the article editor pages read. */
export interface ArticleEditorSite {
  articleEditor: ArticleEditorService;
  mentionReview: MentionReviewService;
  sectors: SectorService;
}

export const codes = locales.map((l) => l.code);
export const idPattern = /^[0-9a-f-]{36}$/;
type Body = Record<string, string | File | (string | File)[]>;

export const flashes = {
  saved: 'editor.saved',
  created: 'editor.created',
  restored: 'editor.revisions.restored',
  trashed: 'editor.trashed',
  untrashed: 'editor.restoredFromTrash',
  mention: 'editor.mentions.decided',
  entity: 'editor.mentions.created',
} as const satisfies Record<string, MessageKey>;

export function articleId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!idPattern.test(id)) throw new AppError('not_found', 'This article does not exist.');
  return id;
}

export async function body(c: Context): Promise<Body> {
  return c.req.parseBody({ all: true });
}

/** AppErrors of the newsroom shown in the admin shell rather than the public error page. */
export function adminError(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  if (!isAppError(error)) throw error;
  if (error.code === 'forbidden' && c.var.forbiddenPage) return c.var.forbiddenPage(c);
  const ctx = adminContext(c);
  return c.html(
    <AdminMessagePage ctx={ctx} title={String(error.status)} text={error.message} />,
    error.status as 400,
  );
}

/** The audit details of a save: each translation's status. */
export function statusesOf(form: ArticleForm): Record<string, unknown> {
  return {
    statuses: Object.fromEntries(Object.entries(form.translations).map(([l, t]) => [l, t.status])),
  };
}
