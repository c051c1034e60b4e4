// Delivery signatures, Stripe-style: `Constellation-Signature: t=<unix seconds>,v1=<hex>` where
// v1 = HMAC-SHA256(secret, `${t}.${rawBody}`). The timestamp inside the signed text lets a
// receiver refuse a replayed old delivery; verifySignature is what a receiver would run.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'Constellation-Signature';
export const defaultToleranceSeconds = 300;

/** A new webhook secret: 32 random bytes in hex. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('hex');
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The Constellation-Signature header value for `body` sent at `now`. */
export function signPayload(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

/**
 * Whether `header` is a valid signature of `body` (the raw bytes received, as text) by `secret`,
 * made at most `toleranceSeconds` from `now`. Any v1 value may match (several are allowed so a
 * secret can be rotated); comparisons are constant-time.
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  toleranceSeconds: number = defaultToleranceSeconds,
): boolean {
  if (!header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return candidates.some((c) => timingSafeEqual(Buffer.from(c, 'hex'), expected));
}
