// Test images generated with sharp (no binary fixtures): a gradient in any accepted format.
import sharp from 'sharp';
import type { ImageFormat } from '../../src/media/media.detect.js';

/** A width × height image with a diagonal gradient, encoded as `format`. */
export async function makeTestImage(
  format: ImageFormat,
  width = 1200,
  height = 800,
  options: { exifOrientation?: number; gps?: boolean } = {},
): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((255 * x) / width);
      pixels[i + 1] = Math.round((255 * y) / height);
      pixels[i + 2] = 160;
    }
  }
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (options.exifOrientation || options.gps) {
    image = image.withMetadata({
      ...(options.exifOrientation ? { orientation: options.exifOrientation } : {}),
      ...(options.gps
        ? { exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 38/1 0/1' } } }
        : {}),
    });
  }
  switch (format) {
    case 'jpeg':
      return image.jpeg().toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp().toBuffer();
    case 'avif':
      return image.avif({ effort: 0 }).toBuffer();
  }
}
