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

/** An event's span in its own time zone: « lundi 3 novembre 2025, 09:30 – 17:30 ». */
export function formatDateTimeRange(
  startIso: string,
  endIso: string,
  tag: string,
  timeZone: string,
): string {
  return formatter(tag, timeZone, { dateStyle: 'full', timeStyle: 'short' }).formatRange(
    new Date(startIso),
    new Date(endIso),
  );
}

/** The time of day in a time zone: « 09:30 ». */
export function formatTime(iso: string, tag: string, timeZone: string): string {
  return formatter(tag, timeZone, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A short weekday and date for multi-day programmes: « lun. 21 juin », "Mon 21 Jun". */
export function formatShortDay(iso: string, tag: string, timeZone: string): string {
  return formatter(tag, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );
}

/** The name of a time zone at an instant: « heure normale d’Europe centrale ». */
export function timeZoneName(iso: string, tag: string, timeZone: string): string {
  const parts = formatter(tag, timeZone, { timeZoneName: 'long' }).formatToParts(new Date(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A calendar date (YYYY-MM-DD, no time) as « 1 octobre 2024 » or, with `month`, « octobre 2024 ».
 * Read in UTC, where such a date is stored, so no time zone moves it to the day before.
 */
export function formatCalendarDate(date: string, tag: string, precision: 'day' | 'month' = 'day') {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { month: 'long', year: 'numeric' };
  return formatter(tag, 'UTC', options).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** The days an event covers, in its time zone: « 3 novembre 2025 », « 21–27 juin 2027 ». */
export function formatDayRange(
  startIso: string,
  endIso: string,
  tag: string,
  timeZone: string,
): string {
  return formatter(tag, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    new Date(startIso),
    new Date(endIso),
  );
}
