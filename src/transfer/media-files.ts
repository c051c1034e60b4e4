// Media keys as paths: a key from a row or an archive entry becomes a file under MEDIA_DIR only
// when it cannot climb out of it (no `..`, no absolute path, no backslash, no NUL).
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/** The absolute path of a media key under `mediaDir`, or undefined for a key that would escape. */
export function safeMediaPath(mediaDir: string, key: string): string | undefined {
  if (!isSafeMediaKey(key)) return undefined;
  const root = resolve(mediaDir);
  const path = resolve(join(root, key));
  return path.startsWith(root + sep) ? path : undefined;
}

export function isSafeMediaKey(key: string): boolean {
  if (key === '' || key.length > 1024 || isAbsolute(key)) return false;
  if (/[\\\0]/.test(key)) return false;
  return key.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

let name: string | undefined;

/** "constellation 0.1.0", from package.json, written in the manifest. */
export function applicationName(): string {
  if (name) return name;
  try {
    const url = new URL('../../package.json', import.meta.url);
    const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
    name = `${pkg.name ?? 'constellation'} ${pkg.version ?? 'unknown'}`;
  } catch {
    name = 'constellation';
  }
  return name;
}
