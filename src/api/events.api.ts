// /api/v1/events: the agenda — upcoming (not yet ended, soonest first) or past (latest first).
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../errors.js';
import { eventKinds } from '../events/event.schema.js';
import { paths } from '../i18n/paths.js';
import { safeHttpUrl } from '../lib/intl.js';
import {
  absolute,
  groupBy,
  pickLocale,
  sectorsIn,
  type ApiApp,
  type ApiDeps,
} from './api.context.js';
import {
  cursorParam,
  jsonContent,
  limitParam,
  listOf,
  localeParam,
  readErrors,
  sectorParam,
  sectorTagSchema,
} from './api.schema.js';
import { decodeCursor, pageOf } from './cursor.js';
import { apiEventRepository } from './events.repository.js';
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

export function registerEventRoutes(api: ApiApp, deps: ApiDeps): void {
  const repo = apiEventRepository(deps.database.db);
  type Row = Awaited<ReturnType<typeof repo.listEvents>>[number];

  async function toJson(rows: Row[], locale: string): Promise<EventJson[]> {
    const ids = rows.map((r) => r.id);
    const [translations, pairs, venues, countries, organisations, sectors] = await Promise.all([
      repo.listTranslations(ids),
      repo.listEventSectors(ids),
      repo.listVenues(ids),
      repo.listCountries(ids),
      repo.listOrganisations(ids),
      sectorsIn(deps, locale),
    ]);
    const textsOf = groupBy(translations, (t) => t.event_id);
    const sectorsOf = groupBy(pairs, (p) => p.owner_id);
    return rows.map((r) => {
      const t = pickLocale(textsOf.get(r.id) ?? [], locale);
      return {
        id: r.id,
        slug: r.slug,
        kind: r.kind,
        locale: t?.locale ?? locale,
        title: t?.title ?? r.slug,
        summary: t?.summary ?? '',
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        time_zone: r.time_zone,
        registration_url: safeHttpUrl(r.registration_url),
        delegate_count: r.delegate_count,
        project_id: r.project_id,
        sectors: sectors.tags((sectorsOf.get(r.id) ?? []).map((p) => p.sector_id)),
        venues: venues.filter((v) => v.event_id === r.id).map(({ event_id: _, ...v }) => v),
        countries: countries.filter((c) => c.event_id === r.id).map((c) => c.country),
        organisations: organisations
          .filter((o) => o.event_id === r.id)
          .map((o) => ({ id: o.id, slug: o.slug, name: o.name, role: o.role })),
        url: absolute(deps, paths.event(locale, r.slug)),
        updated_at: r.updated_at,
      };
    });
  }

  api.openapi(
    createRoute({
      method: 'get',
      path: '/events',
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
        200: jsonContent(listOf(eventSchema, 'EventList'), 'A page of events.'),
        ...readErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = `events:${q.when}`;
      const cursor = decodeCursor(list, 1, q.cursor);
      let sectorId: string | undefined;
      if (q.sector) {
        sectorId = (await sectorsIn(deps, q.locale)).bySlug(q.sector)?.id;
        if (!sectorId) throw new AppError('bad_request', `Unknown sector “${q.sector}”.`);
      }
      const rows = await repo.listEvents({
        now: deps.now().toISOString(),
        when: q.when,
        limit: q.limit + 1,
        after: cursor && { startsAt: String(cursor.key[0]), id: cursor.id },
        kind: q.kind,
        sectorId,
        year: q.year,
      });
      const page = pageOf(rows, q.limit, list, (r) => [r.starts_at]);
      return c.json(
        { items: await toJson(page.items, q.locale), next_cursor: page.nextCursor },
        200,
      );
    },
  );

  registerReadOne(api, {
    collection: 'events',
    noun: 'event',
    schema: eventSchema,
    find: (by) => repo.findEvent(by),
    toJson,
  });
}
