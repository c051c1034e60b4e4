// The tar.gz container, streamed both ways with tar-stream and zlib: entries are written one after
// the other and read one after the other, so memory stays bounded by one batch, never the archive.
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { TransferError } from './format.js';

export interface ArchiveWriter {
  addBuffer(name: string, content: Buffer): Promise<void>;
  addFile(name: string, path: string, size: number): Promise<void>;
  /** Closes the archive and moves it to its final name. */
  finish(): Promise<void>;
  /** Stops writing and removes the partial file. */
  abort(): Promise<void>;
}

/** Writes `out` through a `.partial` file, so a failed run never leaves something that looks whole. */
export function createArchiveWriter(out: string): ArchiveWriter {
  const partial = `${out}.partial`;
  const pack = tar.pack();
  const written = pipeline(pack, createGzip({ level: 6 }), createWriteStream(partial));
  written.catch(() => undefined); // awaited in finish/abort
  const header = (name: string, size: number) => ({ name, size, mode: 0o644, mtime: new Date(0) });
  const entry = (name: string, size: number, fill: (sink: NodeJS.WritableStream) => void) =>
    new Promise<void>((resolve, reject) => {
      const sink = pack.entry(header(name, size), (error) => (error ? reject(error) : resolve()));
      fill(sink);
    });
  return {
    addBuffer: (name, content) => entry(name, content.length, (sink) => sink.end(content)),
    addFile: (name, path, size) =>
      entry(name, size, (sink) => {
        const source = createReadStream(path);
        source.on('error', (error) =>
          (sink as unknown as { destroy(e: Error): void }).destroy(error),
        );
        source.pipe(sink);
      }),
    async finish() {
      pack.finalize();
      await written;
      await rename(partial, out);
    },
    async abort() {
      pack.destroy();
      await written.catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}

export interface ArchiveEntry {
  name: string;
  type: string;
  size: number;
  body: Readable;
}

/** The entries of a tar.gz in order; damaged or foreign files end in a TransferError. */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const read = pipeline(source, gunzip, extract);
  let failure: unknown;
  read.catch((error: unknown) => (failure ??= error));
  gunzip.once('error', (error) => (failure ??= error));
  /**
   * An entry's body whose failure (a truncated archive ends inside it) is the archive's, as a
   * TransferError: the extractor only says its entry "was destroyed". Read chunk by chunk.
   */
  async function* body(entry: Readable): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of entry) yield chunk as Buffer;
    } catch (error) {
      // zlib's error reaches the gunzip listener within the same turn of the event loop.
      await new Promise((settle) => setImmediate(settle));
      throw archiveError(failure ?? error, file);
    }
  }
  try {
    for await (const entry of extract) {
      yield {
        name: entry.header.name,
        type: entry.header.type ?? 'file',
        size: entry.header.size ?? 0,
        body: Readable.from(body(entry), { objectMode: false }),
      };
      entry.resume(); // an entry the caller did not read is skipped
    }
    await read;
  } catch (error) {
    throw archiveError(failure ?? error, file);
  } finally {
    source.destroy();
  }
}

/** A zlib or tar failure as the TransferError a user can act on; other errors pass unchanged. */
export function archiveError(error: unknown, file: string): Error {
  if (error instanceof TransferError) return error;
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return new TransferError(`Cannot read “${file}”: no such file.`, 66);
  if (code === 'EISDIR') return new TransferError(`Cannot read “${file}”: it is a directory.`, 66);
  if (code === 'Z_DATA_ERROR' || /incorrect header check/.test(message))
    return new TransferError(
      `“${file}” is not a Constellation export: it is not a gzip-compressed tar archive.`,
    );
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(message))
    return new TransferError(`“${file}” is truncated: the archive ends before its last entry.`);
  if (/invalid tar header/i.test(message))
    return new TransferError(`“${file}” is not a Constellation export: it is not a tar archive.`);
  return error instanceof Error ? error : new Error(message);
}
