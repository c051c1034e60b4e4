// The old Constellation-Signature, still sent for one release: unchanged for a receiver that
// keeps its 64-hex secret, and a tampered body, another secret, an old or future timestamp and
// malformed headers are refused.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { signLegacy, verifyLegacySignature } from './webhook.legacy-signature.js';
import { newWebhookSecret, standardSecret } from './webhook.signing.js';

const secret = 'a'.repeat(64);
const body = '{"id":"d1","event":"ping","occurredAt":"2026-11-26T10:00:00.000Z","data":{}}';
const now = new Date('2026-11-26T10:00:00.000Z');

describe('the legacy Constellation-Signature', () => {
  it('is still t=<unix seconds>,v1=<HMAC-SHA256 of "t.body"> keyed by the hex text', () => {
    const header = signLegacy(secret, body, now);
    const t = 1795687200;
    expect(t).toBe(now.getTime() / 1000);
    // What a receiver written against the old documentation computes.
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${v1}`);
    expect(verifyLegacySignature(secret, header, body, now)).toBe(true);
    // The whsec_ form names the same key, so it signs the same header.
    expect(signLegacy(standardSecret(secret), body, now)).toBe(header);
  });

  it('is keyed by the decoded bytes of a whsec_ secret', () => {
    const fresh = newWebhookSecret();
    const key = Buffer.from(fresh.slice('whsec_'.length), 'base64');
    const t = now.getTime() / 1000;
    const v1 = createHmac('sha256', key).update(`${t}.${body}`).digest('hex');
    expect(signLegacy(fresh, body, now)).toBe(`t=${t},v1=${v1}`);
  });

  it('refuses a tampered body and another secret', () => {
    const header = signLegacy(secret, body, now);
    expect(verifyLegacySignature(secret, header, body.replace('ping', 'pong'), now)).toBe(false);
    expect(verifyLegacySignature(secret, header, `${body} `, now)).toBe(false);
    expect(verifyLegacySignature('b'.repeat(64), header, body, now)).toBe(false);
  });

  it('refuses a timestamp outside the tolerance, either way', () => {
    const header = signLegacy(secret, body, now);
    const later = (s: number) => new Date(now.getTime() + s * 1000);
    expect(verifyLegacySignature(secret, header, body, later(300))).toBe(true);
    expect(verifyLegacySignature(secret, header, body, later(301))).toBe(false);
    expect(verifyLegacySignature(secret, header, body, later(-301))).toBe(false);
    expect(verifyLegacySignature(secret, header, body, later(3600), 7200)).toBe(true);
  });

  it('refuses a re-signed timestamp: the time is part of what is signed', () => {
    const header = signLegacy(secret, body, now);
    const forged = header.replace(/^t=\d+/, `t=${now.getTime() / 1000 + 10}`);
    expect(verifyLegacySignature(secret, forged, body, now)).toBe(false);
  });

  it('accepts any of several v1 values and refuses malformed headers', () => {
    const good = signLegacy(secret, body, now);
    const v1 = good.split('v1=')[1]!;
    const t = now.getTime() / 1000;
    const several = `t=${t},v1=${'0'.repeat(64)},v1=${v1}`;
    expect(verifyLegacySignature(secret, several, body, now)).toBe(true);
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
      expect(verifyLegacySignature(secret, bad, body, now), String(bad)).toBe(false);
  });
});
