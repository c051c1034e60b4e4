// Delivery signatures per the Standard Webhooks specification (standardwebhooks.com), so any
// receiver can check them with an off-the-shelf library: `webhook-id` (the delivery's id, the
// same on every retry: receivers de-duplicate on it), `webhook-timestamp` (unix seconds of this
// attempt) and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed by the
// bytes of a `whsec_<base64>` secret. Receivers refuse timestamps more than 5 minutes away.
import { createHmac, randomBytes } from 'node:crypto';

export const secretPrefix = 'whsec_';
/** The replay window the specification's libraries apply, either side of the receiver's clock. */
export const toleranceSeconds = 300;

/** A new webhook secret: `whsec_` and 32 random bytes in base64 (the spec asks 24 to 64). */
export function newWebhookSecret(): string {
  return secretPrefix + randomBytes(32).toString('base64');
}

/**
 * The HMAC key of a stored secret. A secret made before Standard Webhooks (64 hex characters,
 * still in the database or in an older export) is not converted: its key is the UTF-8 bytes of
 * that text, which is what the old Constellation-Signature was keyed by, so the receiver's
 * existing secret and the `whsec_` form shown to admins name the same key.
 */
export function signingKey(secret: string): Buffer {
  return secret.startsWith(secretPrefix)
    ? Buffer.from(secret.slice(secretPrefix.length), 'base64')
    : Buffer.from(secret, 'utf8');
}

/** The secret as Standard Webhooks libraries take it: `whsec_` and the key in base64. */
export function standardSecret(secret: string): string {
  return secret.startsWith(secretPrefix)
    ? secret
    : secretPrefix + signingKey(secret).toString('base64');
}

/** The three Standard Webhooks headers of one attempt of delivery `id`, sent at `now`. */
export function standardHeaders(secret: string, id: string, body: string, now: Date) {
  const timestamp = Math.floor(now.getTime() / 1000);
  const mac = createHmac('sha256', signingKey(secret))
    .update(`${id}.${timestamp}.${body}`, 'utf8')
    .digest('base64');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${mac}`,
  };
}
