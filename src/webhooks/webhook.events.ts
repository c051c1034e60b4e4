// The events a webhook may subscribe to, and the shapes of what their deliveries carry.

export const webhookEvents = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'article.deleted',
  'entity.changed',
] as const;

export type WebhookEvent = (typeof webhookEvents)[number];
/** `ping` is sent only on an admin's request, to the one webhook, whatever it subscribes to. */
export type DeliveryEvent = WebhookEvent | 'ping';

export const entityTypes = ['organisation', 'person', 'event', 'project', 'sector'] as const;
export type EntityType = (typeof entityTypes)[number];
export type EntityChange = 'saved' | 'trashed' | 'restored' | 'destroyed';

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (webhookEvents as readonly string[]).includes(value);
}

/** The subscribed events of a stored comma-separated list (unknown names are dropped). */
export function parseEvents(stored: string): WebhookEvent[] {
  return stored.split(',').filter(isWebhookEvent);
}

export interface ArticleTranslationData {
  title: string;
  status: string;
  /** Absolute public URL (it answers 404 while the translation is not published). */
  url: string;
  publishedAt: string | null;
}

export interface ArticleData {
  id: string;
  /** Locales of the article's translations; a deleted article has none. */
  locales: string[];
  translations: Record<string, ArticleTranslationData>;
  /** True while the article is in the trash. */
  trashed: boolean;
}

export interface EntityData {
  type: EntityType;
  id: string;
  change: EntityChange;
}

/** The JSON body of every delivery. */
export interface WebhookPayload {
  /** The delivery id (also in the Constellation-Delivery header): receivers dedupe on it. */
  id: string;
  event: DeliveryEvent;
  occurredAt: string;
  data: ArticleData | EntityData | { id: string } | { webhookId: string; message: string };
}
