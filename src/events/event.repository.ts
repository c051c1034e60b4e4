// Every SQL statement about events (this issue: the upcoming list; the directory adds more).
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { EventKind } from './event.table.js';

export interface EventCardRow {
  id: string;
  slug: string;
  kind: EventKind;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  title: string;
  locale: string;
  city: string | null;
}

export interface NewEvent {
  slug: string;
  kind: EventKind;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  registration_url: string | null;
  delegate_count: number | null;
  project_id: string | null;
  translations: Record<string, { title: string; summary: string }>;
  sector_ids: string[];
  venues: {
    name: string;
    address: string | null;
    city: string | null;
    country: string | null;
    organisation_id: string | null;
  }[];
  countries: string[];
  /** Organisations by role: organiser, partner, participant. */
  organisations?: { organisation_id: string; role: 'organiser' | 'partner' | 'participant' }[];
  /** Programme items; `venue_index` points into `venues`. */
  programme?: {
    starts_at: string;
    ends_at: string | null;
    venue_index: number | null;
    titles: Record<string, string>;
    speaker_ids: string[];
  }[];
}

export function eventRepository(db: Db) {
  return {
    /** Events that have not ended yet, soonest first, titled in `locale` or else `fallback`. */
    async listUpcomingEvents(
      now: string,
      limit: number,
      locale: string,
      fallback: string,
    ): Promise<EventCardRow[]> {
      const rows = await db
        .selectFrom('event as e')
        .leftJoin('event_translation as t', (j) =>
          j.onRef('t.event_id', '=', 'e.id').on('t.locale', '=', locale),
        )
        .leftJoin('event_translation as f', (j) =>
          j.onRef('f.event_id', '=', 'e.id').on('f.locale', '=', fallback),
        )
        .select((eb) => [
          'e.id',
          'e.slug',
          'e.kind',
          'e.starts_at',
          'e.ends_at',
          'e.time_zone',
          eb.fn.coalesce('t.title', 'f.title', 'e.slug').as('title'),
          eb.case().when('t.title', 'is not', null).then(locale).else(fallback).end().as('locale'),
          eb
            .selectFrom('venue as v')
            .select('v.city')
            .whereRef('v.event_id', '=', 'e.id')
            .orderBy('v.position')
            .limit(1)
            .as('city'),
        ])
        .where('e.deleted_at', 'is', null)
        .where('e.ends_at', '>=', now)
        .orderBy('e.starts_at')
        .limit(limit)
        .execute();
      return rows;
    },

    async findEventIdBySlug(slug: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('event')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row?.id;
    },

    async insertEvent(input: NewEvent, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Event', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('event')
            .values({
              id,
              slug: input.slug,
              kind: input.kind,
              starts_at: input.starts_at,
              ends_at: input.ends_at,
              time_zone: input.time_zone,
              registration_url: input.registration_url,
              delegate_count: input.delegate_count,
              project_id: input.project_id,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const translations = Object.entries(input.translations).map(([locale, t]) => ({
            event_id: id,
            locale,
            ...t,
          }));
          if (translations.length)
            await trx.insertInto('event_translation').values(translations).execute();
          if (input.sector_ids.length)
            await trx
              .insertInto('event_sector')
              .values(input.sector_ids.map((sector_id) => ({ event_id: id, sector_id })))
              .execute();
          const venueIds = input.venues.map(() => newId());
          if (input.venues.length)
            await trx
              .insertInto('venue')
              .values(
                input.venues.map((v, position) => ({
                  id: venueIds[position]!,
                  event_id: id,
                  position,
                  ...v,
                })),
              )
              .execute();
          if (input.organisations?.length)
            await trx
              .insertInto('event_organisation')
              .values(input.organisations.map((o) => ({ event_id: id, ...o })))
              .execute();
          for (const [position, item] of (input.programme ?? []).entries()) {
            const itemId = newId();
            await trx
              .insertInto('programme_item')
              .values({
                id: itemId,
                event_id: id,
                venue_id: item.venue_index === null ? null : (venueIds[item.venue_index] ?? null),
                position,
                starts_at: item.starts_at,
                ends_at: item.ends_at,
              })
              .execute();
            const titles = Object.entries(item.titles).map(([locale, title]) => ({
              programme_item_id: itemId,
              locale,
              title,
            }));
            if (titles.length)
              await trx.insertInto('programme_item_translation').values(titles).execute();
            if (item.speaker_ids.length)
              await trx
                .insertInto('programme_item_speaker')
                .values(
                  item.speaker_ids.map((person_id) => ({ programme_item_id: itemId, person_id })),
                )
                .execute();
          }
          if (input.countries.length)
            await trx
              .insertInto('event_country')
              .values(input.countries.map((country) => ({ event_id: id, country })))
              .execute();
        }),
      );
      return id;
    },
  };
}

export type EventRepository = ReturnType<typeof eventRepository>;
