// The newsroom's article routes, mounted in an order that keeps static paths (/trash, /new,
// /preview) ahead of the /:id routes that would also match them: the list and trash, the form
// (create, edit, save, autosave, preview), revisions, and mention review.
import { Hono } from 'hono';
import type { AppEnv } from '../kernel/auth.js';
import type { ArticleEditorSite } from './article-admin.request.js';
import { registerArticleForm } from './article-form.admin.js';
import { registerArticleList } from './article-list.admin.js';
import { registerArticleRevisions } from './article-revisions.admin.js';
import { registerMentionReview } from './mention-review.admin.js';

export type { ArticleEditorSite };

/** The article editor's routes, as one sub-app. */
export function articleEditorAdmin(site: ArticleEditorSite): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();
  registerArticleList(admin, site);
  registerArticleForm(admin, site);
  registerArticleRevisions(admin, site);
  registerMentionReview(admin, site);
  return admin;
}
