// Signatures: what we sign verifies, and a tampered body, another secret, an old or future
// timestamp and malformed headers are refused.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { newWebhookSecret, signPayload, verifySignature } from './webhook.signing.js';

const secret = 'a'.repeat(64);
const body = '{"id":"d1","event":"ping","occurredAt":"2026-11-26T10:00:00.000Z","data":{}}';
const now = new Date('2026-11-26T10:00:00.000Z');

describe('webhook signatures', () => {
  it('signs t=<unix seconds>,v1=<HMAC-SHA256 of "t.body"> and verifies it', () => {
    const header = signPayload(secret, body, now);
    const t = 1795687200;
    expect(t).toBe(now.getTime() / 1000);
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${v1}`);
    expect(verifySignature(secret, header, body, now)).toBe(true);
  });

  it('refuses a tampered body and another secret', () => {
    const header = signPayload(secret, body, now);
    expect(verifySignature(secret, header, body.replace('ping', 'pong'), now)).toBe(false);
    expect(verifySignature(secret, header, `${body} `, now)).toBe(false);
    expect(verifySignature('b'.repeat(64), header, body, now)).toBe(false);
  });

  it('refuses a timestamp outside the tolerance, either way', () => {
    const header = signPayload(secret, body, now);
    const later = (s: number) => new Date(now.getTime() + s * 1000);
    expect(verifySignature(secret, header, body, later(300))).toBe(true);
    expect(verifySignature(secret, header, body, later(301))).toBe(false);
    expect(verifySignature(secret, header, body, later(-301))).toBe(false);
    expect(verifySignature(secret, header, body, later(3600), 7200)).toBe(true);
  });

  it('refuses a re-signed timestamp: the time is part of what is signed', () => {
    const header = signPayload(secret, body, now);
    const forged = header.replace(/^t=\d+/, `t=${now.getTime() / 1000 + 10}`);
    expect(verifySignature(secret, forged, body, now)).toBe(false);
  });

  it('accepts any of several v1 values and refuses malformed headers', () => {
    const good = signPayload(secret, body, now);
    const v1 = good.split('v1=')[1]!;
    const t = now.getTime() / 1000;
    expect(verifySignature(secret, `t=${t},v1=${'0'.repeat(64)},v1=${v1}`, body, now)).toBe(true);
    for (const bad of [
      undefined,
      null,
      '',
      'garbage',
      `v1=${v1}`,
      `t=${t}`,
      `t=abc,v1=${v1}`,
      `t=${t},v1=${v1.slice(1)}`,
      `t=${t},v1=${v1.toUpperCase()}zz`,
    ])
      expect(verifySignature(secret, bad, body, now), String(bad)).toBe(false);
  });

  it('makes a new 32-byte hex secret each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
