// Who may do what: the permission matrix as data, checked by `can` and requirePermission.
import type { Role } from '../db/tables/user.table.js';

export const roles: readonly Role[] = ['admin', 'editor', 'author', 'contributor'];

export type Action =
  | 'admin.access'
  | 'article.create'
  | 'article.edit.own'
  | 'article.edit.any'
  | 'article.submit'
  | 'article.publish.own'
  | 'article.publish.any'
  | 'article.delete'
  | 'trash.empty'
  | 'mention.review'
  | 'directory.edit'
  | 'media.upload'
  | 'media.edit'
  | 'users.manage'
  | 'audit.read'
  | 'settings.manage'
  | 'import.run'
  | 'export.run';

/** Each role's actions; a role does not inherit another's on purpose: the table is the truth. */
export const permissionMatrix: Record<Role, readonly Action[]> = {
  contributor: [
    'admin.access',
    'article.create',
    'article.edit.own',
    'article.submit',
    'media.upload',
  ],
  author: [
    'admin.access',
    'article.create',
    'article.edit.own',
    'article.submit',
    'article.publish.own',
    'mention.review',
    'media.upload',
  ],
  editor: [
    'admin.access',
    'article.create',
    'article.edit.own',
    'article.edit.any',
    'article.submit',
    'article.publish.own',
    'article.publish.any',
    'article.delete',
    'mention.review',
    'directory.edit',
    'media.upload',
    'media.edit',
  ],
  admin: [
    'admin.access',
    'article.create',
    'article.edit.own',
    'article.edit.any',
    'article.submit',
    'article.publish.own',
    'article.publish.any',
    'article.delete',
    'trash.empty',
    'mention.review',
    'directory.edit',
    'media.upload',
    'media.edit',
    'users.manage',
    'audit.read',
    'settings.manage',
    'import.run',
    'export.run',
  ],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/**
 * Whether `role` may perform `action`. A `.own` action needs the resource's owner to be the
 * user when both are given; the matching `.any` action allows it whoever the owner is.
 */
export function can(
  role: Role,
  action: Action,
  resource: { ownerId?: string | null; userId?: string } = {},
): boolean {
  const granted = permissionMatrix[role];
  if (action.endsWith('.own')) {
    const any = action.replace(/\.own$/, '.any') as Action;
    if (granted.includes(any)) return true;
    if (!granted.includes(action)) return false;
    if (resource.ownerId === undefined || resource.userId === undefined) return true;
    return resource.ownerId === resource.userId;
  }
  return granted.includes(action);
}
