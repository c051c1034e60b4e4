// Standard Webhooks signatures, checked by the specification's reference library (npm
// `standardwebhooks`): what we sign verifies; a tampered body, another secret, another id and a
// timestamp outside the 5-minute window are refused; secrets made before the change still work.
import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { verifyStandard } from '../../test/support/webhook-receiver.js';
import {
  newWebhookSecret,
  signingKey,
  standardHeaders,
  standardSecret,
} from './webhook.signing.js';

const id = '019ac0de-0000-7000-8000-000000000001';
const body = `{"id":"${id}","event":"ping","occurredAt":"2026-11-26T10:00:00.000Z","data":{}}`;
const now = new Date('2026-11-26T10:00:00.000Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);
const signed = (secret: string, payload = body, at = now) => ({
  headers: standardHeaders(secret, id, payload, at),
  body: payload,
});

describe('Standard Webhooks signatures', () => {
  it('makes a new whsec_ secret of 32 random bytes each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(signingKey(a)).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
    expect(standardSecret(a)).toBe(a);
  });

  it('signs webhook-id, webhook-timestamp and v1,<base64> as the reference library does', () => {
    const secret = newWebhookSecret();
    const { headers } = signed(secret);
    expect(headers).toEqual({
      'webhook-id': id,
      'webhook-timestamp': '1795687200',
      'webhook-signature': new Webhook(secret).sign(id, now, body),
    });
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verifyStandard(secret, signed(secret), now)).toEqual({
      ok: true,
      payload: JSON.parse(body) as unknown,
    });
  });

  it('is refused for a tampered body, another secret or another id', () => {
    const secret = newWebhookSecret();
    const request = signed(secret);
    const refused = { ok: false, error: 'No matching signature found' };
    expect(verifyStandard(secret, { ...request, body: body.replace('ping', 'pong') }, now)).toEqual(
      refused,
    );
    expect(verifyStandard(secret, { ...request, body: `${body} ` }, now)).toEqual(refused);
    expect(verifyStandard(newWebhookSecret(), request, now)).toEqual(refused);
    const otherId = { ...request.headers, 'webhook-id': `${id}x` };
    expect(verifyStandard(secret, { ...request, headers: otherId }, now)).toEqual(refused);
  });

  it('is refused outside the 5-minute window, either way, and with a re-signed timestamp', () => {
    const secret = newWebhookSecret();
    const request = signed(secret);
    expect(verifyStandard(secret, request, later(300)).ok).toBe(true);
    expect(verifyStandard(secret, request, later(-300)).ok).toBe(true);
    expect(verifyStandard(secret, request, later(301))).toEqual({
      ok: false,
      error: 'Message timestamp too old',
    });
    expect(verifyStandard(secret, request, later(-301))).toEqual({
      ok: false,
      error: 'Message timestamp too new',
    });
    const moved = { ...request.headers, 'webhook-timestamp': '1795687210' };
    expect(verifyStandard(secret, { ...request, headers: moved }, now).ok).toBe(false);
  });

  it('keeps a pre-existing 64-hex secret working: its whsec_ form is the same key', () => {
    const legacy = 'c0ffee'.repeat(10) + 'abcd';
    expect(legacy).toMatch(/^[0-9a-f]{64}$/);
    const shown = standardSecret(legacy);
    expect(shown).toBe(`whsec_${Buffer.from(legacy, 'utf8').toString('base64')}`);
    expect(signingKey(shown)).toEqual(signingKey(legacy));
    expect(verifyStandard(shown, signed(legacy), now).ok).toBe(true);
    expect(standardHeaders(shown, id, body, now)).toEqual(standardHeaders(legacy, id, body, now));
  });
});
