// Where media files live: a directory (MEDIA_DIR, served under /media/). The interface is small
// so an S3-compatible store can replace it (DESIGN §7) without touching the service.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

export interface MediaStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  read(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** A new key for an original: `YYYY/MM/<uuid>.<ext>` (UTC month of the upload). */
export function newStorageKey(now: Date, extension: string): string {
  const yyyy = String(now.getUTCFullYear());
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${yyyy}/${mm}/${randomUUID()}.${extension}`;
}

/** The key of a variant beside its original: `YYYY/MM/<uuid>-960.webp`. */
export function variantKey(originalKey: string, width: number, extension: string): string {
  return `${originalKey.replace(/\.[a-z0-9]+$/i, '')}-${width}.${extension}`;
}

/** Files under one directory; keys are relative paths and may not climb out of it. */
export function diskMediaStore(dir: string): MediaStore {
  const root = resolve(dir);
  const pathOf = (key: string) => {
    const path = resolve(join(root, key));
    if (!path.startsWith(root + sep))
      throw new Error(`media key outside the media directory: ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed, so a reader never sees half a file.
      const temporary = `${path}.${randomUUID()}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    read: (key) => readFile(pathOf(key)),
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
