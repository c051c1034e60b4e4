// /admin/users (admins only): the accounts, creating one, changing a role, disabling, and
// requiring two-factor sign-in.
import type { Context, Hono } from 'hono';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import { NewPasswordField } from './password-fields.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { AppError, isAppError } from '../errors.js';
import { clientOf, currentUser, type AppEnv } from '../kernel/auth.js';
import { CsrfField } from '../kernel/csrf.js';
import type { AccountServices } from './account.service.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { isRole, roles } from '../kernel/permissions.js';
import type { UserRow } from './user.repository.js';
import { newUserSchema } from './user.schema.js';

export const userRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/users', access: 'users.manage' },
  create: { method: 'POST', path: '/admin/users', access: 'users.manage' },
  role: {
    method: 'POST',
    path: '/admin/users/:id/role',
    access: 'users.manage',
    example: '/admin/users/00000000-0000-7000-8000-000000000000/role',
  },
  status: {
    method: 'POST',
    path: '/admin/users/:id/status',
    access: 'users.manage',
    example: '/admin/users/00000000-0000-7000-8000-000000000000/status',
  },
  totp: {
    method: 'POST',
    path: '/admin/users/:id/totp',
    access: 'users.manage',
    example: '/admin/users/00000000-0000-7000-8000-000000000000/totp',
  },
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

type CreateErrors = { name?: string; email?: string; password?: string; role?: string };
type CreateValues = { name?: string; email?: string; role?: string };

/** The service's refusals as translated messages; undefined for anything unexpected. */
function refusal(error: unknown): MessageKey | undefined {
  if (!isAppError(error)) return undefined;
  if (error.code === 'duplicate') return 'auth.error.duplicate';
  if (error.code !== 'bad_request') return undefined;
  if (error.message.includes('own account')) return 'auth.error.self';
  if (error.message.includes('one active admin')) return 'auth.error.lastAdmin';
  return undefined;
}

export function registerUserPages(app: Hono<AppEnv>, site: AccountServices): void {
  const { users } = site;
  const actorOf = (c: Context) => ({ actorId: currentUser(c).id, ...clientOf(c) });

  const render = async (
    c: Context<AppEnv>,
    status: 200 | 400 | 409,
    extra: { flash?: string; alert?: string; errors?: CreateErrors; values?: CreateValues } = {},
  ) => {
    const ctx = adminContext(c);
    return c.html(
      <UsersPage
        ctx={ctx}
        users={await users.listUsers()}
        errors={extra.errors ?? {}}
        values={extra.values ?? {}}
        flash={extra.flash}
        alert={extra.alert}
      />,
      status,
    );
  };

  mountAdminRoute(app, userRoutes.list, (c) => {
    const ctx = adminContext(c);
    const done = c.req.query('done');
    return render(c, 200, {
      flash: done === 'created' ? ctx.t('users.created') : done ? ctx.t('admin.saved') : undefined,
    });
  });

  mountAdminRoute(app, userRoutes.create, async (c) => {
    const body = await c.req.parseBody();
    const ctx = adminContext(c);
    const values = { name: str(body.name), email: str(body.email), role: str(body.role) };
    const parsed = newUserSchema.safeParse({ ...values, password: str(body.password) });
    if (!parsed.success) {
      const errors: CreateErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'name') errors.name = ctx.t('auth.error.name');
        if (field === 'email') errors.email = ctx.t('auth.error.email');
        if (field === 'password') errors.password = ctx.t('auth.error.password');
        if (field === 'role') errors.role = ctx.t('auth.role');
      }
      return render(c, 400, { errors, values });
    }
    try {
      await users.createUser(parsed.data, actorOf(c));
    } catch (error) {
      if (refusal(error) === 'auth.error.duplicate') {
        return render(c, 409, { errors: { email: ctx.t('auth.error.duplicate') }, values });
      }
      throw error;
    }
    return c.redirect('/admin/users?done=created', 303);
  });

  /** Runs a change on one user; a refusal re-renders the list with an alert. */
  const change =
    (run: (c: Context<AppEnv>, id: string, body: Record<string, unknown>) => Promise<void>) =>
    async (c: Context<AppEnv>) => {
      const id = c.req.param('id') ?? '';
      if (!(await users.findUser(id))) return c.notFound();
      const body = await c.req.parseBody();
      try {
        await run(c, id, body);
      } catch (error) {
        const key = refusal(error);
        if (!key) throw error;
        return render(c, 400, { alert: adminContext(c).t(key) });
      }
      return c.redirect('/admin/users?done=saved', 303);
    };

  mountAdminRoute(
    app,
    userRoutes.role,
    change(async (c, id, body) => {
      const role = str(body.role);
      if (!isRole(role)) throw new AppError('bad_request', 'Unknown role.');
      await users.changeRole(id, role, actorOf(c));
    }),
  );

  mountAdminRoute(
    app,
    userRoutes.status,
    change((c, id, body) => users.setDisabled(id, str(body.disabled) === '1', actorOf(c))),
  );

  mountAdminRoute(
    app,
    userRoutes.totp,
    change((c, id, body) => users.setTotpRequired(id, str(body.required) === '1', actorOf(c))),
  );
}

