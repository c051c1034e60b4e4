// A directory kind's trash: moving an entry there and back, and emptying it (admins only).
import type { Hono } from 'hono';
import { actorOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { adminError, param } from './directory-admin.request.js';
import { directoryRoutes } from './directory-admin.routes.js';
import type { DirectoryEditorService } from './directory-editor.service.js';
import type { DirectoryPath } from './directory-kind.js';

export function registerDirectoryTrash(
  admin: Hono<AppEnv>,
  path: DirectoryPath,
  service: DirectoryEditorService,
): void {
  const r = directoryRoutes[path];
  const { kind } = service;
  const base = `/admin/${path}`;

  mountAdminRoute(admin, r.emptyTrash, async (c) => {
    try {
      const count = await service.emptyTrash(actorOf(c));
      await recordAudit(c, `${kind.type}.trash.empty`, null, { count });
      return c.redirect(`${base}?trash=1&done=emptied`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.toTrash, async (c) => {
    try {
      const id = param(c, 'id');
      await service.trashEntry(actorOf(c), id);
      await recordAudit(c, `${kind.type}.trash`, { type: kind.type, id });
      return c.redirect(`${base}?done=trashed`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.restore, async (c) => {
    try {
      const id = param(c, 'id');
      await service.restoreEntry(actorOf(c), id);
      await recordAudit(c, `${kind.type}.untrash`, { type: kind.type, id });
      return c.redirect(`${base}/${id}?done=untrashed`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });
}
