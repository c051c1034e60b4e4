// One HTTP attempt of a delivery, and the back-off between attempts. The request is signed at
// the moment it is sent, so a retry carries the same webhook-id and body with a fresh timestamp.
import { legacySignatureHeader, signLegacy } from './webhook.legacy-signature.js';
import type { DeliveryRow } from './webhook.repository.js';
import { standardHeaders } from './webhook.signing.js';

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is failed. */
export const retryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];
export const maxAttempts = retryDelaysMs.length + 1;
export const defaultTimeoutMs = 10_000;
export const userAgent = 'Constellation-Webhooks/1';

export type Fetch = typeof globalThis.fetch;

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  /** Why it failed: "HTTP 500: <start of the body>", a network error, a timeout. */
  error: string | null;
}

const errorLength = 500;

function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `${error.message}${detail}`.slice(0, errorLength);
  }
  return String(error).slice(0, errorLength);
}

/** Sends the delivery's payload to `url`; never throws: every failure is an outcome. */
export async function attemptDelivery(
  delivery: Pick<DeliveryRow, 'id' | 'event' | 'payload'>,
  webhook: { url: string; secret: string },
  options: { fetch: Fetch; now: Date; timeoutMs: number },
): Promise<AttemptOutcome> {
  try {
    const response = await options.fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': userAgent,
        'Constellation-Event': delivery.event,
        'Constellation-Delivery': delivery.id,
        ...standardHeaders(webhook.secret, delivery.id, delivery.payload, options.now),
        [legacySignatureHeader]: signLegacy(webhook.secret, delivery.payload, options.now),
      },
      body: delivery.payload,
      // A redirect is not followed (the signature names one URL): it counts as a failure.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text().catch(() => '');
    if (response.status >= 200 && response.status < 300)
      return { ok: true, statusCode: response.status, error: null };
    const snippet = text.trim().replace(/\s+/g, ' ').slice(0, 200);
    return {
      ok: false,
      statusCode: response.status,
      error: `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}`,
    };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeError(error) };
  }
}

/** When to try again after `attempts` failed attempts; undefined when it is time to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | undefined {
  const delay = retryDelaysMs[attempts - 1];
  return delay === undefined ? undefined : new Date(now.getTime() + delay);
}
