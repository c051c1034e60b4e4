// Webhooks' rules: admins register receivers; article and entity changes enqueue one delivery
// per subscribed active webhook (a database insert, nothing else, so an editor's save never
// waits on a receiver); the worker's pass sends what is due, signed, and retries with back-off.
import type { ArticleChange } from '../articles/article-editor.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { paths } from '../i18n/paths.js';
import { newId } from '../lib/id.js';
import {
  attemptDelivery,
  defaultTimeoutMs,
  maxAttempts,
  nextAttemptAt,
  type Fetch,
} from './webhook.delivery.js';
import {
  parseEvents,
  type ArticleData,
  type DeliveryEvent,
  type EntityChange,
  type EntityType,
  type WebhookEvent,
  type WebhookPayload,
} from './webhook.events.js';
import {
  webhookRepository,
  type DeliveryRow,
  type NewDelivery,
  type WebhookRow,
} from './webhook.repository.js';
import { newWebhookSecret } from './webhook.signing.js';
import type { WebhookInput } from './webhook.schema.js';

export const deliveryLogSize = 50;
/** Deliveries taken per worker pass; the next pass takes the rest. */
const duePerPass = 20;
/** How long a claimed delivery stays out of others' reach: longer than any attempt can take. */
const leaseMs = 2 * 60_000;

