// What a redirect's source and target may be, in one normal form so that lookups and chain
// collapsing compare like with like: percent-encoded as URL parsing gives it, no trailing
// slash (the app strips them), the query string kept only where the old site used one.

const base = 'http://constellation.invalid';
export const maxPathLength = 2000;
/** Prefixes that are never a public page, so never the source of a redirect. */
const reserved = ['/admin', '/api', '/media', '/assets'];

const stripSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path);

/**
 * The normal form of an old address, or undefined when it cannot be one. A full URL is taken
 * for its path and query (what an old site's links carry); the fragment never reaches a server.
 */
export function normaliseSource(input: string): string | undefined {
  const text = input.trim();
  if (!text || text.length > maxPathLength) return undefined;
  let url: URL;
  try {
    if (/^https?:\/\//i.test(text)) url = new URL(text);
    else if (text.startsWith('/') && !text.startsWith('//')) url = new URL(text, base);
    else return undefined;
  } catch {
    return undefined;
  }
  const path = stripSlash(url.pathname);
  if (reserved.some((r) => path === r || path.startsWith(`${r}/`))) return undefined;
  return path + url.search;
}

/** The normal form of a target: a path on this site or an absolute http(s) URL. */
export function normaliseTarget(input: string): string | undefined {
  const text = input.trim();
  if (!text || text.length > maxPathLength) return undefined;
  try {
    if (/^https?:\/\//i.test(text)) return new URL(text).href;
    if (!text.startsWith('/') || text.startsWith('//') || text.includes('\\')) return undefined;
    const url = new URL(text, base);
    return stripSlash(url.pathname) + url.search + url.hash;
  } catch {
    return undefined;
  }
}

/** A local target as a source would be written (no fragment); undefined for an external URL. */
export function localKey(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined;
  const url = new URL(target, base);
  return stripSlash(url.pathname) + url.search;
}

/** The sources a request may match, most specific first: with its query, then without. */
export function candidateSources(pathname: string, search: string): string[] {
  const path = stripSlash(pathname);
  const list = search ? [pathname + search, path + search, path] : [path];
  return [...new Set(list)];
}

/** Where to send a request that matched `source`: its query string is kept when unmatched. */
export function locationFor(target: string, source: string, search: string): string {
  if (!search || source.includes('?')) return target;
  const [head, hash] = target.split('#', 2) as [string, string | undefined];
  const query = search.slice(1);
  const joined = head.includes('?') ? `${head}&${query}` : `${head}?${query}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}
