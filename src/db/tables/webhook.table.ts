// Kysely table types for webhooks (an admin's registered receiver) and their deliveries (one
// event sent to one receiver, with its attempts).

export interface WebhookTable {
  id: string;
  url: string;
  description: string;
  /** Subscribed event names, comma-separated (see webhook.events.ts). */
  events: string;
  /**
   * Signs every delivery, shown to the admin so receivers can verify: `whsec_` and 32 random
   * bytes in base64; a webhook made before Standard Webhooks keeps its 64 hex characters, whose
   * UTF-8 bytes are the key (webhook.signing.ts).
   */
  secret: string;
  active: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** pending: waiting for (another) attempt; delivered: a 2xx came back; failed: given up. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryTable {
  id: string;
  webhook_id: string;
  event: string;
  /** The exact JSON body sent (signed as is at each attempt). */
  payload: string;
  status: DeliveryStatus;
  attempt_count: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
  updated_at: string;
}
