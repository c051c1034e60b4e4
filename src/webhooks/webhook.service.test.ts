// Webhook deliveries on every dialect, against a real HTTP receiver on 127.0.0.1: signed so the
// Standard Webhooks reference library verifies them with the secret (and the old header for one
// more release), a secret made before that change included; retried with back-off and logged when the receiver
// fails, given up after the last attempt, never blocking whoever enqueued them, sent once when
// two workers race, and only to active webhooks subscribed to the event.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHmac, randomBytes } from 'node:crypto';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { controllableClock } from '../../test/support/editor.js';
import { makeOrganisation } from '../../test/support/factories.js';
import {
  startReceiver,
  unreachableUrl,
  verifyStandard,
} from '../../test/support/webhook-receiver.js';
import { maxAttempts, retryDelaysMs, userAgent } from './webhook.delivery.js';
import type { WebhookEvent, WebhookPayload } from './webhook.events.js';
import { verifyLegacySignature } from './webhook.legacy-signature.js';
import { newWebhookSecret, standardSecret } from './webhook.signing.js';
import { webhookService, type WebhookService } from './webhook.service.js';

describe.each(testDialects())('webhooks on $name', (dialect) => {
  let t: TestDatabase;
  let service: WebhookService;
  const clock = controllableClock();
  const make = (options: { timeoutMs?: number } = {}) =>
    webhookService({
      db: t.database.db,
      baseUrl: 'https://news.example.org',
      now: clock.now,
      ...options,
    });
  const register = (url: string, events: WebhookEvent[] = ['entity.changed']) =>
    service.createWebhook({ url, description: 'test receiver', events }, null);
  const delivery = (id: string) =>
    t.database.db
      .selectFrom('webhook_delivery')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const deliveriesOf = (webhookId: string) => service.listDeliveries(webhookId);

  beforeAll(async () => {
    t = await dialect.open();
    service = make();
  });
  afterEach(async () => {
    for (const w of await service.listWebhooks()) await service.deleteWebhook(w.id);
  });
  afterAll(() => t.cleanup());

  it('delivers a JSON POST that the Standard Webhooks library verifies with the webhook secret', async () => {
    const receiver = await startReceiver({ status: 204 });
    try {
      const id = await register(receiver.url);
      const { secret } = await service.getWebhook(id);
      const orgId = await makeOrganisation(t.database);
      await service.entityChanged('organisation', orgId, 'saved');
      const [queued] = await deliveriesOf(id);
      expect(queued).toMatchObject({ status: 'pending', attempt_count: 0 });
      expect(receiver.received).toHaveLength(0); // enqueueing sends nothing

      const outcomes = await service.deliverDue();
      expect(outcomes).toEqual([
        { deliveryId: queued!.id, status: 'delivered', statusCode: 204, error: null },
      ]);
      expect(receiver.received).toHaveLength(1);
      const request = receiver.received[0]!;
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/hooks/constellation');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe(userAgent);
      expect(request.headers['constellation-event']).toBe('entity.changed');
      expect(request.headers['constellation-delivery']).toBe(queued!.id);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(request.headers['webhook-id']).toBe(queued!.id);
      expect(request.headers['webhook-timestamp']).toBe(String(clock.now().getTime() / 1000));
      expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      const sentAt = clock.now();
      const later = (s: number) => new Date(sentAt.getTime() + s * 1000);
      expect(verifyStandard(secret, request, sentAt)).toEqual({
        ok: true,
        payload: JSON.parse(request.body) as unknown,
      });
      expect(verifyStandard(secret, request, later(299)).ok).toBe(true);
      // A tampered body, another secret, a replay after the 5-minute window: refused.
      const tampered = { ...request, body: request.body.replace('saved', 'trashed') };
      expect(verifyStandard(secret, tampered, sentAt)).toMatchObject({ ok: false });
      expect(verifyStandard(newWebhookSecret(), request, sentAt)).toMatchObject({ ok: false });
      expect(verifyStandard(secret, request, later(301))).toEqual({
        ok: false,
        error: 'Message timestamp too old',
      });
      // The old header, for receivers not yet migrated (same key).
      const legacy = request.headers['constellation-signature'] as string;
      expect(legacy).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyLegacySignature(secret, legacy, request.body, sentAt)).toBe(true);
      expect(verifyLegacySignature(newWebhookSecret(), legacy, request.body, sentAt)).toBe(false);

      const payload = JSON.parse(request.body) as WebhookPayload;
      expect(payload).toEqual({
        id: queued!.id,
        event: 'entity.changed',
        occurredAt: clock.now().toISOString(),
        data: { type: 'organisation', id: orgId, change: 'saved' },
      });
      expect(await delivery(queued!.id)).toMatchObject({
        status: 'delivered',
        attempt_count: 1,
        last_status_code: 204,
        last_error: null,
        next_attempt_at: null,
        delivered_at: clock.now().toISOString(),
      });
      expect(await service.deliverDue()).toEqual([]); // nothing is sent twice
      const [listed] = await service.listWebhooks();
      expect(listed!.lastDelivery?.status).toBe('delivered');
    } finally {
      await receiver.close();
    }
  });

  it('keeps a webhook made before Standard Webhooks working with its 64-hex secret', async () => {
    const receiver = await startReceiver({ status: 204 });
    try {
      const id = await register(receiver.url);
      const hex = randomBytes(32).toString('hex');
      await t.database.db
        .updateTable('webhook')
        .set({ secret: hex })
        .where('id', '=', id)
        .execute();
      await service.entityChanged('sector', 's-1', 'saved');
      await service.deliverDue();
      const [request] = receiver.received;
      // The whsec_ form the admin page shows verifies the standard signature…
      expect(verifyStandard(standardSecret(hex), request!, clock.now()).ok).toBe(true);
      // …and a receiver still running the old check, keyed by the hex text, keeps passing.
      const legacy = request!.headers['constellation-signature'] as string;
      const [t1, v1] = legacy.split(',').map((p) => p.split('=')[1]!);
      const expected = createHmac('sha256', hex).update(`${t1}.${request!.body}`).digest('hex');
      expect(v1).toBe(expected);
    } finally {
      await receiver.close();
    }
  });

  it('retries a failing receiver with back-off, logging each attempt, then gives up', async () => {
    const receiver = await startReceiver({ status: 500 });
    try {
      const id = await register(receiver.url);
      await service.entityChanged('person', 'p-1', 'trashed');
      const [queued] = await deliveriesOf(id);

      const sentAt: Date[] = [];
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        sentAt.push(clock.now());
        const [outcome] = await service.deliverDue();
        expect(outcome).toMatchObject({ statusCode: 500, error: 'HTTP 500: receiver says no' });
        const row = await delivery(queued!.id);
        expect(row.attempt_count).toBe(attempt);
        expect(row.last_status_code).toBe(500);
        expect(row.last_error).toBe('HTTP 500: receiver says no');
        if (attempt < maxAttempts) {
          const delay = retryDelaysMs[attempt - 1]!;
          expect(row.status).toBe('pending');
          expect(row.next_attempt_at).toBe(new Date(clock.now().getTime() + delay).toISOString());
          // Not due before its time.
          clock.advance(delay - 1000);
          expect(await service.deliverDue()).toEqual([]);
          clock.advance(1000);
        } else {
          expect(row.status).toBe('failed');
          expect(row.next_attempt_at).toBeNull();
        }
      }
      expect(receiver.received).toHaveLength(maxAttempts);
      expect(maxAttempts).toBe(6);
      expect(retryDelaysMs).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 43_200_000]);
      // Every attempt signs again with its own time, over the same body and the same
      // webhook-id (what receivers de-duplicate on); each verifies at the time it was sent.
      const bodies = new Set(receiver.received.map((r) => r.body));
      expect(bodies.size).toBe(1);
      const { secret } = await service.getWebhook(id);
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual(
        sentAt.map(() => queued!.id),
      );
      expect(receiver.received.map((r) => r.headers['webhook-timestamp'])).toEqual(
        sentAt.map((at) => String(Math.floor(at.getTime() / 1000))),
      );
      receiver.received.forEach((r, i) =>
        expect(verifyStandard(secret, r, sentAt[i]!).ok, `attempt ${i + 1}`).toBe(true),
      );
      // The first attempt, replayed when the third is sent (6 minutes later), is refused.
      expect(verifyStandard(secret, receiver.received[0]!, sentAt[2]!)).toEqual({
        ok: false,
        error: 'Message timestamp too old',
      });
      clock.advance(86_400_000);
      expect(await service.deliverDue()).toEqual([]);

      // "Retry now" on the failed delivery: one more attempt, which now succeeds.
      receiver.setMode({ status: 200 });
      await service.retryDelivery(id, queued!.id);
      await expect(service.retryDelivery(id, queued!.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      const [outcome] = await service.deliverDue();
      expect(outcome).toMatchObject({ status: 'delivered', statusCode: 200 });
      expect(await delivery(queued!.id)).toMatchObject({ status: 'delivered', attempt_count: 7 });
      const last = receiver.received.at(-1)!;
      expect(last.headers['webhook-id']).toBe(queued!.id);
      expect(verifyStandard(secret, last, clock.now()).ok).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('does not make the change wait on a hanging receiver; the attempt times out and is retried', async () => {
    const receiver = await startReceiver('hang');
    try {
      const id = await register(receiver.url);
      // Enqueueing resolves with the delivery queued and no request made.
      await service.entityChanged('event', 'e-1', 'saved');
      expect(receiver.received).toHaveLength(0);
      const [queued] = await deliveriesOf(id);
      expect(queued!.status).toBe('pending');

      const [outcome] = await make({ timeoutMs: 200 }).deliverDue();
      expect(outcome).toMatchObject({ status: 'pending', statusCode: null, error: 'timeout' });
      expect(receiver.received).toHaveLength(1);
      expect(await delivery(queued!.id)).toMatchObject({
        status: 'pending',
        attempt_count: 1,
        last_error: 'timeout',
        next_attempt_at: new Date(clock.now().getTime() + 60_000).toISOString(),
      });
    } finally {
      await receiver.close();
    }
  });

  it('logs an unreachable receiver as a network error and retries it', async () => {
    const id = await register(await unreachableUrl());
    await service.entityChanged('project', 'pr-1', 'restored');
    const [outcome] = await service.deliverDue();
    expect(outcome!.status).toBe('pending');
    expect(outcome!.statusCode).toBeNull();
    expect(outcome!.error).toMatch(/fetch failed|ECONNREFUSED/);
    const [row] = await deliveriesOf(id);
    expect(row!.last_error).toMatch(/ECONNREFUSED/);
  });

  it('posts through the injected fetch with a timeout signal; a redirect is not followed but failed', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch: typeof globalThis.fetch = (url, init) => {
      calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init! });
      return Promise.resolve(
        new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }),
      );
    };
    const id = await register('https://moved.example.org/hook');
    await service.entityChanged('organisation', 'o-9', 'saved');
    const [outcome] = await webhookService({
      db: t.database.db,
      baseUrl: 'https://news.example.org',
      now: clock.now,
      fetch,
    }).deliverDue();
    expect(outcome).toMatchObject({ status: 'pending', statusCode: 302, error: 'HTTP 302' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://moved.example.org/hook');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', redirect: 'manual' });
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
    const [row] = await deliveriesOf(id);
    expect(calls[0]!.init.body).toBe(row!.payload);
  });

  it('sends a due delivery once when two workers race for it', async () => {
    const receiver = await startReceiver({ status: 200 });
    try {
      const id = await register(receiver.url);
      for (let i = 0; i < 5; i++) await service.entityChanged('sector', `s-${i}`, 'saved');
      const [a, b] = await Promise.all([make().deliverDue(), make().deliverDue()]);
      expect(a.length + b.length).toBe(5);
      expect(receiver.received).toHaveLength(5);
      expect(new Set(receiver.received.map((r) => r.headers['constellation-delivery'])).size).toBe(
        5,
      );
      expect((await deliveriesOf(id)).every((d) => d.status === 'delivered')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('queues only for active webhooks subscribed to the event; a ping reaches any webhook', async () => {
    const subscribed = await register('https://a.example.org/hook', ['entity.changed']);
    const other = await register('https://b.example.org/hook', ['article.published']);
    const inactive = await register('https://c.example.org/hook', ['entity.changed']);
    await service.setActive(inactive, false);
    await service.entityChanged('organisation', 'o-1', 'destroyed');
    expect(await deliveriesOf(subscribed)).toHaveLength(1);
    expect(await deliveriesOf(other)).toHaveLength(0);
    expect(await deliveriesOf(inactive)).toHaveLength(0);

    // Deactivating gives up what was waiting; a ping is queued even so, on request.
    expect(await service.setActive(subscribed, false)).toBe(1);
    const [cancelled] = await deliveriesOf(subscribed);
    expect(cancelled).toMatchObject({
      status: 'failed',
      last_error: 'cancelled: webhook deactivated',
    });
    const pingId = await service.sendPing(inactive);
    const [ping] = await deliveriesOf(inactive);
    expect(ping!.id).toBe(pingId);
    expect(JSON.parse(ping!.payload)).toMatchObject({
      id: pingId,
      event: 'ping',
      data: { webhookId: inactive },
    });
  });

  it('updates, reactivates and deletes a webhook with its deliveries; unknown ids are not found', async () => {
    const id = await register('https://a.example.org/hook');
    await service.sendPing(id);
    await service.updateWebhook(id, {
      url: 'https://a.example.org/v2',
      description: 'v2',
      events: ['article.deleted', 'entity.changed'],
    });
    const row = await service.getWebhook(id);
    expect(row).toMatchObject({
      url: 'https://a.example.org/v2',
      events: 'article.deleted,entity.changed',
    });
    expect(row.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await service.setActive(id, false);
    await service.setActive(id, true);
    expect((await service.getWebhook(id)).active).toBe(1);
    await service.deleteWebhook(id);
    expect(await t.database.db.selectFrom('webhook_delivery').selectAll().execute()).toEqual([]);
    const missing = '00000000-0000-7000-8000-000000000000';
    const calls: (() => Promise<unknown>)[] = [
      () => service.getWebhook(missing),
      () => service.sendPing(missing),
      () => service.setActive(missing, true),
      () => service.deleteWebhook(missing),
      () =>
        service.updateWebhook(missing, {
          url: 'https://x.example',
          description: '',
          events: ['entity.changed'],
        }),
      () => service.retryDelivery(missing, missing),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: 'not_found' });
  });
});
