// Every SQL statement about sectors.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import { AppError } from '../errors.js';
import { localeFallback } from '../kernel/locale-fallback.js';

export interface SectorRow {
  id: string;
  /** The stable key: filters, CSS classes, the API. */
  slug: string;
  /** The address in the reader's locale: its translation's slug, else the key. */
  pathSlug: string;
  position: number;
  name: string;
  description: string;
}

export interface NewSector {
  slug: string;
  position: number;
  /** Per locale; `slug` is the address in that locale, the sector's own slug when left out. */
  translations: Record<string, { slug?: string; name: string; description: string }>;
}

export function sectorRepository(db: Db) {
  /** Sectors with their name in `locale`, falling back to `fallback` where missing. */
  // `t` is the reader's translation, joined by localeFallback.
  const pathSlug = sql<string>`coalesce(t.slug, s.slug)`;
  const baseQuery = (locale: string, fallback: string) => {
    const tr = localeFallback('sector_translation', 'sector_id', 's.id', locale, fallback);
    return tr
      .join(db.selectFrom('sector as s'))
      .select((eb) => [
        's.id',
        's.slug',
        pathSlug.as('pathSlug'),
        's.position',
        tr.text('name', eb.ref('s.slug')).as('name'),
        tr.text('description', '').as('description'),
      ])
      .where('s.deleted_at', 'is', null);
  };

  /**
   * Sectors of many owners at once, in display order. Every link table has the same shape
   * (sector_id plus the owner's id), so one query serves them all.
   */
  async function sectorsOf(
    owner: keyof typeof sectorLinks,
    ids: readonly string[],
    locale: string,
    fallback: string,
  ): Promise<Map<string, SectorRow[]>> {
    if (ids.length === 0) return new Map();
    const [table, column] = sectorLinks[owner];
    const rows = await baseQuery(locale, fallback)
      .innerJoin(`${table} as l` as 'article_sector as l', 'l.sector_id', 's.id')
      .select(sql.ref<string>(`l.${column}`).as('owner_id'))
      .where(sql.ref(`l.${column}`), 'in', ids)
      // The order of listSectors, so a tie in position sorts alike everywhere.
      .orderBy('s.position')
      .orderBy('s.slug')
      .execute();
    return groupByOwner(rows);
  }

  return {
    async listSectors(locale: string, fallback: string): Promise<SectorRow[]> {
      return baseQuery(locale, fallback).orderBy('s.position').orderBy('s.slug').execute();
    },

    async findSectorBySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<SectorRow | undefined> {
      return baseQuery(locale, fallback).where('s.slug', '=', slug).executeTakeFirst();
    },

    /** The sector whose address in `locale` is `slug`. */
    async findSectorByPath(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<SectorRow | undefined> {
      return baseQuery(locale, fallback).where(pathSlug, '=', slug).executeTakeFirst();
    },

    /** The sector with this key or this address in any locale (an old or foreign address). */
    async findSectorByAnySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<SectorRow | undefined> {
      return baseQuery(locale, fallback)
        .where((eb) =>
          eb.or([
            eb('s.slug', '=', slug),
            eb.exists(
              db
                .selectFrom('sector_translation as x')
                .select('x.sector_id')
                .where('x.sector_id', '=', sql.ref<string>('s.id'))
                .where('x.slug', '=', slug),
            ),
          ]),
        )
        .executeTakeFirst();
    },

    /** The sector's address in each locale that has a translation. */
    async listSectorPathSlugs(id: string): Promise<Record<string, string>> {
      const rows = await db
        .selectFrom('sector_translation')
        .select(['locale', 'slug'])
        .where('sector_id', '=', id)
        .execute();
      return Object.fromEntries(rows.map((r) => [r.locale, r.slug]));
    },

    async getSectorBySlug(slug: string, locale: string, fallback: string): Promise<SectorRow> {
      const row = await this.findSectorBySlug(slug, locale, fallback);
      if (!row) throw new AppError('not_found', `No sector “${slug}”.`);
      return row;
    },

    /** Sectors of many articles at once, in display order. */
    async listSectorsOfArticles(
      articleIds: readonly string[],
      locale: string,
      fallback: string,
    ): Promise<Map<string, SectorRow[]>> {
      return sectorsOf('article', articleIds, locale, fallback);
    },

    /** Sectors of many organisations at once, in display order. */
    async listSectorsOfOrganisations(
      ids: readonly string[],
      locale: string,
      fallback: string,
    ): Promise<Map<string, SectorRow[]>> {
      return sectorsOf('organisation', ids, locale, fallback);
    },

    /** Sectors of many events at once, in display order. */
    async listSectorsOfEvents(
      ids: readonly string[],
      locale: string,
      fallback: string,
    ): Promise<Map<string, SectorRow[]>> {
      return sectorsOf('event', ids, locale, fallback);
    },

    /** Sectors of many projects at once, in display order. */
    async listSectorsOfProjects(
      ids: readonly string[],
      locale: string,
      fallback: string,
    ): Promise<Map<string, SectorRow[]>> {
      return sectorsOf('project', ids, locale, fallback);
    },

    async insertSector(input: NewSector, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Sector', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('sector')
            .values({
              id,
              slug: input.slug,
              position: input.position,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const rows = Object.entries(input.translations).map(([locale, t]) => ({
            sector_id: id,
            locale,
            slug: t.slug || input.slug,
            name: t.name,
            description: t.description,
          }));
          if (rows.length) await trx.insertInto('sector_translation').values(rows).execute();
        }),
      );
      return id;
    },

    async countSectors(): Promise<number> {
      const row = await db
        .selectFrom('sector')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type SectorRepository = ReturnType<typeof sectorRepository>;

/** The link table of each kind of owner and its owner column. */
const sectorLinks = {
  article: ['article_sector', 'article_id'],
  organisation: ['organisation_sector', 'organisation_id'],
  event: ['event_sector', 'event_id'],
  project: ['project_sector', 'project_id'],
} as const;

function groupByOwner(rows: (SectorRow & { owner_id: string })[]): Map<string, SectorRow[]> {
  const out = new Map<string, SectorRow[]>();
  for (const { owner_id, ...sector } of rows)
    out.set(owner_id, [...(out.get(owner_id) ?? []), sector]);
  return out;
}
