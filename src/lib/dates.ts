// Dates formatted per locale, in the site's time zone.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(
  tag: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** « 3 novembre 2025 » (fr), "3 November 2025" (en). `tag` is a BCP 47 tag such as fr-BE. */
export function formatLongDate(iso: string, tag: string, timeZone = 'Europe/Brussels'): string {
  return formatter(tag, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** A short day and month for cards: « 3 nov. », "3 Nov". */
export function formatDayMonth(
  iso: string,
  tag: string,
  timeZone = 'Europe/Brussels',
): { day: string; month: string } {
  const parts = formatter(tag, timeZone, { day: 'numeric', month: 'short' }).formatToParts(
    new Date(iso),
  );
  return {
    day: parts.find((p) => p.type === 'day')?.value ?? '',
    month: (parts.find((p) => p.type === 'month')?.value ?? '').replace(/\.$/, ''),
  };
}

/** The date part (YYYY-MM-DD) of an instant in a time zone, for <time datetime>. */
export function isoDate(iso: string, timeZone = 'Europe/Brussels'): string {
  return formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

/** The current instant as the ISO string stored in the database. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
