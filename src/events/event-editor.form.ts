// An event's editor form ↔ its stored shape. Times are typed as wall-clock values in the event's
// own time zone (what <input type="datetime-local"> gives) and stored as UTC instants; programme
// items name their venue by its row number in the form's venue list (« 1 », « 2 »…), because
// venue rows get new ids at every save.
import { flattenRows, rowsOf, type DirectoryForm } from '../directory/directory-form.js';
import { isoToZoned, zonedToIso } from '../lib/zoned-time.js';
import type { NewEvent } from './event.repository.js';
import type { EventKind } from '../db/tables/event.table.js';

export type EventRecord = Required<NewEvent>;
export type ParticipantRole = 'organiser' | 'partner' | 'participant';

export const participantRoles = [
  'organiser',
  'partner',
  'participant',
] as const satisfies readonly ParticipantRole[];

export const defaultTimeZone = 'Europe/Brussels';

/** Most venue rows an event keeps; programme items choose among that many row numbers. */
export const maxVenues = 20;

/**
 * The time zones the form offers: the cluster's own first, then Europe, the regions delegations
 * come from and the usual trade-show destinations; only those this runtime knows.
 */
export const eventTimeZones: readonly string[] = [
  defaultTimeZone,
  'UTC',
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Bucharest',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Vienna',
  'Europe/Warsaw',
  'Europe/Zurich',
  'Africa/Casablanca',
  'Africa/Johannesburg',
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Toronto',
  'Asia/Almaty',
  'Asia/Ashgabat',
  'Asia/Bishkek',
  'Asia/Dubai',
  'Asia/Dushanbe',
  'Asia/Kolkata',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tashkent',
  'Asia/Tokyo',
  'Australia/Sydney',
].filter(isTimeZone);

/** True for a time zone Intl knows (« Europe/Brussels »). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const orNull = (value: string | undefined) => (value ? value : null);
const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);

/** A wall-clock value in `zone` as an instant; undefined when either does not parse. */
export function wallToIso(local: string | undefined, zone: string): string | undefined {
  if (!local || !isTimeZone(zone)) return undefined;
  const year = Number(local.slice(0, 4));
  // Date.UTC reads years 0–99 as 1900–1999: keep to years it takes at face value.
  if (!(year >= 1900 && year <= 2199)) return undefined;
  return zonedToIso(local, zone);
}

/** The stored shape of a checked form (every time parses, every venue number exists). */
export function toEventRecord(form: DirectoryForm, locales: readonly string[]): EventRecord {
  const zone = form.time_zone || defaultTimeZone;
  const instant = (local: string | undefined) => {
    const iso = wallToIso(local, zone);
    if (!iso) throw new Error(`unchecked event time: ${local ?? ''}`);
    return iso;
  };
  const translations: EventRecord['translations'] = {};
  for (const locale of locales) {
    const title = form[`${locale}.title`] ?? '';
    if (title)
      translations[locale] = {
        slug: form[`${locale}.slug`] || (form.slug ?? ''),
        title,
        summary: form[`${locale}.summary`] ?? '',
      };
  }
  return {
    slug: form.slug ?? '',
    kind: (form.kind ?? 'conference') as EventKind,
    starts_at: instant(form.starts_at),
    ends_at: instant(form.ends_at),
    time_zone: zone,
    registration_url: orNull(form.registration_url),
    delegate_count: form.delegate_count ? Number(form.delegate_count) : null,
    project_id: orNull(form.project),
    translations,
    sector_ids: list(form.sectors),
    countries: list(form.countries),
    venues: rowsOf(form, 'venues').map((v) => ({
      name: v.name ?? '',
      address: orNull(v.address),
      city: orNull(v.city),
      country: orNull(v.country),
      organisation_id: orNull(v.organisation),
    })),
    // Stored in time order: the form only adds rows at the end, and readers expect a programme
    // by the clock. Items starting together keep the order they were typed in (a stable sort).
    programme: rowsOf(form, 'programme')
      .map((item) => ({
        starts_at: instant(item.starts_at),
        ends_at: item.ends_at ? instant(item.ends_at) : null,
        venue_index: item.venue ? Number(item.venue) - 1 : null,
        titles: Object.fromEntries(
          locales.flatMap((l) => (item[`${l}.title`] ? [[l, item[`${l}.title`]!]] : [])),
        ),
        speaker_ids: list(item.speakers),
      }))
      .sort((a, b) => (a.starts_at < b.starts_at ? -1 : a.starts_at > b.starts_at ? 1 : 0)),
    organisations: rowsOf(form, 'participants').map((p) => ({
      organisation_id: p.organisation ?? '',
      role: (p.role || 'participant') as ParticipantRole,
    })),
  };
}

/** The form of a stored event, times shown in its own time zone. */
export function toEventForm(record: EventRecord, locales: readonly string[]): DirectoryForm {
  const zone = record.time_zone;
  const wall = (iso: string) => isoToZoned(iso, zone);
  const form: DirectoryForm = {
    slug: record.slug,
    kind: record.kind,
    starts_at: wall(record.starts_at),
    ends_at: wall(record.ends_at),
    time_zone: zone,
    registration_url: record.registration_url ?? '',
    delegate_count: record.delegate_count === null ? '' : String(record.delegate_count),
    project: record.project_id ?? '',
    sectors: record.sector_ids.join(','),
    countries: record.countries.join(','),
  };
  for (const locale of locales) {
    // The event's own slug is shown as a blank: it follows the slug when that changes.
    const slug = record.translations[locale]?.slug;
    if (slug && slug !== record.slug) form[`${locale}.slug`] = slug;
    form[`${locale}.title`] = record.translations[locale]?.title ?? '';
    form[`${locale}.summary`] = record.translations[locale]?.summary ?? '';
  }
  const venues = record.venues.map((v) => ({
    name: v.name,
    address: v.address ?? '',
    city: v.city ?? '',
    country: v.country ?? '',
    organisation: v.organisation_id ?? '',
  }));
  const programme = record.programme.map((item) => {
    const row: DirectoryForm = {
      starts_at: wall(item.starts_at),
      ends_at: item.ends_at ? wall(item.ends_at) : '',
      venue: item.venue_index === null ? '' : String(item.venue_index + 1),
      speakers: item.speaker_ids.join(','),
    };
    for (const locale of locales) row[`${locale}.title`] = item.titles[locale] ?? '';
    return row;
  });
  const participants = record.organisations.map((o) => ({
    organisation: o.organisation_id,
    role: o.role,
  }));
  return {
    ...form,
    ...flattenRows('venues', venues),
    ...flattenRows('programme', programme),
    ...flattenRows('participants', participants),
  };
}
