// Every SQL statement about webhooks and their deliveries, plus the read of an article that a
// delivery describes.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import { newId } from '../lib/id.js';
import type {
  DeliveryStatus,
  WebhookDeliveryTable,
  WebhookTable,
} from '../db/tables/webhook.table.js';

export type WebhookRow = Selectable<WebhookTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable>;

export interface WebhookValues {
  url: string;
  description: string;
  events: string;
}

export interface NewDelivery {
  id: string;
  webhook_id: string;
  event: string;
  payload: string;
}

/** What an attempt changed on a delivery. */
export interface AttemptResult {
  status: DeliveryStatus;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface ArticleSnapshotRow {
  deleted_at: string | null;
  translations: {
    locale: string;
    slug: string;
    title: string;
    status: string;
    published_at: string | null;
  }[];
}

export function webhookRepository(db: Db) {
  return {
    async insertWebhook(
      values: WebhookValues & { secret: string; created_by: string | null },
      now: string,
    ): Promise<string> {
      const id = newId();
      await db
        .insertInto('webhook')
        .values({ id, ...values, active: 1, created_at: now, updated_at: now })
        .execute();
      return id;
    },

    async findWebhook(id: string): Promise<WebhookRow | undefined> {
      return db.selectFrom('webhook').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Every webhook, oldest first, each with the id of its latest delivery (if any). */
    async listWebhooks(): Promise<(WebhookRow & { last_delivery_id: string | null })[]> {
      return db
        .selectFrom('webhook as w')
        .selectAll('w')
        .select((eb) =>
          eb
            .selectFrom('webhook_delivery as d')
            .select('d.id')
            .whereRef('d.webhook_id', '=', 'w.id')
            .orderBy('d.created_at', 'desc')
            .orderBy('d.id', 'desc')
            .limit(1)
            .as('last_delivery_id'),
        )
        .orderBy('w.created_at')
        .orderBy('w.id')
        .execute();
    },

    async listActiveWebhooks(): Promise<WebhookRow[]> {
      return db.selectFrom('webhook').selectAll().where('active', '=', 1).orderBy('id').execute();
    },

    /** false when there is no such webhook. */
    async updateWebhook(id: string, values: Partial<WebhookValues>, now: string): Promise<boolean> {
      const result = await db
        .updateTable('webhook')
        .set({ ...values, updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setActive(id: string, active: boolean, now: string): Promise<boolean> {
      const result = await db
        .updateTable('webhook')
        .set({ active: active ? 1 : 0, updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Deletes the webhook; its deliveries go with it (foreign key cascade). */
    async deleteWebhook(id: string): Promise<boolean> {
      const result = await db.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async insertDeliveries(rows: NewDelivery[], now: string): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('webhook_delivery')
        .values(
          rows.map((r) => ({
            ...r,
            status: 'pending' as const,
            attempt_count: 0,
            next_attempt_at: now,
            last_status_code: null,
            last_error: null,
            created_at: now,
            delivered_at: null,
            updated_at: now,
          })),
        )
        .execute();
    },

    async findDelivery(id: string): Promise<DeliveryRow | undefined> {
      return db.selectFrom('webhook_delivery').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async listDeliveriesByIds(ids: readonly string[]): Promise<DeliveryRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom('webhook_delivery').selectAll().where('id', 'in', ids).execute();
    },

    /** A webhook's latest deliveries, newest first. */
    async listDeliveries(webhookId: string, limit: number): Promise<DeliveryRow[]> {
      return db
        .selectFrom('webhook_delivery')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Pending deliveries whose time has come, the longest waiting first. */
    async listDueDeliveries(now: string, limit: number): Promise<DeliveryRow[]> {
      return db
        .selectFrom('webhook_delivery')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    /**
     * Takes a due delivery for one attempt by pushing its next_attempt_at to `leaseUntil`, only
     * if it is still pending at the time read: of two workers, one alone sees its update count.
     */
    async claimDelivery(id: string, seenAt: string, leaseUntil: string, now: string) {
      const result = await db
        .updateTable('webhook_delivery')
        .set({ next_attempt_at: leaseUntil, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', seenAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordAttempt(id: string, result: AttemptResult, now: string): Promise<void> {
      await db
        .updateTable('webhook_delivery')
        .set((eb) => ({
          ...result,
          attempt_count: eb('attempt_count', '+', 1),
          updated_at: now,
        }))
        .where('id', '=', id)
        .execute();
    },

    /** Makes a failed delivery of the webhook due now; false when it is not failed. */
    async retryDelivery(webhookId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('webhook_delivery')
        .set({ status: 'pending', next_attempt_at: now, updated_at: now })
        .where('id', '=', id)
        .where('webhook_id', '=', webhookId)
        .where('status', '=', 'failed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Gives up the pending deliveries of a webhook (it was deactivated). */
    async cancelPending(webhookId: string, reason: string, now: string): Promise<number> {
      const result = await db
        .updateTable('webhook_delivery')
        .set({ status: 'failed', next_attempt_at: null, last_error: reason, updated_at: now })
        .where('webhook_id', '=', webhookId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** An article's trash state and translations; undefined when it does not exist. */
    async findArticleSnapshot(articleId: string): Promise<ArticleSnapshotRow | undefined> {
      const article = await db
        .selectFrom('article')
        .select('deleted_at')
        .where('id', '=', articleId)
        .executeTakeFirst();
      if (!article) return undefined;
      const translations = await db
        .selectFrom('article_translation')
        .select(['locale', 'slug', 'title', 'status', 'published_at'])
        .where('article_id', '=', articleId)
        .orderBy('locale')
        .execute();
      return { deleted_at: article.deleted_at, translations };
    },
  };
}

export type WebhookRepository = ReturnType<typeof webhookRepository>;
