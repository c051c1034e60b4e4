// Files an import reads beside its input (WordPress's uploads folder, a saved site's images):
// a path from the input is resolved inside its folder or refused, so `../../etc/passwd`, an
// absolute path or a NUL byte never reads outside it.
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';

/** `relative` inside `dir`, or undefined when it would leave it. */
export function pathInside(dir: string, relative: string): string | undefined {
  const clean = relative.replace(/\\/g, '/');
  if (!clean || clean.includes('\0') || isAbsolute(clean) || /^[a-z]:/i.test(clean))
    return undefined;
  if (clean.split('/').some((part) => part === '..')) return undefined;
  const root = resolve(dir);
  const path = resolve(join(root, clean));
  return path.startsWith(root + sep) ? path : undefined;
}

export type FileRead = { bytes: Uint8Array } | { missing: true } | { outside: true };

/** Reads `relative` under `dir`; a symbolic link that points out of `dir` counts as outside. */
export async function readInside(dir: string, relative: string): Promise<FileRead> {
  const path = pathInside(dir, relative);
  if (!path) return { outside: true };
  try {
    const [real, root] = await Promise.all([realpath(path), realpath(dir)]);
    if (!real.startsWith(root + sep)) return { outside: true };
    return { bytes: await readFile(real) };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { missing: true };
    throw error;
  }
}
