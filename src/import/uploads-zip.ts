// A zip of a WordPress `wp-content/uploads` folder, unpacked for the newsroom's import with
// yauzl (a streaming reader that checks each entry's sizes). Entries are written only below the
// target folder: absolute paths, `..`, drive letters and links are refused; the total unpacked
// size and the number of files are bounded, so a zip bomb stops at the limit.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ImportInputError } from './import-context.js';

export const maxUnpackedBytes = 4 * 1024 ** 3;
export const maxEntries = 200_000;

/** The path of an entry under the uploads root (the `YYYY/MM/file` WordPress writes), or undefined. */
export function uploadsEntryPath(name: string): string | undefined {
  if (name.includes('\\') || name.includes('\u0000') || /^[a-zA-Z]:/.test(name)) return undefined;
  const normal = posix.normalize(name);
  if (normal.startsWith('/') || normal.startsWith('..') || normal.endsWith('/')) return undefined;
  // Zips made from the site root, from wp-content or from the uploads folder itself.
  return normal.replace(/^(?:.*\/)?wp-content\/uploads\//, '').replace(/^uploads\//, '');
}

/** Unpacks `zipFile` into `dir`; returns how many files were written. */
export async function unpackUploads(zipFile: string, dir: string): Promise<number> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipFile, { strictFileNames: false });
  } catch (error) {
    throw new ImportInputError(
      `The uploads file is not a zip archive (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  let files = 0;
  let bytes = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const path = uploadsEntryPath(entry.fileName);
      const isLink = ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
      if (!path || isLink) continue;
      files += 1;
      bytes += entry.uncompressedSize;
      if (files > maxEntries || bytes > maxUnpackedBytes)
        throw new ImportInputError(
          `The uploads zip unpacks to more than ${maxEntries} files or 4 GB: import it from the command line with --uploads DIR.`,
        );
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await pipeline(
        await zip.openReadStreamPromise(entry),
        createWriteStream(target, { mode: 0o600 }),
      );
    }
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(
      `The uploads zip cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    zip.close();
  }
  return files;
}
