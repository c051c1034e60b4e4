// Image work with sharp: checking an upload is the image its bytes claim to be, and rendering the
// resized variants (EXIF orientation applied; sharp drops EXIF/GPS and other metadata on output).
import type { VariantFormat } from '../db/tables/media.table.js';
import type sharpModule from 'sharp';

/** sharp and libvips, loaded on the first image to check or resize (not at every start). */
const loadSharp = async (): Promise<typeof sharpModule> => (await import('sharp')).default;
import { AppError } from '../errors.js';
import { sniffImageType, type ImageFormat } from './media.detect.js';

/** Upload limit of an image file. */
export const maxUploadBytes = 20 * 1024 * 1024;
/** Larger images are refused: decoding them would take too much memory (decompression bombs). */
export const maxPixels = 60_000_000;
/** Widths of the generated variants (never wider than the original). */
export const variantWidths = [480, 960, 1600] as const;

export interface ImageInfo {
  format: ImageFormat;
  /** Dimensions as displayed, after the EXIF orientation. */
  width: number;
  height: number;
}

/** Why an upload was refused, so pages can say it in the reader's language. */
export type RefusalReason = 'empty' | 'too_large' | 'svg' | 'not_image' | 'too_many_pixels';

/** An AppError (413/415/400) naming the reason of the refusal. */
export class UploadRefused extends AppError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message: string) {
    const code =
      reason === 'too_large'
        ? 'payload_too_large'
        : reason === 'empty'
          ? 'bad_request'
          : 'unsupported_media_type';
    super(code, message);
    this.reason = reason;
  }
}

const unsupported = () =>
  new UploadRefused(
    'not_image',
    'This file is not a JPEG, PNG, WebP or AVIF image. Its content was checked, not its name.',
  );

/** What sharp calls each accepted format (AVIF is HEIF with AV1 compression). */
function matches(format: ImageFormat, meta: sharpModule.Metadata): boolean {
  switch (format) {
    case 'jpeg':
      return meta.format === 'jpeg';
    case 'png':
      return meta.format === 'png';
    case 'webp':
      return meta.format === 'webp';
    case 'avif':
      return meta.format === 'heif' && meta.compression === 'av1';
  }
}

/**
 * Checks the bytes are an accepted image — magic bytes first, then sharp reads the header and
 * must agree — and returns its format and displayed size. Throws AppError with a user message.
 */
export async function inspectImage(bytes: Uint8Array): Promise<ImageInfo> {
  if (bytes.byteLength > maxUploadBytes) {
    throw new UploadRefused(
      'too_large',
      `This file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB.`,
    );
  }
  if (bytes.byteLength === 0) throw new UploadRefused('empty', 'The file is empty.');
  const sniffed = sniffImageType(bytes);
  if (sniffed === 'svg') {
    throw new UploadRefused(
      'svg',
      'SVG files are refused: they can carry scripts. Upload a JPEG, PNG, WebP or AVIF image.',
    );
  }
  if (sniffed === 'unknown') throw unsupported();
  const sharp = await loadSharp();
  let meta: sharpModule.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unsupported();
  }
  if (!matches(sniffed, meta) || !meta.width || !meta.height) throw unsupported();
  if (meta.width * meta.height > maxPixels) {
    throw new UploadRefused(
      'too_many_pixels',
      `This image is ${meta.width} × ${meta.height} pixels; the limit is 60 megapixels.`,
    );
  }
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    format: sniffed,
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
  };
}

/**
 * The original as it will be stored and served: turned upright and re-encoded in its own format,
 * keeping its colour profile and dropping every other metadata (EXIF with GPS, XMP, IPTC), which
 * sharp leaves out of any image it writes unless asked. Quality is high: this is the file a
 * reader downloads in full, and the master the variants are made from.
 */
export async function cleanOriginal(bytes: Uint8Array, format: ImageFormat): Promise<Buffer> {
  const sharp = await loadSharp();
  const pipeline = sharp(bytes, { limitInputPixels: maxPixels }).rotate().keepIccProfile();
  switch (format) {
    case 'jpeg':
      pipeline.jpeg({ quality: 92, mozjpeg: true });
      break;
    case 'png':
      pipeline.png({ compressionLevel: 9 });
      break;
    case 'webp':
      pipeline.webp({ quality: 92 });
      break;
    case 'avif':
      pipeline.avif({ quality: 70 });
      break;
  }
  return pipeline.toBuffer();
}

/** The widths to render for an original this wide: the targets, capped at the original. */
export function widthsFor(originalWidth: number): number[] {
  return [...new Set(variantWidths.map((w) => Math.min(w, originalWidth)))];
}

/** The formats to render: WebP, AVIF and the original's own (once when it is one of those). */
export function formatsFor(original: ImageFormat): VariantFormat[] {
  return [...new Set<VariantFormat>(['avif', 'webp', original])];
}

export interface RenderedVariant {
  data: Buffer;
  width: number;
  height: number;
}

/** One variant: oriented, resized to `width` (never enlarged), encoded, metadata stripped. */
export async function renderVariant(
  original: Uint8Array,
  width: number,
  format: VariantFormat,
): Promise<RenderedVariant> {
  const sharp = await loadSharp();
  const pipeline = sharp(original, { limitInputPixels: maxPixels })
    .rotate()
    .resize({ width, withoutEnlargement: true });
  switch (format) {
    case 'webp':
      pipeline.webp({ quality: 80 });
      break;
    case 'avif':
      pipeline.avif({ quality: 55 });
      break;
    case 'jpeg':
      pipeline.jpeg({ quality: 82, mozjpeg: true });
      break;
    case 'png':
      pipeline.png({ compressionLevel: 9 });
      break;
  }
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
