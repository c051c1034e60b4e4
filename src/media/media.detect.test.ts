// The magic-byte sniffer: the content decides the type, never the name.
import { describe, expect, it } from 'vitest';
import { makeTestImage } from '../../test/support/images.js';
import { sniffImageType } from './media.detect.js';

describe('sniffImageType', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('recognises %s from its bytes', async (f) => {
    expect(sniffImageType(await makeTestImage(f, 40, 30))).toBe(f);
  });

  it('calls SVG and XML markup svg, with a BOM or leading white space', () => {
    const svg = '\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(sniffImageType(Buffer.from(svg))).toBe('svg');
    expect(sniffImageType(Buffer.from('<?xml version="1.0"?><svg/>'))).toBe('svg');
  });

  it('calls text and truncated headers unknown', () => {
    expect(sniffImageType(Buffer.from('just some text, not a picture'))).toBe('unknown');
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e]))).toBe('unknown');
    expect(sniffImageType(new Uint8Array())).toBe('unknown');
  });
});
