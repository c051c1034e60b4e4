// The delivery worker: every `intervalMs` it sends the due webhook deliveries, with no request
// waiting on it. Several instances may run on one PostgreSQL: each delivery is claimed by one.
import type { Logger } from '../http/logger.js';
import type { DeliveryOutcome, WebhookService } from './webhook.service.js';

export const defaultDeliveryIntervalMs = 5_000;

export interface WebhookWorkerDeps {
  webhooks: Pick<WebhookService, 'deliverDue'>;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  intervalMs?: number;
}

export interface WebhookWorker {
  /** One pass; resolves with the outcome of each attempt made. */
  runOnce: () => Promise<DeliveryOutcome[]>;
  stop: () => void;
}

/** A worker that does not start by itself: `startWebhookWorker` adds the timer. */
export function createWebhookWorker(deps: WebhookWorkerDeps): WebhookWorker {
  let running = false;
  const runOnce = async (): Promise<DeliveryOutcome[]> => {
    // A slow receiver (up to the timeout) must not make passes pile up.
    if (running) return [];
    running = true;
    try {
      const outcomes = await deps.webhooks.deliverDue();
      for (const o of outcomes) {
        if (o.status === 'delivered') deps.logger.info(o, 'webhook delivered');
        else deps.logger.warn(o, o.status === 'failed' ? 'webhook given up' : 'webhook will retry');
      }
      return outcomes;
    } finally {
      running = false;
    }
  };
  return { runOnce, stop: () => undefined };
}

/** Starts the worker on a timer that does not keep the process alive; `stop` ends it. */
export function startWebhookWorker(deps: WebhookWorkerDeps): WebhookWorker {
  const worker = createWebhookWorker(deps);
  const timer = setInterval(() => {
    worker.runOnce().catch((error: unknown) => {
      deps.logger.error({ err: error }, 'webhook deliveries failed');
    });
  }, deps.intervalMs ?? defaultDeliveryIntervalMs);
  timer.unref();
  return { runOnce: worker.runOnce, stop: () => clearInterval(timer) };
}
