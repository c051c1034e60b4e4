// WordPress dates: `post_date` is the site's local time and `post_date_gmt` the same instant in
// UTC; drafts have `0000-00-00 00:00:00` for the latter. The export names no time zone, so the
// site's offset is learnt from the items that carry both.

const pattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
export const minYear = 1970;
export const maxYear = 2100;

/** Minutes since the epoch of a wall-clock `YYYY-MM-DD HH:MM:SS`, or why it is not a date. */
export function parseWpDate(text: string): { ms: number } | { empty: true } | { error: string } {
  const value = text.trim();
  if (value === '' || value.startsWith('0000-00-00')) return { empty: true };
  const m = pattern.exec(value);
  if (!m) return { error: `“${value}” is not a date (YYYY-MM-DD HH:MM:SS)` };
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return { error: `“${value}” is not a valid date` };
  if (y < minYear || y > maxYear)
    return { error: `the date “${value}” is out of range (${minYear}–${maxYear})` };
  return { ms };
}

/** The site's offset from UTC in minutes (local − UTC), learnt from one item's two dates. */
export function offsetOf(local: string, gmt: string): number | undefined {
  const a = parseWpDate(local);
  const b = parseWpDate(gmt);
  if (!('ms' in a) || !('ms' in b)) return undefined;
  const minutes = Math.round((a.ms - b.ms) / 60_000);
  return Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

/**
 * The UTC instant of an item: its GMT date, else its local date shifted by the site's offset;
 * undefined when it has neither, an error message when one is not a valid date.
 */
export function itemInstant(
  local: string,
  gmt: string,
  siteOffsetMinutes: number,
): { iso: string } | { empty: true } | { error: string } {
  const g = parseWpDate(gmt);
  if ('ms' in g) return { iso: new Date(g.ms).toISOString() };
  if ('error' in g) return g;
  const l = parseWpDate(local);
  if ('ms' in l) return { iso: new Date(l.ms - siteOffsetMinutes * 60_000).toISOString() };
  return l;
}