export interface WebhookServiceDeps {
  db: Db;
  /** Public origin for absolute article links, without trailing slash. */
  baseUrl: string;
  now: () => Date;
  fetch?: Fetch;
  timeoutMs?: number;
  /** Told when enqueueing fails (the editor's change is saved already, so it is not thrown). */
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface WebhookListItem extends WebhookRow {
  subscribed: WebhookEvent[];
  lastDelivery: DeliveryRow | undefined;
}

export interface DeliveryOutcome {
  deliveryId: string;
  status: DeliveryRow['status'];
  statusCode: number | null;
  error: string | null;
}

export function webhookService(deps: WebhookServiceDeps) {
  const repo = webhookRepository(deps.db);
  const fetchImpl: Fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const nowIso = () => deps.now().toISOString();
  const report =
    deps.onError ??
    ((error: unknown, context: Record<string, unknown>) =>
      console.error('webhook enqueue failed', context, error));

  async function getWebhook(id: string): Promise<WebhookRow> {
    const row = await repo.findWebhook(id);
    if (!row) throw new AppError('not_found', 'This webhook does not exist.');
    return row;
  }

  /** One delivery per receiver (each has its own id, which the payload carries). */
  async function enqueue(
    webhooks: readonly WebhookRow[],
    event: DeliveryEvent,
    data: WebhookPayload['data'],
  ): Promise<string[]> {
    const occurredAt = nowIso();
    const rows: NewDelivery[] = webhooks.map((w) => {
      const id = newId();
      const payload: WebhookPayload = { id, event, occurredAt, data };
      return { id, webhook_id: w.id, event, payload: JSON.stringify(payload) };
    });
    await repo.insertDeliveries(rows, occurredAt);
    return rows.map((r) => r.id);
  }

  async function enqueueEvent(event: WebhookEvent, data: WebhookPayload['data']) {
    const subscribed = (await repo.listActiveWebhooks()).filter((w) =>
      parseEvents(w.events).includes(event),
    );
    return subscribed.length ? enqueue(subscribed, event, data) : [];
  }

  async function articleData(id: string): Promise<ArticleData | undefined> {
    const article = await repo.findArticleSnapshot(id);
    if (!article) return undefined;
    return {
      id,
      locales: article.translations.map((t) => t.locale),
      translations: Object.fromEntries(
        article.translations.map((t) => [
          t.locale,
          {
            title: t.title,
            status: t.status,
            url: deps.baseUrl + paths.article(t.locale, t.slug),
            publishedAt: t.published_at,
          },
        ]),
      ),
      trashed: article.deleted_at !== null,
    };
  }

  /** The event an article change means to receivers, if any (edits of drafts mean nothing). */
  function articleEvent(change: ArticleChange, data: ArticleData): WebhookEvent | undefined {
    const visible = Object.values(data.translations).some((t) => t.status === 'published');
    switch (change) {
      case 'published':
        return 'article.published';
      case 'unpublished':
        return 'article.unpublished';
      case 'saved':
        return visible && !data.trashed ? 'article.updated' : undefined;
      case 'trashed':
        return visible ? 'article.unpublished' : undefined;
      case 'restored':
        return visible ? 'article.published' : undefined;
      case 'destroyed':
        return 'article.deleted';
    }
  }

  /** Records one attempt's outcome: delivered, pending again later, or failed for good. */
  async function attempt(delivery: DeliveryRow): Promise<DeliveryOutcome> {
    const webhook = await repo.findWebhook(delivery.webhook_id);
    if (!webhook)
      return { deliveryId: delivery.id, status: 'failed', statusCode: null, error: null };
    const outcome = await attemptDelivery(delivery, webhook, {
      fetch: fetchImpl,
      now: deps.now(),
      timeoutMs: deps.timeoutMs ?? defaultTimeoutMs,
    });
    const now = deps.now();
    const attempts = delivery.attempt_count + 1;
    const retryAt = attempts < maxAttempts ? nextAttemptAt(attempts, now) : undefined;
    const status = outcome.ok ? 'delivered' : retryAt ? 'pending' : 'failed';
    await repo.recordAttempt(
      delivery.id,
      {
        status,
        next_attempt_at: status === 'pending' ? retryAt!.toISOString() : null,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        delivered_at: outcome.ok ? now.toISOString() : null,
      },
      now.toISOString(),
    );
    return {
      deliveryId: delivery.id,
      status,
      statusCode: outcome.statusCode,
      error: outcome.error,
    };
  }

  return {
    getWebhook,

    /** Every webhook with its subscribed events and its latest delivery. */
    async listWebhooks(): Promise<WebhookListItem[]> {
      const rows = await repo.listWebhooks();
      const last = await repo.listDeliveriesByIds(
        rows.flatMap((r) => (r.last_delivery_id ? [r.last_delivery_id] : [])),
      );
      return rows.map(({ last_delivery_id, ...w }) => ({
        ...w,
        subscribed: parseEvents(w.events),
        lastDelivery: last.find((d) => d.id === last_delivery_id),
      }));
    },

    /** Registers a receiver (active, with a new secret); returns its id. */
    async createWebhook(input: WebhookInput, createdBy: string | null): Promise<string> {
      return repo.insertWebhook(
        {
          url: input.url,
          description: input.description,
          events: input.events.join(','),
          secret: newWebhookSecret(),
          created_by: createdBy,
        },
        nowIso(),
      );
    },

    async updateWebhook(id: string, input: WebhookInput): Promise<void> {
      const ok = await repo.updateWebhook(
        id,
        { url: input.url, description: input.description, events: input.events.join(',') },
        nowIso(),
      );
      if (!ok) throw new AppError('not_found', 'This webhook does not exist.');
    },

    /** Turns a webhook on or off; off gives up its pending deliveries (returns how many). */
    async setActive(id: string, active: boolean): Promise<number> {
      const now = nowIso();
      if (!(await repo.setActive(id, active, now)))
        throw new AppError('not_found', 'This webhook does not exist.');
      return active ? 0 : repo.cancelPending(id, 'cancelled: webhook deactivated', now);
    },

    async deleteWebhook(id: string): Promise<void> {
      if (!(await repo.deleteWebhook(id)))
        throw new AppError('not_found', 'This webhook does not exist.');
    },

    /** Queues a `ping` to this webhook alone, active or not; returns the delivery id. */
    async sendPing(id: string): Promise<string> {
      const webhook = await getWebhook(id);
      const [deliveryId] = await enqueue([webhook], 'ping', {
        webhookId: id,
        message: 'Test delivery from Constellation.',
      });
      return deliveryId!;
    },

    listDeliveries: (webhookId: string, limit = deliveryLogSize) =>
      repo.listDeliveries(webhookId, limit),

    /** Makes a failed delivery due now: one more attempt (failed again if it fails). */
    async retryDelivery(webhookId: string, deliveryId: string): Promise<void> {
      if (!(await repo.retryDelivery(webhookId, deliveryId, nowIso())))
        throw new AppError('not_found', 'No such failed delivery of this webhook.');
    },

    /** Enqueues what an article change means to subscribers; never throws (reports instead). */
    async articleChanged(id: string, change: ArticleChange): Promise<void> {
      try {
        if (change === 'destroyed') {
          await enqueueEvent('article.deleted', { id });
          return;
        }
        const data = await articleData(id);
        if (!data) return;
        const event = articleEvent(change, data);
        if (event) await enqueueEvent(event, data);
      } catch (error) {
        report(error, { articleId: id, change });
      }
    },

    /** Enqueues `entity.changed` for a directory change; never throws (reports instead). */
    async entityChanged(type: EntityType, id: string, change: EntityChange): Promise<void> {
      try {
        await enqueueEvent('entity.changed', { type, id, change });
      } catch (error) {
        report(error, { entityType: type, entityId: id, change });
      }
    },

    /**
     * The worker's pass: claims the due deliveries (a delivery another worker claimed first is
     * skipped) and attempts them concurrently; resolves with each outcome.
     */
    async deliverDue(limit = duePerPass): Promise<DeliveryOutcome[]> {
      const now = deps.now();
      const due = await repo.listDueDeliveries(now.toISOString(), limit);
      const lease = new Date(now.getTime() + leaseMs).toISOString();
      const claimed: DeliveryRow[] = [];
      for (const d of due)
        if (await repo.claimDelivery(d.id, d.next_attempt_at!, lease, now.toISOString()))
          claimed.push(d);
      return Promise.all(claimed.map(attempt));
    },
  };
}

export type WebhookService = ReturnType<typeof webhookService>;
