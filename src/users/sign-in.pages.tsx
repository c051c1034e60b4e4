// Sign in (password, then the TOTP code when the account has one), sign out, and the first-run
// setup that creates the first admin while no account exists.
import type { Context, Hono } from 'hono';
import { adminContext, type AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import { NewPasswordField, TotpCodeField } from './password-fields.js';
import {
  clearSessionCookie,
  clientOf,
  safeNext,
  setSessionCookie,
  signInPath,
  type AppEnv,
} from '../kernel/auth.js';
import { CsrfField } from '../kernel/csrf.js';
import type { AccountServices } from './account.service.js';
import { isAppError } from '../errors.js';
import { newUserSchema } from './user.schema.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function registerSignInPages(app: Hono<AppEnv>, site: AccountServices): void {
  const { auth, users } = site;

  app.get(signInPath, async (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.var.user) return c.redirect(next, 303);
    if ((await users.countUsers()) === 0) return c.redirect('/admin/setup', 303);
    const ctx = adminContext(c);
    const flash =
      c.req.query('signed-out') !== undefined ? ctx.t('auth.signIn.signedOut') : undefined;
    return c.html(<SignInPage ctx={ctx} next={next} flash={flash} />);
  });

  app.post(signInPath, async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(str(body.next));
    const email = str(body.email);
    const result = await auth.signIn(email, str(body.password), clientOf(c));
    const ctx = adminContext(c);
    switch (result.kind) {
      case 'signed-in':
        setSessionCookie(c, result.token);
        return c.redirect(next, 303);
      case 'totp-needed':
        setSessionCookie(c, result.token);
        return c.redirect(`${signInPath}/totp?next=${encodeURIComponent(next)}`, 303);
      case 'throttled':
        c.header('Retry-After', String(result.retryAfter));
        return c.html(
          <SignInPage
            ctx={ctx}
            next={next}
            email={email}
            error={ctx.t('auth.signIn.throttled', { minutes: Math.ceil(result.retryAfter / 60) })}
          />,
          429,
        );
      case 'invalid':
        return c.html(
          <SignInPage ctx={ctx} next={next} email={email} error={ctx.t('auth.signIn.invalid')} />,
          401,
        );
    }
  });

  app.get(`${signInPath}/totp`, (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.var.user) return c.redirect(next, 303);
    if (!c.var.session?.mfaPending) return c.redirect(signInPath, 303);
    return c.html(<TotpPage ctx={adminContext(c)} next={next} />);
  });

  app.post(`${signInPath}/totp`, async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(str(body.next));
    const session = c.var.session;
    const ctx = adminContext(c);
    if (!session?.mfaPending) return c.redirect(signInPath, 303);
    const result = await auth.confirmTotp(session, str(body.code), clientOf(c));
    switch (result.kind) {
      case 'signed-in':
        setSessionCookie(c, result.token);
        return c.redirect(next, 303);
      case 'throttled':
        c.header('Retry-After', String(result.retryAfter));
        return c.html(
          <TotpPage
            ctx={ctx}
            next={next}
            error={ctx.t('auth.signIn.throttled', { minutes: Math.ceil(result.retryAfter / 60) })}
          />,
          429,
        );
      case 'totp-needed':
      case 'invalid':
        return c.html(<TotpPage ctx={ctx} next={next} error={ctx.t('auth.totp.invalid')} />, 401);
    }
  });

  app.post('/admin/sign-out', async (c) => {
    if (c.var.session) await auth.signOut(c.var.session, clientOf(c));
    clearSessionCookie(c);
    return c.redirect(`${signInPath}?signed-out`, 303);
  });

  // The first-run page exists only while there is no account at all.
  const setupOpen = async (c: Context) => {
    if ((await users.countUsers()) > 0) return c.notFound();
    return undefined;
  };

  app.get('/admin/setup', async (c) => {
    const closed = await setupOpen(c);
    if (closed) return closed;
    return c.html(<SetupPage ctx={adminContext(c)} values={{}} errors={{}} />);
  });

  app.post('/admin/setup', async (c) => {
    const closed = await setupOpen(c);
    if (closed) return closed;
    const body = await c.req.parseBody();
    const values = { name: str(body.name), email: str(body.email), password: str(body.password) };
    const ctx = adminContext(c);
    const parsed = newUserSchema.safeParse({ ...values, role: 'admin' });
    if (!parsed.success) {
      const errors: SetupErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'name') errors.name = ctx.t('auth.error.name');
        if (field === 'email') errors.email = ctx.t('auth.error.email');
        if (field === 'password') errors.password = ctx.t('auth.error.password');
      }
      return c.html(<SetupPage ctx={ctx} values={values} errors={errors} />, 400);
    }
    const client = clientOf(c);
    try {
      const id = await users.createFirstAdmin(parsed.data, { actorId: null, ...client });
      setSessionCookie(c, await auth.openSessionFor(id, client));
      return c.redirect('/admin', 303);
    } catch (error) {
      // Someone completed the setup in between: the page is gone.
      if (isAppError(error) && error.code === 'not_found') return c.notFound();
      throw error;
    }
  });
}

