// The signature sent before Standard Webhooks, kept for one release so existing receivers do
// not break (docs/webhooks.md, « Migrating »): `Constellation-Signature: t=<unix seconds>,
// v1=<hex>` where v1 = HMAC-SHA256(key, `${t}.${rawBody}`), with the same key as the standard
// signature (for a pre-existing hex secret, its UTF-8 bytes, as before). Remove in the next one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { signingKey, toleranceSeconds } from './webhook.signing.js';

export const legacySignatureHeader = 'Constellation-Signature';

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', signingKey(secret))
    .update(`${timestamp}.${body}`, 'utf8')
    .digest('hex');
}

/** The Constellation-Signature header value for `body` sent at `now`. */
export function signLegacy(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

/**
 * Whether `header` is a valid Constellation-Signature of `body` (the raw bytes received, as
 * text) by `secret`, made at most `tolerance` seconds from `now`; any of several v1 values may
 * match, and comparisons are constant-time. What a receiver of the old header runs.
 */
export function verifyLegacySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  tolerance: number = toleranceSeconds,
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
  if (Math.abs(now.getTime() / 1000 - timestamp) > tolerance) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return candidates.some((c) => timingSafeEqual(Buffer.from(c, 'hex'), expected));
}
