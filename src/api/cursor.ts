// Opaque keyset cursors: base64url JSON naming the list and the last item's sort key and id, so
// the next page starts strictly after it — items added meanwhile are neither skipped nor repeated.
import { AppError } from '../errors.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';

export type SortValue = string | number | null;

export interface Cursor {
  /** The sort key of the last item returned, then its id. */
  key: SortValue[];
  id: string;
}

/** Encodes the position after `item` in the list named `list`. */
export function encodeCursor(list: string, key: SortValue[], id: string): string {
  return Buffer.from(JSON.stringify({ l: list, k: key, i: id }), 'utf8').toString('base64url');
}

/** Decodes a cursor of `list` with `size` sort values; anything else is invalid_cursor (400). */
export function decodeCursor(
  list: string,
  size: number,
  raw: string | undefined,
): Cursor | undefined {
  if (raw === undefined) return undefined;
  const invalid = () =>
    new AppError('invalid_cursor', 'The cursor is malformed or belongs to another list.');
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(raw)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null) throw invalid();
  const { l, k, i } = value as { l?: unknown; k?: unknown; i?: unknown };
  if (l !== list || typeof i !== 'string' || i.length > 100 || !Array.isArray(k)) throw invalid();
  if (k.length !== size) throw invalid();
  for (const v of k as unknown[]) {
    const ok = v === null || typeof v === 'number' || (typeof v === 'string' && v.length <= 500);
    if (!ok) throw invalid();
  }
  return { key: k as SortValue[], id: i };
}

/** The cursor after the last item of a keyset page when more follow (null at the end). */
export function nextCursorOf<T extends { id: string }>(
  page: KeysetPage<T>,
  list: string,
  keyOf: (item: T) => SortValue[],
): string | null {
  const last = page.items[page.items.length - 1];
  return page.more && last ? encodeCursor(list, keyOf(last), last.id) : null;
}

/**
 * One page from `rows` fetched with limit + 1: the items, and the cursor after the last item
 * when a further row exists (null at the end).
 */
export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number,
  list: string,
  keyOf: (row: T) => SortValue[],
): { items: T[]; nextCursor: string | null } {
  const page = keysetPage(rows, limit);
  return { items: page.items, nextCursor: nextCursorOf(page, list, keyOf) };
}

/** The JSON envelope of a keyset page: its items as JSON and the cursor of the next page. */
export function pageJson<T extends { id: string }, Json>(
  page: KeysetPage<T>,
  list: string,
  keyOf: (item: T) => SortValue[],
  toJson: (item: T) => Json,
): { items: Json[]; next_cursor: string | null } {
  return { items: page.items.map(toJson), next_cursor: nextCursorOf(page, list, keyOf) };
}
