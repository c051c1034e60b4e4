// The newsroom's article routes, each in the admin registry with the permission it needs (the
// matrix test checks every role against them); finer rules (own articles) are the service's.
import { defineAdminRoutes } from '../kernel/admin-routes.js';

const example = '/admin/articles/00000000-0000-7000-8000-000000000000';
const exampleMention = `${example}/mentions/00000000-0000-7000-8000-000000000001`;

export const articleEditorRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/articles', access: 'article.create' },
  trash: { method: 'GET', path: '/admin/articles/trash', access: 'article.delete' },
  emptyTrash: { method: 'POST', path: '/admin/articles/trash/empty', access: 'trash.empty' },
  newForm: { method: 'GET', path: '/admin/articles/new', access: 'article.create' },
  create: { method: 'POST', path: '/admin/articles', access: 'article.create' },
  preview: { method: 'POST', path: '/admin/articles/preview', access: 'article.create' },
  edit: { method: 'GET', path: '/admin/articles/:id', access: 'article.edit.own', example },
  save: { method: 'POST', path: '/admin/articles/:id', access: 'article.edit.own', example },
  autosave: {
    method: 'POST',
    path: '/admin/articles/:id/autosave',
    access: 'article.edit.own',
    example: `${example}/autosave`,
  },
  toTrash: {
    method: 'POST',
    path: '/admin/articles/:id/trash',
    access: 'article.delete',
    example: `${example}/trash`,
  },
  restore: {
    method: 'POST',
    path: '/admin/articles/:id/restore',
    access: 'article.delete',
    example: `${example}/restore`,
  },
  revisions: {
    method: 'GET',
    path: '/admin/articles/:id/revisions',
    access: 'article.edit.own',
    example: `${example}/revisions`,
  },
  diff: {
    method: 'GET',
    path: '/admin/articles/:id/revisions/diff',
    access: 'article.edit.own',
    example: `${example}/revisions/diff`,
  },
  restoreRevision: {
    method: 'POST',
    path: '/admin/articles/:id/revisions/:rev/restore',
    access: 'article.edit.own',
    example: `${example}/revisions/00000000-0000-7000-8000-000000000002/restore`,
  },
  confirmMention: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/confirm',
    access: 'mention.review',
    example: `${exampleMention}/confirm`,
  },
  rejectMention: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/reject',
    access: 'mention.review',
    example: `${exampleMention}/reject`,
  },
  createFromSuggestion: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/create',
    access: 'mention.review',
    example: `${exampleMention}/create`,
  },
});
