// /admin/webhooks (admins: settings.manage): the registered receivers and a form to add one;
// /admin/webhooks/:id: its secret, settings, activation, a test ping, deletion, and the
// delivery log with "retry now" on failed deliveries. Changes are recorded in the audit log.
import { Hono, type Context } from 'hono';
import { adminContext } from '../kernel/admin-context.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { AppError } from '../errors.js';
import { currentUser, recordAudit, type AppEnv } from '../kernel/auth.js';
import { parseEvents } from './webhook.events.js';
import {
  formValues,
  parseWebhookForm,
  type WebhookFormErrors,
  type WebhookFormValues,
} from './webhook.form.js';
import type { WebhookService } from './webhook.service.js';
import { WebhookPage, WebhooksPage } from './webhook.views.js';

const example = '/admin/webhooks/00000000-0000-7000-8000-000000000000';

export const webhookRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/webhooks', access: 'settings.manage' },
  create: { method: 'POST', path: '/admin/webhooks', access: 'settings.manage' },
  show: { method: 'GET', path: '/admin/webhooks/:id', access: 'settings.manage', example },
  update: { method: 'POST', path: '/admin/webhooks/:id', access: 'settings.manage', example },
  active: {
    method: 'POST',
    path: '/admin/webhooks/:id/active',
    access: 'settings.manage',
    example: `${example}/active`,
  },
  remove: {
    method: 'POST',
    path: '/admin/webhooks/:id/delete',
    access: 'settings.manage',
    example: `${example}/delete`,
  },
  ping: {
    method: 'POST',
    path: '/admin/webhooks/:id/ping',
    access: 'settings.manage',
    example: `${example}/ping`,
  },
  retry: {
    method: 'POST',
    path: '/admin/webhooks/:id/deliveries/:deliveryId/retry',
    access: 'settings.manage',
    example: `${example}/deliveries/00000000-0000-7000-8000-000000000001/retry`,
  },
});

const emptyForm: WebhookFormValues = { url: '', description: '', events: ['article.published'] };

const doneMessages = {
  created: 'webhooks.done.created',
  saved: 'webhooks.done.saved',
  activated: 'webhooks.done.activated',
  deactivated: 'webhooks.done.deactivated',
  deleted: 'webhooks.done.deleted',
  ping: 'webhooks.done.ping',
  retry: 'webhooks.done.retry',
} as const;

/** The flash line of a `?done=` redirect. */
function flashOf(c: Context<AppEnv>): string | undefined {
  const { t } = adminContext(c);
  const done = c.req.query('done') ?? '';
  if (!Object.hasOwn(doneMessages, done)) return undefined;
  const count = Math.max(0, Math.floor(Number(c.req.query('count')) || 0));
  return t(doneMessages[done as keyof typeof doneMessages], { count });
}

export function webhookPages(webhooks: WebhookService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const renderList = async (
    c: Context<AppEnv>,
    form: { values: WebhookFormValues; errors: WebhookFormErrors } = {
      values: emptyForm,
      errors: {},
    },
    status: 200 | 400 = 200,
  ) =>
    c.html(
      <WebhooksPage
        ctx={adminContext(c)}
        webhooks={await webhooks.listWebhooks()}
        {...form}
        flash={status === 200 ? flashOf(c) : undefined}
      />,
      status,
    );

  const renderOne = async (
    c: Context<AppEnv>,
    id: string,
    form?: { values: WebhookFormValues; errors: WebhookFormErrors },
    status: 200 | 400 = 200,
  ) => {
    const webhook = await webhooks.getWebhook(id);
    return c.html(
      <WebhookPage
        ctx={adminContext(c)}
        webhook={webhook}
        deliveries={await webhooks.listDeliveries(id)}
        values={
          form?.values ?? {
            url: webhook.url,
            description: webhook.description,
            events: parseEvents(webhook.events),
          }
        }
        errors={form?.errors ?? {}}
        flash={status === 200 ? flashOf(c) : undefined}
      />,
      status,
    );
  };

  const idOf = (c: Context<AppEnv>) => c.req.param('id') ?? '';

  mountAdminRoute(app, webhookRoutes.list, (c) => renderList(c));

  mountAdminRoute(app, webhookRoutes.create, async (c) => {
    const values = formValues(await c.req.parseBody({ all: true }));
    const { input, errors } = parseWebhookForm(values, adminContext(c).t);
    if (!input) return renderList(c, { values, errors }, 400);
    const id = await webhooks.createWebhook(input, currentUser(c).id);
    await recordAudit(
      c,
      'webhook.create',
      { type: 'webhook', id },
      {
        url: input.url,
        events: input.events,
      },
    );
    return c.redirect(`/admin/webhooks/${id}?done=created`, 303);
  });

  mountAdminRoute(app, webhookRoutes.show, (c) => renderOne(c, idOf(c)));

  mountAdminRoute(app, webhookRoutes.update, async (c) => {
    const id = idOf(c);
    await webhooks.getWebhook(id);
    const values = formValues(await c.req.parseBody({ all: true }));
    const { input, errors } = parseWebhookForm(values, adminContext(c).t);
    if (!input) return renderOne(c, id, { values, errors }, 400);
    await webhooks.updateWebhook(id, input);
    await recordAudit(
      c,
      'webhook.update',
      { type: 'webhook', id },
      {
        url: input.url,
        events: input.events,
      },
    );
    return c.redirect(`/admin/webhooks/${id}?done=saved`, 303);
  });

  mountAdminRoute(app, webhookRoutes.active, async (c) => {
    const id = idOf(c);
    const body = await c.req.parseBody({ all: true });
    if (body.active !== '0' && body.active !== '1')
      throw new AppError('bad_request', 'Say active=1 or active=0.');
    const active = body.active === '1';
    const cancelled = await webhooks.setActive(id, active);
    await recordAudit(c, active ? 'webhook.activate' : 'webhook.deactivate', {
      type: 'webhook',
      id,
    });
    return c.redirect(
      `/admin/webhooks/${id}?done=${active ? 'activated' : `deactivated&count=${cancelled}`}`,
      303,
    );
  });

  mountAdminRoute(app, webhookRoutes.remove, async (c) => {
    const id = idOf(c);
    const webhook = await webhooks.getWebhook(id);
    await webhooks.deleteWebhook(id);
    await recordAudit(c, 'webhook.delete', { type: 'webhook', id }, { url: webhook.url });
    return c.redirect('/admin/webhooks?done=deleted', 303);
  });

  mountAdminRoute(app, webhookRoutes.ping, async (c) => {
    const id = idOf(c);
    await webhooks.sendPing(id);
    return c.redirect(`/admin/webhooks/${id}?done=ping`, 303);
  });

  mountAdminRoute(app, webhookRoutes.retry, async (c) => {
    const id = idOf(c);
    await webhooks.retryDelivery(id, c.req.param('deliveryId') ?? '');
    return c.redirect(`/admin/webhooks/${id}?done=retry`, 303);
  });
  return app;
}