function UsersPage(props: {
  ctx: AdminContext;
  users: UserRow[];
  errors: CreateErrors;
  values: CreateValues;
  flash?: string | undefined;
  alert?: string | undefined;
}) {
  const { ctx, errors, values } = props;
  const { t } = ctx;
  const me = ctx.user!;
  return (
    <AdminLayout ctx={ctx} title={t('users.title')} flash={props.flash}>
      <h1>{t('users.title')}</h1>
      {props.alert ? (
        <p class="admin-alert" role="alert">
          {props.alert}
        </p>
      ) : null}
      <h2 id="users-list">{t('users.list')}</h2>
      <div class="admin-table-wrap">
        <table class="admin-table" aria-labelledby="users-list">
          <thead>
            <tr>
              <th scope="col">{t('users.col.name')}</th>
              <th scope="col">{t('users.col.email')}</th>
              <th scope="col">{t('users.col.role')}</th>
              <th scope="col">{t('users.col.totp')}</th>
              <th scope="col">{t('users.col.status')}</th>
              <th scope="col">{t('users.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.users.map((u) => {
              const disabled = u.disabled_at !== null;
              return (
                <tr>
                  <th scope="row">
                    {u.name} {u.id === me.id ? <span class="muted">{t('users.you')}</span> : null}
                  </th>
                  <td>{u.email}</td>
                  <td>{t(`admin.role.${u.role}`)}</td>
                  <td>
                    {u.totp_secret ? t('users.totpOn') : t('users.totpOff')}
                    {u.totp_required ? ` · ${t('users.totpRequired')}` : ''}
                  </td>
                  <td>
                    <span class={disabled ? 'admin-badge off' : 'admin-badge'}>
                      {disabled ? t('users.disabled') : t('users.active')}
                    </span>
                  </td>
                  <td>
                    <div class="admin-actions">
                      <form method="post" action={`/admin/users/${u.id}/role`}>
                        <CsrfField token={ctx.csrfToken} />
                        <label class="visually-hidden" for={`role-${u.id}`}>
                          {t('users.roleOf', { name: u.name })}
                        </label>
                        <select id={`role-${u.id}`} name="role">
                          {roles.map((r) => (
                            <option value={r} selected={r === u.role}>
                              {t(`admin.role.${r}`)}
                            </option>
                          ))}
                        </select>
                        <button type="submit" class="admin-small-button">
                          {t('users.changeRole')}
                        </button>
                      </form>
                      {u.id === me.id ? null : (
                        <form method="post" action={`/admin/users/${u.id}/status`}>
                          <CsrfField token={ctx.csrfToken} />
                          <input type="hidden" name="disabled" value={disabled ? '0' : '1'} />
                          <button type="submit" class="admin-small-button">
                            {disabled ? t('users.enable') : t('users.disable')}
                          </button>
                        </form>
                      )}
                      <form method="post" action={`/admin/users/${u.id}/totp`}>
                        <CsrfField token={ctx.csrfToken} />
                        <input type="hidden" name="required" value={u.totp_required ? '0' : '1'} />
                        <button type="submit" class="admin-small-button">
                          {u.totp_required ? t('users.optionalTotp') : t('users.requireTotp')}
                        </button>
                      </form>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section class="admin-card admin-create" aria-labelledby="create-title">
        <h2 id="create-title">{t('users.create')}</h2>
        <form method="post" action="/admin/users" class="admin-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <Field id="new-name" label={t('auth.name')} error={errors.name}>
            <input
              id="new-name"
              name="name"
              required
              value={values.name ?? ''}
              aria-invalid={errors.name ? 'true' : undefined}
              aria-describedby={describedBy('new-name', undefined, errors.name)}
            />
          </Field>
          <Field id="new-email" label={t('auth.email')} error={errors.email}>
            <input
              id="new-email"
              name="email"
              type="email"
              autocomplete="off"
              required
              value={values.email ?? ''}
              aria-invalid={errors.email ? 'true' : undefined}
              aria-describedby={describedBy('new-email', undefined, errors.email)}
            />
          </Field>
          <Field id="new-role" label={t('auth.role')} error={errors.role}>
            <select id="new-role" name="role">
              {roles.map((r) => (
                <option value={r} selected={r === (values.role || 'contributor')}>
                  {t(`admin.role.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <NewPasswordField
            id="new-password"
            label={t('auth.password')}
            hint={t('auth.passwordHint')}
            error={errors.password}
            minLength={12}
          />
          <button type="submit" class="button">
            {t('users.create')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
