// The media library: uploads checked by content, stored originals, variants made in the
// background by the worker, alt texts per locale and credit, soft delete.
import { AppError } from '../errors.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import { extensions, mimeTypes, type ImageFormat } from './media.detect.js';
import { toImageVariant, toMediaItem, type MediaItem } from './media.presenter.js';
import { type ImageVariant } from '../views/cards.js';
import {
  cleanOriginal,
  formatsFor,
  inspectImage,
  renderVariant,
  widthsFor,
} from './media.processing.js';
import type { MediaRepository, NewVariant } from './media.repository.js';
import { newStorageKey, variantKey, type MediaStore } from './media.storage.js';
import { mediaWorker } from './media.worker.js';

export const mediaPageSize = 24;

export interface MediaServiceDeps {
  media: MediaRepository;
  /** Where files live; without one (CLI, read-only uses) uploads are refused. */
  store?: MediaStore | undefined;
  locales: readonly string[];
  now: () => Date;
  /** Told about a variant job that failed (the media is then marked `failed`). */
  onJobError?: (mediaId: string, error: unknown) => void;
  /** Told after each change public pages show (variants ready, alt text, credit, trash). */
  onChanged?: () => void;
}

export interface UploadInput {
  /** The id to give the media (an import claims it under its source key before uploading). */
  id?: string | undefined;
  bytes: Uint8Array;
  originalName: string;
  uploadedBy: string | null;
  alt?: Record<string, string>;
  credit?: string;
}

const formatOfMime: Record<string, ImageFormat> = Object.fromEntries(
  Object.entries(mimeTypes).map(([format, mime]) => [mime, format as ImageFormat]),
);

export function mediaService(deps: MediaServiceDeps) {
  const repo = deps.media;
  const nowIso = () => deps.now().toISOString();

  function storeOrFail(): MediaStore {
    if (!deps.store) throw new AppError('unavailable', 'Media storage is not configured.');
    return deps.store;
  }

  /** Renders every variant of one media, stores the files, then records them (status ready). */
  async function makeVariants(mediaId: string): Promise<void> {
    const row = await repo.findMedia(mediaId);
    if (!row || row.status === 'ready') return;
    const format = formatOfMime[row.mime_type];
    if (!format) return; // registered files (SVG illustrations) have no variants
    try {
      const store = storeOrFail();
      const original = await store.read(row.storage_key);
      const made: NewVariant[] = [];
      for (const width of widthsFor(row.width)) {
        for (const variantFormat of formatsFor(format)) {
          const out = await renderVariant(original, width, variantFormat);
          const ext = variantFormat === 'jpeg' ? 'jpg' : variantFormat;
          const key = variantKey(row.storage_key, width, ext);
          await store.put(key, out.data);
          made.push({
            width: out.width,
            height: out.height,
            format: variantFormat,
            storage_key: key,
            byte_size: out.data.byteLength,
          });
        }
      }
      await repo.saveVariants(mediaId, made, nowIso());
      deps.onChanged?.();
    } catch (error) {
      await repo.setStatus(mediaId, 'failed', nowIso());
      deps.onChanged?.();
      deps.onJobError?.(mediaId, error);
    }
  }

  const worker = mediaWorker(makeVariants);

  async function getItem(id: string): Promise<MediaItem> {
    const row = await repo.findMedia(id);
    if (!row) throw new AppError('not_found', 'This image does not exist.');
    const [variants, alt] = await Promise.all([repo.listVariants([id]), repo.listAltTexts(id)]);
    return toMediaItem(row, variants, Object.keys(alt));
  }

  return {
    /**
     * Checks the file by its content, stores the original under `YYYY/MM/<uuid>.<ext>`, records
     * it as pending and queues its variants; answers without waiting for them.
     */
    async upload(input: UploadInput): Promise<MediaItem> {
      const store = storeOrFail();
      const info = await inspectImage(input.bytes);
      const original = await cleanOriginal(input.bytes, info.format);
      const now = deps.now();
      const key = newStorageKey(now, extensions[info.format]);
      await store.put(key, original);
      let id: string;
      try {
        id = await repo.insertMedia(
          {
            id: input.id,
            storage_key: key,
            original_name: input.originalName.slice(0, 255),
            mime_type: mimeTypes[info.format],
            width: info.width,
            height: info.height,
            byte_size: original.byteLength,
            credit: (input.credit ?? '').trim(),
            alt: pickLocales(input.alt ?? {}, deps.locales),
            status: 'pending',
            uploaded_by: input.uploadedBy,
          },
          now.toISOString(),
        );
      } catch (error) {
        await store.remove(key);
        throw error;
      }
      worker.enqueue(id);
      return getItem(id);
    },

    getMedia: getItem,

    /** Alt texts per locale of one media (for its edit form). */
    altTexts: (id: string) => repo.listAltTexts(id),

    /** One page of the library, newest first; a page past the end is not found. */
    async listMedia(page: number): Promise<{ items: MediaItem[]; page: PageInfo }> {
      const { rows, total } = await repo.listMedia({
        limit: mediaPageSize,
        offset: (page - 1) * mediaPageSize,
      });
      const info = pageInfo(page, mediaPageSize, total);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      const ids = rows.map((r) => r.id);
      const [variants, alt] = await Promise.all([repo.listVariants(ids), repo.listAltLocales(ids)]);
      return {
        items: rows.map((r) =>
          toMediaItem(
            r,
            variants.filter((v) => v.media_id === r.id),
            alt.get(r.id) ?? [],
          ),
        ),
        page: info,
      };
    },

    /** Saves credit and alt texts (only the site's locales) at the version the form read. */
    async updateMedia(
      id: string,
      input: { version: number; credit: string; alt: Record<string, string> },
    ): Promise<void> {
      await repo.updateMedia(
        id,
        input.version,
        { credit: input.credit.trim(), alt: pickLocales(input.alt, deps.locales) },
        nowIso(),
      );
      deps.onChanged?.();
    },

    /** Moves a media to the trash; articles keep their reference but stop showing it. */
    async deleteMedia(id: string): Promise<void> {
      if (!(await repo.softDelete(id, nowIso()))) {
        throw new AppError('not_found', 'This image does not exist.');
      }
      deps.onChanged?.();
    },

    /**
     * Whether the image has an alt text in `locale`: an article whose hero is this image may
     * not be published in that locale without one.
     */
    hasAltText: (mediaId: string, locale: string) => repo.hasAltText(mediaId, locale),

    /** The variants of ready media, keyed by the original's storage key (for <picture>). */
    async variantsByStorageKey(keys: readonly string[]): Promise<Map<string, ImageVariant[]>> {
      const unique = [...new Set(keys)];
      const rows = await repo.listVariantsByStorageKeys(unique);
      const out = new Map<string, ImageVariant[]>();
      for (const r of rows)
        out.set(r.original_key, [...(out.get(r.original_key) ?? []), toImageVariant(r)]);
      return out;
    },

    /** Queues the uploads left pending by a stopped process; returns how many. */
    async resumePending(): Promise<number> {
      const ids = await repo.listPendingIds();
      for (const id of ids) worker.enqueue(id);
      return ids.length;
    },

    /** Resolves when no variant job is queued or running (tests, graceful stop). */
    idle: () => worker.idle(),
  };
}

function pickLocales(alt: Record<string, string>, locales: readonly string[]) {
  return Object.fromEntries(
    locales.filter((l) => typeof alt[l] === 'string').map((l) => [l, alt[l]!.trim()]),
  );
}

export type MediaService = ReturnType<typeof mediaService>;
