// The newsroom's article routes, mounted in an order that keeps static paths (/trash, /new,
// /preview) ahead of the /:id routes that would also match them: the list and trash, the form
// (create, edit, save, autosave, preview), revisions, and mention review.
import type { Hono } from 'hono';
import type { AppEnv } from '../kernel/auth.js';
import type { ArticleEditorSite } from './article-admin.request.js';
import { registerArticleForm } from './article-form.admin.js';
import { registerArticleList } from './article-list.admin.js';
import { registerArticleRevisions } from './article-revisions.admin.js';
import { registerMentionReview } from './mention-review.admin.js';

export type { ArticleEditorSite };

export function registerArticleEditor(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  registerArticleList(admin, site);
  registerArticleForm(admin, site);
  registerArticleRevisions(admin, site);
  registerMentionReview(admin, site);
}
