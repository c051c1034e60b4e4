// The routes of every directory kind's editor under /admin/{path}, each in the admin registry
// with the permission it needs (directory.edit; emptying the trash: trash.empty).
import { defineAdminRoutes, type AdminRouteSpec } from '../kernel/admin-routes.js';
import { directoryPaths, type DirectoryPath } from './directory-kind.js';

const exampleId = '00000000-0000-7000-8000-000000000000';
const exampleRevision = '00000000-0000-7000-8000-000000000001';

function routesOf(path: DirectoryPath) {
  const base = `/admin/${path}`;
  const one = `${base}/${exampleId}`;
  const spec = (
    method: 'GET' | 'POST',
    suffix: string,
    example?: string,
    access: AdminRouteSpec['access'] = 'directory.edit',
  ): AdminRouteSpec => ({
    method,
    path: `${base}${suffix}`,
    access,
    ...(example ? { example } : {}),
  });
  return defineAdminRoutes({
    list: spec('GET', ''),
    newForm: spec('GET', '/new'),
    create: spec('POST', ''),
    emptyTrash: spec('POST', '/trash/empty', undefined, 'trash.empty'),
    edit: spec('GET', '/:id', one),
    save: spec('POST', '/:id', one),
    toTrash: spec('POST', '/:id/trash', `${one}/trash`),
    restore: spec('POST', '/:id/restore', `${one}/restore`),
    publish: spec('POST', '/:id/publish', `${one}/publish`),
    revisions: spec('GET', '/:id/revisions', `${one}/revisions`),
    diff: spec('GET', '/:id/revisions/diff', `${one}/revisions/diff`),
    restoreRevision: spec(
      'POST',
      '/:id/revisions/:revision/restore',
      `${one}/revisions/${exampleRevision}/restore`,
    ),
  });
}

export const directoryRoutes = Object.fromEntries(
  directoryPaths.map((p) => [p, routesOf(p)]),
) as Record<DirectoryPath, ReturnType<typeof routesOf>>;
