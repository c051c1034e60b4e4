// View models of media for pages: public URLs of originals and variants, grouped for <picture>.
import type { ImageVariant } from '../views/cards.js';
import type { MediaRow, MediaStatus, MediaVariantRow } from './media.repository.js';

/** One generated file, as a page links it. */

export interface MediaItem {
  id: string;
  url: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  credit: string;
  status: MediaStatus;
  createdAt: string;
  /** Who uploaded it (null for imports and seeds): they may edit its alt text and credit. */
  uploadedBy: string | null;
  version: number;
  /** Locales with a non-empty alt text. */
  altLocales: string[];
  variants: ImageVariant[];
  /** A small variant for the library grid (undefined until variants exist). */
  thumbnailUrl: string | undefined;
}

/** Public URL of a stored media file (served from MEDIA_DIR under /media/). */
export function mediaFileUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}

export function toImageVariant(v: MediaVariantRow): ImageVariant {
  return { url: mediaFileUrl(v.storage_key), width: v.width, height: v.height, format: v.format };
}

export function toMediaItem(
  row: MediaRow,
  variants: readonly MediaVariantRow[],
  altLocales: readonly string[],
): MediaItem {
  const views = variants.map(toImageVariant).sort((a, b) => a.width - b.width);
  const thumb = views.find((v) => v.format === 'webp');
  return {
    id: row.id,
    url: mediaFileUrl(row.storage_key),
    originalName: row.original_name,
    mimeType: row.mime_type,
    width: row.width,
    height: row.height,
    byteSize: row.byte_size,
    credit: row.credit,
    status: row.status,
    createdAt: row.created_at,
    uploadedBy: row.uploaded_by,
    version: row.version,
    altLocales: [...altLocales],
    variants: views,
    thumbnailUrl: thumb?.url,
  };
}
