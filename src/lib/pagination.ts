// Page numbers from query strings, and the window of page links to show.

/** Parses `?page=`: absent → 1; a positive integer → itself; anything else → undefined (bad request). */
export function parsePageParam(raw: string | undefined): number | undefined {
  if (raw === undefined) return 1;
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) return undefined;
  return Number(raw);
}

export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export function pageInfo(page: number, pageSize: number, total: number): PageInfo {
  return { page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Page numbers to link, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, count: number, radius = 2): (number | null)[] {
  const pages = new Set<number>([1, count]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  let prev = 0;
  for (const p of sorted) {
    if (p - prev > 1) out.push(null);
    out.push(p);
    prev = p;
  }
  return out;
}
