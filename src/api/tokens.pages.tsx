// /admin/account/tokens: the signed-in user's personal API tokens — create one (shown once),
// see when each was last used, revoke it.
import { Hono, type Context } from 'hono';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { isAppError } from '../errors.js';
import { clientOf, currentUser, type AppEnv } from '../kernel/auth.js';
import { CsrfField } from '../kernel/csrf.js';
import {
  maxTokenNameLength,
  type ApiTokenRow,
  type ApiTokenService,
} from '../users/api-token.service.js';

export const tokenRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/account/tokens', access: 'admin.access' },
  create: { method: 'POST', path: '/admin/account/tokens', access: 'admin.access' },
  revoke: {
    method: 'POST',
    path: '/admin/account/tokens/:id/revoke',
    access: 'admin.access',
    example: '/admin/account/tokens/00000000-0000-7000-8000-000000000000/revoke',
  },
});

export function apiTokenPages(tokens: ApiTokenService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const actorOf = (c: Context) => ({ actorId: currentUser(c).id, ...clientOf(c) });

  const render = async (
    c: Context<AppEnv>,
    extra: { created?: string; error?: string; flash?: string } = {},
    status: 200 | 400 = 200,
  ) => {
    const ctx = adminContext(c);
    const list = await tokens.listTokens(ctx.user!.id);
    c.header('Cache-Control', 'no-store');
    return c.html(<TokensPage ctx={ctx} tokens={list} {...extra} />, status);
  };

  mountAdminRoute(app, tokenRoutes.list, (c) =>
    render(
      c,
      c.req.query('done') === 'revoked' ? { flash: adminContext(c).t('tokens.revoked') } : {},
    ),
  );

  mountAdminRoute(app, tokenRoutes.create, async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.name === 'string' ? body.name : '';
    try {
      const { token } = await tokens.createToken(actorOf(c), name);
      return render(c, { created: token });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'bad_request') throw error;
      return render(
        c,
        { error: adminContext(c).t('tokens.nameInvalid', { max: maxTokenNameLength }) },
        400,
      );
    }
  });

  mountAdminRoute(app, tokenRoutes.revoke, async (c) => {
    await tokens.revokeToken(actorOf(c), c.req.param('id') ?? '');
    return c.redirect('/admin/account/tokens?done=revoked', 303);
  });
  return app;
}

function TokensPage(props: {
  ctx: AdminContext;
  tokens: ApiTokenRow[];
  created?: string | undefined;
  error?: string | undefined;
  flash?: string | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const when = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(ctx.tag, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
        }).format(new Date(iso)) + ' UTC'
      : t('tokens.never');
  return (
    <AdminLayout ctx={ctx} title={t('tokens.title')} flash={props.flash}>
      <h1>{t('tokens.title')}</h1>
      <p class="lead">{t('tokens.intro', { role: t(`admin.role.${ctx.user!.role}`) })}</p>
      <p>
        <a href="/api/v1">{t('tokens.reference')}</a>
      </p>
      {props.created ? (
        <section class="admin-card api-token-created" aria-labelledby="created-title">
          <h2 id="created-title">{t('tokens.createdTitle')}</h2>
          <p>{t('tokens.createdText')}</p>
          <p>
            <code class="api-token-value">{props.created}</code>
          </p>
        </section>
      ) : null}
      <section class="admin-card" aria-labelledby="create-title">
        <h2 id="create-title">{t('tokens.create')}</h2>
        <form method="post" action="/admin/account/tokens" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <Field
            id="token-name"
            label={t('tokens.name')}
            hint={t('tokens.nameHint')}
            error={props.error}
          >
            <input
              id="token-name"
              name="name"
              type="text"
              required
              maxlength={maxTokenNameLength}
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={describedBy('token-name', t('tokens.nameHint'), props.error)}
            />
          </Field>
          <button type="submit" class="button">
            {t('tokens.createButton')}
          </button>
        </form>
      </section>
      <h2 id="tokens-list">{t('tokens.list')}</h2>
      {props.tokens.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table" aria-labelledby="tokens-list">
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.createdAt')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.state')}</th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((token) => (
                <tr>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{when(token.created_at)}</td>
                  <td>{when(token.last_used_at)}</td>
                  <td>
                    {token.revoked_at ? (
                      t('tokens.revokedOn', { date: when(token.revoked_at) })
                    ) : (
                      <form method="post" action={`/admin/account/tokens/${token.id}/revoke`}>
                        <CsrfField token={ctx.csrfToken} />
                        <button
                          type="submit"
                          class="button secondary"
                          aria-label={t('tokens.revokeNamed', { name: token.name })}
                        >
                          {t('tokens.revoke')}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
