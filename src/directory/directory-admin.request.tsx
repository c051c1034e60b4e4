// What every directory admin route shares: ids in the path, the version a form was read at,
// the flash messages, and AppErrors shown in the admin shell with a way back to the list.
import type { Context } from 'hono';
import { AppError, isAppError } from '../errors.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { adminContext } from '../kernel/admin-context.js';
import type { AppEnv } from '../kernel/auth.js';
import { AdminLayout } from '../views/admin-layout.js';

export const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const flashes = {
  saved: 'directoryEditor.flash.saved',
  created: 'directoryEditor.flash.created',
  restored: 'directoryEditor.flash.restored',
  trashed: 'directoryEditor.flash.trashed',
  untrashed: 'directoryEditor.flash.untrashed',
  emptied: 'directoryEditor.flash.emptied',
  published: 'directoryEditor.flash.published',
} as const satisfies Record<string, MessageKey>;

export function param(c: Context, name: string): string {
  const id = c.req.param(name) ?? '';
  if (!idPattern.test(id)) throw new AppError('not_found', 'This entry does not exist.');
  return id;
}

export function parseVersion(body: Record<string, unknown>): number {
  const raw = body.version;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,8}$/.test(raw))
    throw new AppError('bad_request', 'The form lacks the version it was read at; reload it.');
  return Number(raw);
}

export function adminError(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  if (!isAppError(error)) throw error;
  if (error.code === 'forbidden' && c.var.forbiddenPage) return c.var.forbiddenPage(c);
  const ctx = adminContext(c);
  return c.html(
    <AdminLayout ctx={ctx} title={String(error.status)}>
      <div class="admin-card">
        <h1>{String(error.status)}</h1>
        <p>{error.message}</p>
        <p>
          <a class="button" href={c.req.path.split('/').slice(0, 3).join('/')}>
            {ctx.t('admin.back')}
          </a>
        </p>
      </div>
    </AdminLayout>,
    error.status as 400,
  );
}
