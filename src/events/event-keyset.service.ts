// Events in keyset pages (upcoming soonest first, past latest first) and one by id or slug,
// whole (text in the reader's locale, venues, countries, organisations, sectors): part of the
// event service.
import type { SectorTag } from '../views/cards.js';
import type { EventKind } from '../db/tables/event.table.js';
import { safeHttpUrl } from '../lib/intl.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';
import type { SectorReads } from '../sectors/sector.service.js';
import type {
  EventEntryRow,
  EventKeysetFilter,
  EventKeysetRepository,
} from './event-keyset.repository.js';

/** An event with everything the agenda says of it. */
export interface EventEntry {
  id: string;
  /** The stable key, the same in every locale. */
  slug: string;
  /** The address in the reader's locale: its translation's slug, else `slug`. */
  pathSlug: string;
  kind: EventKind;
  /** Title and summary in the reader's locale, else the default locale's, else any. */
  text: { locale: string; title: string; summary: string };
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** An http(s) URL, or null. */
  registrationUrl: string | null;
  delegateCount: number | null;
  projectId: string | null;
  sectors: SectorTag[];
  venues: {
    name: string;
    address: string | null;
    city: string | null;
    country: string | null;
    organisationId: string | null;
  }[];
  countries: string[];
  organisations: { id: string; slug: string; name: string; role: string }[];
  updatedAt: string;
}

export function eventKeysetReads(deps: {
  keyset: EventKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
  now: () => Date;
}) {
  const { keyset, sectors, defaultLocale } = deps;

  async function whole(rows: EventEntryRow[], locale: string): Promise<EventEntry[]> {
    const ids = rows.map((r) => r.id);
    const [texts, venues, countries, organisations, sectorMap] = await Promise.all([
      keyset.listTextsOfEvents(ids),
      keyset.listVenuesOfEvents(ids),
      keyset.listCountriesOfEvents(ids),
      keyset.listOrganisationsOfEvents(ids),
      sectors.listSectorsOfEvents(ids, locale, defaultLocale),
    ]);
    return rows.map((r) => {
      const own = texts.filter((t) => t.event_id === r.id);
      const t =
        own.find((x) => x.locale === locale) ??
        own.find((x) => x.locale === defaultLocale) ??
        own[0];
      return {
        id: r.id,
        slug: r.slug,
        pathSlug: own.find((x) => x.locale === locale)?.slug ?? r.slug,
        kind: r.kind,
        text: { locale: t?.locale ?? locale, title: t?.title ?? r.slug, summary: t?.summary ?? '' },
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        timeZone: r.time_zone,
        registrationUrl: safeHttpUrl(r.registration_url),
        delegateCount: r.delegate_count,
        projectId: r.project_id,
        sectors: (sectorMap.get(r.id) ?? []).map((s) => ({
          slug: s.slug,
          pathSlug: s.pathSlug,
          name: s.name,
        })),
        venues: venues
          .filter((v) => v.event_id === r.id)
          .map((v) => ({
            name: v.name,
            address: v.address,
            city: v.city,
            country: v.country,
            organisationId: v.organisation_id,
          })),
        countries: countries.filter((c) => c.event_id === r.id).map((c) => c.country),
        organisations: organisations
          .filter((o) => o.event_id === r.id)
          .map((o) => ({ id: o.id, slug: o.slug, name: o.name, role: o.role })),
        updatedAt: r.updated_at,
      };
    });
  }

  return {
    /** Upcoming (not yet ended) or past events after a position, matching every filter. */
    async listEventsAfter(
      filter: EventKeysetFilter,
      locale: string,
    ): Promise<KeysetPage<EventEntry>> {
      const rows = await keyset.listEventsAfter(
        { ...filter, limit: filter.limit + 1 },
        deps.now().toISOString(),
      );
      const page = keysetPage(rows, filter.limit);
      return { items: await whole(page.items, locale), more: page.more };
    },

    /** One live event by id or slug. */
    async findEventEntry(
      by: { id: string } | { slug: string },
      locale: string,
    ): Promise<EventEntry | undefined> {
      const row = await keyset.findEventEntry(by);
      return row && (await whole([row], locale))[0];
    },
  };
}
