// Picks the reader's language from Accept-Language among the site's locales.

/** The best supported locale for an Accept-Language header, else `fallback`. */
export function negotiateLocale(
  header: string | undefined,
  supported: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      const quality = q === undefined ? 1 : Number(q);
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === '*') return fallback;
    const primary = tag.split('-')[0]!;
    if (supported.includes(primary)) return primary;
  }
  return fallback;
}
