// /admin/account: the signed-in user's own password and TOTP two-factor sign-in.
import type { Context, Hono } from 'hono';
import { raw } from 'hono/html';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import { NewPasswordField, TotpCodeField } from './password-fields.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { isAppError } from '../errors.js';
import { clientOf, currentUser, type AppEnv } from '../kernel/auth.js';
import { CsrfField } from '../kernel/csrf.js';
import type { AccountServices } from './account.service.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { minPasswordLength } from './password.js';
import { qrSvg } from './qr.js';
import { newTotpSecret, otpauthUri } from './totp.js';

export const accountRoutes = defineAdminRoutes({
  account: { method: 'GET', path: '/admin/account', access: 'signed-in' },
  password: { method: 'POST', path: '/admin/account/password', access: 'signed-in' },
  totpForm: { method: 'GET', path: '/admin/account/totp', access: 'signed-in' },
  totpEnable: { method: 'POST', path: '/admin/account/totp', access: 'signed-in' },
  totpDisable: { method: 'POST', path: '/admin/account/totp/disable', access: 'signed-in' },
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Maps the service's refusals to the form's translated messages. */
function messageFor(error: unknown): MessageKey | undefined {
  if (!isAppError(error) || error.code !== 'bad_request') return undefined;
  if (error.message.includes('current password')) return 'auth.error.currentPassword';
  if (error.message.includes('required')) return 'auth.error.totpRequired';
  if (error.message.includes('code')) return 'auth.totp.invalid';
  return 'auth.error.password';
}

export function registerAccountPages(app: Hono<AppEnv>, site: AccountServices): void {
  const { users } = site;
  const actorOf = (c: Context) => ({ actorId: currentUser(c).id, ...clientOf(c) });

  mountAdminRoute(app, accountRoutes.account, (c) => {
    const ctx = adminContext(c);
    const flashKey = c.req.query('done') as MessageKey | undefined;
    const flash = flashKey && allowedFlash.has(flashKey) ? ctx.t(flashKey) : undefined;
    return c.html(<AccountPage ctx={ctx} flash={flash} errors={{}} />);
  });

  mountAdminRoute(app, accountRoutes.password, async (c) => {
    const body = await c.req.parseBody();
    const ctx = adminContext(c);
    const current = str(body.current);
    const next = str(body.password);
    if (next !== str(body.confirm)) {
      return c.html(
        <AccountPage ctx={ctx} errors={{ confirm: ctx.t('auth.error.confirm') }} />,
        400,
      );
    }
    try {
      await users.changePassword(ctx.user!.id, current, next, c.var.session?.id, actorOf(c));
    } catch (error) {
      const key = messageFor(error);
      if (!key) throw error;
      const field = key === 'auth.error.currentPassword' ? 'current' : 'password';
      return c.html(<AccountPage ctx={ctx} errors={{ [field]: ctx.t(key) }} />, 400);
    }
    return c.redirect('/admin/account?done=account.passwordChanged', 303);
  });

  mountAdminRoute(app, accountRoutes.totpForm, (c) => {
    const ctx = adminContext(c);
    if (ctx.user!.totpEnabled) return c.redirect('/admin/account', 303);
    return c.html(<EnrolPage ctx={ctx} secret={newTotpSecret()} site={site} />);
  });

  mountAdminRoute(app, accountRoutes.totpEnable, async (c) => {
    const body = await c.req.parseBody();
    const ctx = adminContext(c);
    const secret = str(body.secret);
    if (ctx.user!.totpEnabled) return c.redirect('/admin/account', 303);
    try {
      await users.enableTotp(ctx.user!.id, secret, str(body.code), actorOf(c));
    } catch (error) {
      if (!messageFor(error)) throw error;
      const safeSecret = /^[A-Z2-7]{32}$/.test(secret) ? secret : newTotpSecret();
      return c.html(
        <EnrolPage ctx={ctx} secret={safeSecret} site={site} error={ctx.t('auth.totp.invalid')} />,
        400,
      );
    }
    return c.redirect('/admin/account?done=account.totpEnabled', 303);
  });

  mountAdminRoute(app, accountRoutes.totpDisable, async (c) => {
    const body = await c.req.parseBody();
    const ctx = adminContext(c);
    try {
      await users.disableTotp(ctx.user!.id, str(body.current), actorOf(c));
    } catch (error) {
      const key = messageFor(error);
      if (!key) throw error;
      return c.html(<AccountPage ctx={ctx} errors={{ totp: ctx.t(key) }} />, 400);
    }
    return c.redirect('/admin/account?done=account.totpDisabled', 303);
  });
}

const allowedFlash = new Set<MessageKey>([
  'account.passwordChanged',
  'account.totpEnabled',
  'account.totpDisabled',
]);

type AccountErrors = { current?: string; password?: string; confirm?: string; totp?: string };

function AccountPage(props: {
  ctx: AdminContext;
  flash?: string | undefined;
  errors: AccountErrors;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  const user = ctx.user!;
  return (
    <AdminLayout ctx={ctx} title={t('account.title')} flash={props.flash}>
      <h1>{t('account.title')}</h1>
      <p>
        {user.name} · {user.email} · {t(`admin.role.${user.role}`)}
      </p>
      <section class="admin-card" aria-labelledby="password-title">
        <h2 id="password-title">{t('account.password')}</h2>
        <form method="post" action="/admin/account/password" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <Field id="current" label={t('account.currentPassword')} error={errors.current}>
            <input
              id="current"
              name="current"
              type="password"
              autocomplete="current-password"
              required
              aria-invalid={errors.current ? 'true' : undefined}
              aria-describedby={describedBy('current', undefined, errors.current)}
            />
          </Field>
          <NewPasswordField
            id="new-password"
            label={t('account.newPassword')}
            hint={t('auth.passwordHint')}
            error={errors.password}
            minLength={minPasswordLength}
          />
          <Field id="confirm" label={t('account.confirmPassword')} error={errors.confirm}>
            <input
              id="confirm"
              name="confirm"
              type="password"
              autocomplete="new-password"
              required
              aria-invalid={errors.confirm ? 'true' : undefined}
              aria-describedby={describedBy('confirm', undefined, errors.confirm)}
            />
          </Field>
          <button type="submit" class="button">
            {t('account.password')}
          </button>
        </form>
      </section>
      <section class="admin-card" aria-labelledby="totp-title">
        <h2 id="totp-title">{t('account.totp')}</h2>
        {errors.totp ? (
          <p class="admin-alert" role="alert">
            {errors.totp}
          </p>
        ) : null}
        {user.totpEnabled ? (
          <>
            <p>{t('account.totpOn')}</p>
            {user.totpRequired ? (
              <p class="admin-hint">{t('auth.error.totpRequired')}</p>
            ) : (
              <form method="post" action="/admin/account/totp/disable" class="admin-form">
                <CsrfField token={ctx.csrfToken} />
                <Field id="totp-current" label={t('account.currentPassword')}>
                  <input
                    id="totp-current"
                    name="current"
                    type="password"
                    autocomplete="current-password"
                    required
                  />
                </Field>
                <button type="submit" class="button secondary">
                  {t('account.totpDisable')}
                </button>
              </form>
            )}
          </>
        ) : (
          <>
            <p>{t('account.totpOff')}</p>
            <p>
              <a class="button" href="/admin/account/totp">
                {t('account.totpStart')}
              </a>
            </p>
          </>
        )}
      </section>
    </AdminLayout>
  );
}

function EnrolPage(props: {
  ctx: AdminContext;
  secret: string;
  site: AccountServices;
  error?: string;
}) {
  const { ctx, secret } = props;
  const { t } = ctx;
  const user = ctx.user!;
  const uri = otpauthUri(secret, user.email, t('site.name'));
  const grouped = secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <AdminLayout ctx={ctx} title={t('account.enrol.title')}>
      <h1>{t('account.enrol.title')}</h1>
      {user.totpRequired ? <p class="admin-notice">{t('account.totpRequiredNotice')}</p> : null}
      <div class="admin-card">
        <p>{t('account.enrol.step1')}</p>
        {/* Our own SVG markup: the label is escaped by qrSvg, the rest is numbers. */}
        <div class="admin-qr-box">{raw(qrSvg(uri, t('account.enrol.qr')))}</div>
        <p>
          <strong>{t('account.enrol.secret')}</strong>
          <code class="admin-secret" translate="no">
            {grouped}
          </code>
        </p>
        <p>
          <a href={uri}>{t('account.enrol.uri')}</a>
        </p>
        <p>{t('account.enrol.step2')}</p>
        {props.error ? (
          <p class="admin-alert" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/admin/account/totp" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="secret" value={secret} />
          <TotpCodeField label={t('auth.totp.code')} />
          <button type="submit" class="button">
            {t('account.enrol.submit')}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}