function SignInPage(props: {
  ctx: AdminContext;
  next: string;
  email?: string;
  error?: string;
  flash?: string | undefined;
}) {
  const { t } = props.ctx;
  return (
    <AdminLayout ctx={props.ctx} title={t('auth.signIn.title')} narrow flash={props.flash}>
      <div class="admin-card">
        <h1>{t('auth.signIn.title')}</h1>
        <p>{t('auth.signIn.intro')}</p>
        {props.error ? (
          <p class="admin-alert" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action={signInPath} class="admin-form">
          <CsrfField token={props.ctx.csrfToken} />
          <input type="hidden" name="next" value={props.next} />
          <Field id="email" label={t('auth.email')}>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="username"
              required
              value={props.email ?? ''}
            />
          </Field>
          <Field id="password" label={t('auth.password')}>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
            />
          </Field>
          <button type="submit" class="button">
            {t('auth.signIn.submit')}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}

function TotpPage(props: { ctx: AdminContext; next: string; error?: string }) {
  const { t } = props.ctx;
  return (
    <AdminLayout ctx={props.ctx} title={t('auth.totp.title')} narrow>
      <div class="admin-card">
        <h1>{t('auth.totp.title')}</h1>
        <p>{t('auth.totp.intro')}</p>
        {props.error ? (
          <p class="admin-alert" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action={`${signInPath}/totp`} class="admin-form">
          <CsrfField token={props.ctx.csrfToken} />
          <input type="hidden" name="next" value={props.next} />
          <TotpCodeField label={t('auth.totp.code')} />
          <button type="submit" class="button">
            {t('auth.totp.submit')}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}

type SetupErrors = { name?: string; email?: string; password?: string };

function SetupPage(props: {
  ctx: AdminContext;
  values: { name?: string; email?: string };
  errors: SetupErrors;
}) {
  const { t } = props.ctx;
  const { errors } = props;
  return (
    <AdminLayout ctx={props.ctx} title={t('auth.setup.title')} narrow>
      <div class="admin-card">
        <h1>{t('auth.setup.title')}</h1>
        <p>{t('auth.setup.intro')}</p>
        <form method="post" action="/admin/setup" class="admin-form" novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <Field id="name" label={t('auth.name')} error={errors.name}>
            <input
              id="name"
              name="name"
              autocomplete="name"
              required
              value={props.values.name ?? ''}
              aria-invalid={errors.name ? 'true' : undefined}
              aria-describedby={describedBy('name', undefined, errors.name)}
            />
          </Field>
          <Field id="email" label={t('auth.email')} error={errors.email}>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="username"
              required
              value={props.values.email ?? ''}
              aria-invalid={errors.email ? 'true' : undefined}
              aria-describedby={describedBy('email', undefined, errors.email)}
            />
          </Field>
          <NewPasswordField
            id="password"
            label={t('auth.password')}
            hint={t('auth.passwordHint')}
            error={errors.password}
            minLength={12}
          />
          <button type="submit" class="button">
            {t('auth.setup.submit')}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}
