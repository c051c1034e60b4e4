// QR codes: the `qrcode` library encodes; these tests rasterise what we draw and read it back with
// jsQR, so a code that phones cannot scan fails here.
import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from './qr.js';
import { newTotpSecret, otpauthUri } from './totp.js';

// jsqr is CommonJS whose types declare an ES default export: under NodeNext it sits on `.default`.
const jsQR = jsqr.default;
const scale = 4;

/** Black squares of `scale` pixels for each dark cell, on white, as jsQR's RGBA input. */
function rasterise(dark: (x: number, y: number) => boolean, size: number) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark(Math.floor(px / scale), Math.floor(py / scale))) continue;
      const i = (py * width + px) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return jsQR(pixels, width, width)?.data;
}

/** Decodes the library's module matrix, with a 4-module quiet zone. */
function decodeMatrix(text: string) {
  const grid = qrMatrix(text);
  return rasterise((x, y) => grid[y - 4]?.[x - 4] === true, grid.length + 8);
}

/** Decodes the SVG we serve, by filling the rectangles of its path. */
function decodeSvg(svg: string) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const cells = new Set<string>();
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return rasterise((x, y) => cells.has(`${x},${y}`), size);
}

describe('QR code', () => {
  const uri = otpauthUri(newTotpSecret(), 'ada.lovelace@example.org', 'Constellation');

  it('encodes an otpauth URI that a decoder reads back unchanged', () => {
    expect(decodeMatrix(uri)).toBe(uri);
  });

  it('draws an SVG whose modules decode to the otpauth URI', () => {
    expect(decodeSvg(qrSvg(uri, 'QR code'))).toBe(uri);
  });

  it('encodes non-ASCII text as UTF-8', () => {
    const text = 'otpauth://totp/Constellation%3Aj%C3%A9r%C3%B4me?secret=ABC&issuer=Cité';
    expect(decodeMatrix(text)).toBe(text);
  });

  it('renders an SVG image with an escaped label and a quiet zone', () => {
    const svg = qrSvg('HELLO', 'Code "QR" <1>');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 29 29"[^>]*role="img"/);
    expect(svg).toContain('aria-label="Code &#34;QR&#34; &#60;1&#62;"');
    // The top-left finder pattern starts with a run of 7 dark modules inside the quiet zone.
    expect(svg).toContain('M4 4h7v1h-7z');
  });
});
