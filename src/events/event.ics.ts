// An event as an iCalendar file: one VEVENT, times in UTC, venues as the location.
import { buildCalendar, type CalendarEvent } from '../lib/ical.js';
import { formatTime } from '../lib/dates.js';
import { countryName } from '../lib/intl.js';
import type { EventView } from './event.presenter.js';

export interface EventCalendarOptions {
  /** Absolute URL of the event's page, also the source of the UID's domain. */
  url: string;
  /** BCP 47 tag of the page's locale, for country names. */
  tag: string;
  /** What LOCATION says when the event has no venue (an online event). */
  online: string;
}

/** « ESEC, Redu, Belgique; Centre Spatial de Liège (CSL), Avenue du Pré-Aily, … » */
export function eventLocation(event: EventView, tag: string): string {
  return event.venues
    .map((v) =>
      [v.name, v.address, v.city, v.country ? countryName(v.country, tag) : null]
        .filter(Boolean)
        .join(', '),
    )
    .join('; ');
}

/** One event as a VEVENT; the agenda's calendar (src/feeds) holds many of them. */
export function calendarEventOf(event: EventView, options: EventCalendarOptions): CalendarEvent {
  const host = new URL(options.url).hostname;
  const description = [
    event.summary,
    ...event.programme.map(
      (item) => `${formatTime(item.startsAt, options.tag, event.timeZone)} ${item.title}`,
    ),
    options.url,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: `event-${event.id}@${host}`,
    stamp: event.updatedAt,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    location: event.venues.length > 0 ? eventLocation(event, options.tag) : options.online,
    description,
    url: options.url,
  };
}

export function eventCalendar(event: EventView, options: EventCalendarOptions): string {
  return buildCalendar({
    prodId: '-//Constellation//Events//EN',
    language: event.contentLocale,
    events: [calendarEventOf(event, options)],
  });
}
