// QR codes: the module grid's size per version, its finder patterns and the SVG it draws.
// (Decoding was checked with zbarimg on versions 1, 7 and 13 when this encoder was written.)
import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from './qr.js';

const finderAt = (grid: boolean[][], x: number, y: number) =>
  [0, 1, 2, 3, 4, 5, 6].every(
    (i) => grid[y]![x + i] && grid[y + 6]![x + i] && grid[y + i]![x] && grid[y + i]![x + 6],
  ) &&
  grid[y + 3]![x + 3] === true &&
  grid[y + 1]![x + 1] === false;

describe('QR code', () => {
  it('picks the smallest version that holds the text', () => {
    expect(qrModules('HELLO').length).toBe(21);
    const uri =
      'otpauth://totp/Skywin%3Aada%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Skywin&algorithm=SHA1&digits=6&period=30';
    const size = qrModules(uri).length;
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThan(21);
  });

  it('draws the three finder patterns', () => {
    const grid = qrModules('otpauth://totp/x?secret=ABC');
    const n = grid.length;
    expect(finderAt(grid, 0, 0)).toBe(true);
    expect(finderAt(grid, n - 7, 0)).toBe(true);
    expect(finderAt(grid, 0, n - 7)).toBe(true);
  });

  it('refuses a text longer than version 15 holds', () => {
    expect(() => qrModules('x'.repeat(500))).toThrow('too long');
  });

  it('renders an SVG image with an escaped label and a quiet zone', () => {
    const svg = qrSvg('HELLO', 'Code "QR" <1>');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 29 29"[^>]*role="img"/);
    expect(svg).toContain('aria-label="Code &#34;QR&#34; &#60;1&#62;"');
    expect(svg).toContain('M4 4h1v1h-1z');
  });
});
