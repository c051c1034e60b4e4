// TOTP against the RFC 6238 test vectors and base32 round trips.
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  newTotpSecret,
  otpauthUri,
  totpCode,
  verifyTotp,
} from './totp.js';

// RFC 6238 Appendix B uses the ASCII key "12345678901234567890" for SHA-1.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('gives the RFC 6238 code at %i s (last six digits)', (seconds, code) => {
    expect(totpCode(rfcSecret, new Date(seconds * 1000))).toBe(code);
  });

  it('gives the RFC 4226 HOTP values', () => {
    expect(hotp(rfcSecret, 0)).toBe('755224');
    expect(hotp(rfcSecret, 9)).toBe('520489');
  });

  it('accepts the codes of the previous and next steps, not older ones', () => {
    const secret = newTotpSecret();
    const at = new Date('2026-11-25T12:00:00Z');
    const step = (n: number) => new Date(at.getTime() + n * 30_000);
    expect(verifyTotp(secret, totpCode(secret, at), at)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, step(-1)), at)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, step(1)), at)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, step(-2)), at)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', at)).toBe(false);
    expect(verifyTotp(secret, '', at)).toBe(false);
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    const bytes = Buffer.from('any bytes at all!');
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('builds an otpauth URI with issuer and account', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'ada@example.org', 'Skywin');
    expect(uri).toBe(
      'otpauth://totp/Skywin%3Aada%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Skywin&algorithm=SHA1&digits=6&period=30',
    );
  });
});
