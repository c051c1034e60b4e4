// The webhook admin pages' components: the list with the create form, and one webhook's page
// (secret, settings, actions, delivery log).
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { maxAttempts } from './webhook.delivery.js';
import { webhookEvents, type DeliveryEvent } from './webhook.events.js';
import type { WebhookFormErrors, WebhookFormValues } from './webhook.form.js';
import type { DeliveryRow, WebhookRow } from './webhook.repository.js';
import { maxDescriptionLength, maxUrlLength } from './webhook.schema.js';
import { standardSecret } from './webhook.signing.js';
import { deliveryLogSize, type WebhookListItem } from './webhook.service.js';

const isEvent = (e: string): e is DeliveryEvent =>
  e === 'ping' || (webhookEvents as readonly string[]).includes(e);

function formatter(ctx: AdminContext) {
  const format = new Intl.DateTimeFormat(ctx.tag, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  return (iso: string) => `${format.format(new Date(iso))} UTC`;
}

function StatusBadge(props: { ctx: AdminContext; status: DeliveryRow['status'] }) {
  return (
    <span class={`admin-badge webhook-status-${props.status}`}>
      {props.ctx.t(`webhooks.status.${props.status}`)}
    </span>
  );
}

/** URL, description and event checkboxes; `idPrefix` keeps ids unique on the page. */
function WebhookFields(props: {
  ctx: AdminContext;
  idPrefix: string;
  values: WebhookFormValues;
  errors: WebhookFormErrors;
}) {
  const { ctx, idPrefix: p, values, errors } = props;
  const { t } = ctx;
  return (
    <>
      <Field
        id={`${p}-url`}
        label={t('webhooks.url')}
        hint={t('webhooks.urlHint')}
        error={errors.url}
      >
        <input
          id={`${p}-url`}
          name="url"
          type="url"
          required
          maxlength={maxUrlLength}
          value={values.url}
          placeholder="https://"
          aria-invalid={errors.url ? 'true' : undefined}
          aria-describedby={describedBy(`${p}-url`, t('webhooks.urlHint'), errors.url)}
        />
      </Field>
      <Field
        id={`${p}-description`}
        label={t('webhooks.description')}
        hint={t('webhooks.descriptionHint')}
        error={errors.description}
      >
        <input
          id={`${p}-description`}
          name="description"
          type="text"
          maxlength={maxDescriptionLength}
          value={values.description}
          aria-invalid={errors.description ? 'true' : undefined}
          aria-describedby={describedBy(
            `${p}-description`,
            t('webhooks.descriptionHint'),
            errors.description,
          )}
        />
      </Field>
      <fieldset
        class={errors.events ? 'webhook-events has-error' : 'webhook-events'}
        aria-describedby={[`${p}-events-hint`, errors.events ? `${p}-events-error` : '']
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{t('webhooks.events')}</legend>
        <p class="admin-hint" id={`${p}-events-hint`}>
          {t('webhooks.eventsHint')}
        </p>
        {errors.events ? (
          <p class="admin-error" id={`${p}-events-error`}>
            {errors.events}
          </p>
        ) : null}
        {webhookEvents.map((e) => (
          <label class="editor-check">
            <input type="checkbox" name="events" value={e} checked={values.events.includes(e)} />
            <span>
              {t(`webhooks.event.${e}`)} <code>{e}</code>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}

function FormAlert(props: { ctx: AdminContext; errors: WebhookFormErrors }) {
  if (Object.keys(props.errors).length === 0) return null;
  return (
    <p class="admin-alert" role="alert">
      {props.ctx.t('webhooks.formErrors')}
    </p>
  );
}

export function WebhooksPage(props: {
  ctx: AdminContext;
  webhooks: WebhookListItem[];
  values: WebhookFormValues;
  errors: WebhookFormErrors;
  flash?: string | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const when = formatter(ctx);
  return (
    <AdminLayout ctx={ctx} title={t('webhooks.title')} flash={props.flash}>
      <h1>{t('webhooks.title')}</h1>
      <p class="lead">{t('webhooks.intro')}</p>
      <h2 id="webhooks-list">{t('webhooks.list')}</h2>
      {props.webhooks.length === 0 ? (
        <p>{t('webhooks.none')}</p>
      ) : (
        <div class="admin-table-wrap" role="region" aria-labelledby="webhooks-list" tabindex={0}>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.events')}</th>
                <th scope="col">{t('webhooks.state')}</th>
                <th scope="col">{t('webhooks.lastDelivery')}</th>
              </tr>
            </thead>
            <tbody>
              {props.webhooks.map((w) => (
                <tr>
                  <th scope="row" class="webhook-url">
                    <a href={`/admin/webhooks/${w.id}`}>{w.url}</a>
                    {w.description ? (
                      <span class="webhook-description">{w.description}</span>
                    ) : null}
                  </th>
                  <td>
                    <ul class="webhook-event-list">
                      {w.subscribed.map((e) => (
                        <li>{t(`webhooks.event.${e}`)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <span class={w.active ? 'admin-badge' : 'admin-badge off'}>
                      {w.active ? t('webhooks.active') : t('webhooks.inactive')}
                    </span>
                  </td>
                  <td>
                    {w.lastDelivery ? (
                      <>
                        <StatusBadge ctx={ctx} status={w.lastDelivery.status} />{' '}
                        {w.lastDelivery.last_status_code ?? ''}
                        <br />
                        <span class="muted">{when(w.lastDelivery.updated_at)}</span>
                      </>
                    ) : (
                      t('webhooks.never')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section class="admin-card" aria-labelledby="create-title">
        <h2 id="create-title">{t('webhooks.create')}</h2>
        <FormAlert ctx={ctx} errors={props.errors} />
        <form method="post" action="/admin/webhooks" class="admin-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <WebhookFields ctx={ctx} idPrefix="new" values={props.values} errors={props.errors} />
          <button type="submit" class="button">
            {t('webhooks.createButton')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

export function WebhookPage(props: {
  ctx: AdminContext;
  webhook: WebhookRow;
  deliveries: DeliveryRow[];
  values: WebhookFormValues;
  errors: WebhookFormErrors;
  flash?: string | undefined;
}) {
  const { ctx, webhook: w } = props;
  const { t } = ctx;
  const when = formatter(ctx);
  const base = `/admin/webhooks/${w.id}`;
  return (
    <AdminLayout ctx={ctx} title={`${t('webhooks.title')} · ${w.url}`} flash={props.flash}>
      <p class="editor-breadcrumb">
        <a href="/admin/webhooks">{t('webhooks.back')}</a>
      </p>
      <h1 class="webhook-title">{w.url}</h1>
      <p>
        <span class={w.active ? 'admin-badge' : 'admin-badge off'}>
          {w.active ? t('webhooks.active') : t('webhooks.inactive')}
        </span>{' '}
        {w.description}
      </p>

      <section class="admin-card" aria-labelledby="secret-title">
        <h2 id="secret-title">{t('webhooks.secret')}</h2>
        <p>{t('webhooks.secretText')}</p>
        <code class="admin-secret" translate="no">
          {standardSecret(w.secret)}
        </code>
      </section>

      <section class="admin-card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('webhooks.actions')}</h2>
        <div class="webhook-actions">
          <form method="post" action={`${base}/ping`}>
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="admin-small-button" aria-describedby="ping-hint">
              {t('webhooks.ping')}
            </button>
            <p class="admin-hint" id="ping-hint">
              {t('webhooks.pingHint')}
            </p>
          </form>
          <form method="post" action={`${base}/active`}>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="active" value={w.active ? '0' : '1'} />
            <button type="submit" class="admin-small-button" aria-describedby="active-hint">
              {w.active ? t('webhooks.deactivate') : t('webhooks.activate')}
            </button>
            <p class="admin-hint" id="active-hint">
              {t('webhooks.deactivateHint')}
            </p>
          </form>
          <form method="post" action={`${base}/delete`}>
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="admin-small-button danger" aria-describedby="delete-hint">
              {t('webhooks.delete')}
            </button>
            <p class="admin-hint" id="delete-hint">
              {t('webhooks.deleteHint')}
            </p>
          </form>
        </div>
      </section>

      <section aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">{t('webhooks.deliveries')}</h2>
        <p>{t('webhooks.deliveriesIntro', { count: deliveryLogSize, max: maxAttempts })}</p>
        {props.deliveries.length === 0 ? (
          <p>{t('webhooks.noDeliveries')}</p>
        ) : (
          <div
            class="admin-table-wrap"
            role="region"
            aria-labelledby="deliveries-title"
            tabindex={0}
          >
            <table class="admin-table webhook-deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.col.event')}</th>
                  <th scope="col">{t('webhooks.col.status')}</th>
                  <th scope="col">{t('webhooks.col.attempts')}</th>
                  <th scope="col">{t('webhooks.col.response')}</th>
                  <th scope="col">{t('webhooks.col.created')}</th>
                  <th scope="col">{t('webhooks.col.when')}</th>
                </tr>
              </thead>
              <tbody>
                {props.deliveries.map((d) => (
                  <tr>
                    <td>
                      {isEvent(d.event) ? t(`webhooks.event.${d.event}`) : d.event}
                      <br />
                      <code class="muted">{d.id}</code>
                    </td>
                    <td>
                      <StatusBadge ctx={ctx} status={d.status} />
                      {d.status === 'failed' ? (
                        <form method="post" action={`${base}/deliveries/${d.id}/retry`}>
                          <CsrfField token={ctx.csrfToken} />
                          <button
                            type="submit"
                            class="admin-small-button"
                            aria-label={t('webhooks.retryNamed', { date: when(d.created_at) })}
                          >
                            {t('webhooks.retry')}
                          </button>
                        </form>
                      ) : null}
                    </td>
                    <td>{d.attempt_count}</td>
                    <td class="webhook-response">
                      {d.last_status_code !== null ? <strong>{d.last_status_code}</strong> : null}
                      {d.last_error ? <span> {d.last_error}</span> : null}
                    </td>
                    <td>{when(d.created_at)}</td>
                    <td>
                      {d.delivered_at
                        ? when(d.delivered_at)
                        : d.status === 'pending' && d.next_attempt_at
                          ? t('webhooks.nextAt', { date: when(d.next_attempt_at) })
                          : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section class="admin-card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t('webhooks.edit')}</h2>
        <FormAlert ctx={ctx} errors={props.errors} />
        <form method="post" action={base} class="admin-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <WebhookFields ctx={ctx} idPrefix="edit" values={props.values} errors={props.errors} />
          <button type="submit" class="button">
            {t('webhooks.save')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
