// /api/v1/events: the agenda — upcoming (not yet ended, soonest first) or past (latest first).
import { createRoute, z } from '@hono/zod-openapi';
import type { EventEntry } from '../events/event-keyset.service.js';
import { eventKinds } from '../events/event.schema.js';
import { paths } from '../i18n/paths.js';
import { absolute, sectorIdOf, type ApiApp, type ApiDeps } from './api.context.js';
import {
  cursorParam,
  limitParam,
  listOf,
  localeParam,
  pageContent,
  publicAccess,
  readErrors,
  sectorParam,
  sectorTagSchema,
} from './api.schema.js';
import { decodeCursor, pageJson } from './cursor.js';
import { withNextLink } from './paging.js';
import { registerReadOne } from './one.api.js';

export const eventSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(eventKinds),
    locale: z.string().openapi({ description: 'Language of title and summary.' }),
    title: z.string(),
    summary: z.string(),
    starts_at: z.string().openapi({ description: 'ISO 8601 instant (UTC).' }),
    ends_at: z.string(),
    time_zone: z.string().openapi({ description: 'IANA zone the event takes place in.' }),
    registration_url: z.string().nullable(),
    delegate_count: z.number().int().nullable(),
    project_id: z.string().nullable(),
    sectors: z.array(sectorTagSchema),
    venues: z.array(
      z.object({
        name: z.string(),
        address: z.string().nullable(),
        city: z.string().nullable(),
        country: z.string().nullable(),
        organisation_id: z.string().nullable(),
      }),
    ),
    countries: z.array(z.string()),
    organisations: z.array(
      z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.string() }),
    ),
    url: z.string(),
    updated_at: z.string(),
  })
  .openapi('Event');

type EventJson = z.infer<typeof eventSchema>;

/** An event of the event service as JSON in `locale`. */
function eventJson(deps: ApiDeps, e: EventEntry, locale: string): EventJson {
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    locale: e.text.locale,
    title: e.text.title,
    summary: e.text.summary,
    starts_at: e.startsAt,
    ends_at: e.endsAt,
    time_zone: e.timeZone,
    registration_url: e.registrationUrl,
    delegate_count: e.delegateCount,
    project_id: e.projectId,
    sectors: e.sectors.map((s) => ({ slug: s.slug, name: s.name })),
    venues: e.venues.map((v) => ({
      name: v.name,
      address: v.address,
      city: v.city,
      country: v.country,
      organisation_id: v.organisationId,
    })),
    countries: e.countries,
    organisations: e.organisations,
    url: absolute(deps, paths.event(locale, e.pathSlug)),
    updated_at: e.updatedAt,
  };
}

export function registerEventRoutes(api: ApiApp, deps: ApiDeps): void {
  const { events } = deps.services;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      operationId: 'listEvents',
      security: publicAccess,
      tags: ['events'],
      summary: 'Events: upcoming (soonest first) or past (latest first)',
      request: {
        query: z.object({
          locale: localeParam(),
          when: z
            .enum(['upcoming', 'past'])
            .default('upcoming')
            .openapi({ description: '« upcoming » = not yet ended.' }),
          kind: z.enum(eventKinds).optional(),
          sector: sectorParam,
          year: z.coerce
            .number()
            .int()
            .min(1900)
            .max(2200)
            .optional()
            .openapi({ description: 'Events starting in this year.', example: 2026 }),
          limit: limitParam,
          cursor: cursorParam,
        }),
      },
      responses: {
        200: pageContent(listOf(eventSchema, 'EventList'), 'A page of events.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = `events:${q.when}`;
      const cursor = decodeCursor(list, 1, q.cursor);
      const page = await events.listEventsAfter(
        {
          when: q.when,
          limit: q.limit,
          after: cursor && { startsAt: String(cursor.key[0]), id: cursor.id },
          kind: q.kind,
          sectorId: await sectorIdOf(deps, q.sector, q.locale),
          year: q.year,
        },
        q.locale,
      );
      const json = (e: EventEntry) => eventJson(deps, e, q.locale);
      return c.json(
        withNextLink(
          c,
          deps,
          pageJson(page, list, (e) => [e.startsAt], json),
        ),
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'events',
    noun: 'event',
    schema: eventSchema,
    find: (by, locale) => events.findEventEntry(by, locale),
    toJson: (e, locale) => eventJson(deps, e, locale),
  });
}
